/**
 * Article nodes: `(:Article {id, key, name, title, source, sourceKey, language, charCount,
 * sentenceCount, publishedAt, ingestedAt, stub, contributedRelations})`. `id` is the content hash;
 * a stub (`stub: true`, id only) stands for an article that evidence names but the graph file lacks.
 * `ingestedAt`, `stub` and `contributedRelations` are the store's own bookkeeping.
 */
import { LanguageSchema, type ArticleNode } from '../../schema/index.js';
import { decodeWith, int, optional, type Props, type PropertySpec } from './props.js';

export const ARTICLE_PROPERTIES: readonly PropertySpec[] = [
  { name: 'id', type: 'string' },
  { name: 'key', type: 'string' },
  { name: 'name', type: 'string' },
  { name: 'title', type: 'string' },
  { name: 'source', type: 'string' },
  { name: 'sourceKey', type: 'string' },
  { name: 'language', type: 'string' },
  { name: 'charCount', type: 'long' },
  { name: 'sentenceCount', type: 'long' },
  { name: 'publishedAt', type: 'string' },
  { name: 'ingestedAt', type: 'datetime' },
  { name: 'stub', type: 'boolean' },
  { name: 'contributedRelations', type: 'string[]' },
];

/** What the writer sets from the graph file (`SET a += props`; a null removes the property). */
export function encodeArticle(key: string, a: ArticleNode): Props {
  return {
    key,
    name: a.name,
    title: a.title,
    source: a.source,
    language: a.language,
    charCount: int(a.charCount),
    sentenceCount: int(a.sentenceCount),
    publishedAt: a.publishedAt ?? null,
  };
}

export function decodeArticle(p: Props, where: string): { key: string; attributes: ArticleNode } {
  return {
    key: String(p.key ?? `article:${String(p.id)}`),
    attributes: {
      kind: 'article',
      type: 'Article',
      articleId: String(p.id),
      name: String(p.name ?? p.title ?? ''),
      title: String(p.title ?? ''),
      source: String(p.source ?? ''),
      language: decodeWith(LanguageSchema, p.language, where, 'language'),
      charCount: Number(p.charCount ?? 0),
      sentenceCount: Number(p.sentenceCount ?? 0),
      ...optional('publishedAt', p.publishedAt as string | null),
    },
  };
}
