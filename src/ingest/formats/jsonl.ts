import { z } from 'zod';
import { InputError } from '../../schema/index.js';
import { LanguageSchema } from '../../schema/index.js';
import type { RawArticle } from '../types.js';
import { htmlToText } from './html.js';
import type { FormatReader } from './types.js';

/** One JSON object per line. `text` (or `body`/`content`) is required; `html` is accepted instead. */
const JsonlArticleSchema = z
  .object({
    id: z.union([z.string(), z.number()]).optional(),
    url: z.string().optional(),
    source: z.string().optional(),
    title: z.string().optional(),
    text: z.string().optional(),
    body: z.string().optional(),
    content: z.string().optional(),
    html: z.string().optional(),
    language: LanguageSchema.optional(),
    lang: LanguageSchema.optional(),
    date: z.string().optional(),
    publishedAt: z.string().optional(),
  })
  .refine((o) => [o.text, o.body, o.content, o.html].some((v) => typeof v === 'string'), {
    message: 'needs a "text" (or "body", "content", "html") field',
  });

export const jsonlReader: FormatReader = {
  format: 'jsonl',
  extensions: ['.jsonl', '.ndjson'],
  read: (text, source) => {
    const articles: RawArticle[] = [];
    const lines = text.split(/\r?\n/);
    lines.forEach((line, index) => {
      if (!line.trim()) return;
      const where = `${source}:${index + 1}`;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        throw new InputError(where, `line is not valid JSON (${(error as Error).message})`);
      }
      const parsed = JsonlArticleSchema.safeParse(value);
      if (!parsed.success) {
        throw new InputError(
          where,
          parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; '),
        );
      }
      const o = parsed.data;
      const body = o.text ?? o.body ?? o.content ?? htmlToText(o.html ?? '');
      const id = o.url ?? o.source ?? (o.id !== undefined ? String(o.id) : undefined);
      const language = o.language ?? o.lang;
      const publishedAt = o.publishedAt ?? o.date;
      articles.push({
        source: id ? `${source}#${id}` : where,
        text: o.title && !body.startsWith(o.title) ? `${o.title}\n\n${body}` : body,
        format: 'jsonl',
        ...(o.title ? { title: o.title } : {}),
        ...(language ? { language } : {}),
        ...(publishedAt ? { publishedAt } : {}),
      });
    });
    return articles;
  },
};
