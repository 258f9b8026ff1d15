/** RawArticle → Article: normalise, refuse empty text, detect language, hash the content. */
import { createHash } from 'node:crypto';
import { InputError } from '../schema/index.js';
import type { Language } from '../schema/index.js';
import { detectLanguage } from './language.js';
import { guessTitle, normalizeText } from './normalize.js';
import type { Article, RawArticle } from './types.js';

export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

export interface FinalizeOptions {
  /** Force a language; `auto` (default) detects it per article. */
  language?: Language | 'auto';
  /** Largest article text accepted, in UTF-16 code units. */
  maxChars?: number;
}

export const DEFAULT_MAX_ARTICLE_CHARS = 2_000_000;

export function finalizeArticle(raw: RawArticle, options: FinalizeOptions = {}): Article {
  const text = normalizeText(raw.text);
  if (!text)
    throw new InputError(raw.source, 'is empty (no text after removing whitespace and markup)');
  const maxChars = options.maxChars ?? DEFAULT_MAX_ARTICLE_CHARS;
  if (text.length > maxChars) {
    throw new InputError(
      raw.source,
      `article text is ${text.length.toLocaleString('en')} characters, over the limit of ${maxChars.toLocaleString('en')} (split it, or raise --max-chars)`,
    );
  }
  if (!/\p{L}{2}/u.test(text))
    throw new InputError(raw.source, 'contains no words (no two letters in a row)');
  const forced = options.language && options.language !== 'auto' ? options.language : undefined;
  const language = forced ?? raw.language ?? detectLanguage(text);
  return {
    id: contentHash(text),
    source: raw.source,
    ...(raw.sourceKey ? { sourceKey: raw.sourceKey } : {}),
    title: raw.title?.trim() || guessTitle(text),
    text,
    language,
    format: raw.format,
    ...(raw.publishedAt ? { publishedAt: raw.publishedAt } : {}),
  };
}
