/**
 * Gazetteer lookup keys: names are folded with the schema's one `foldName` (the same folding as entity
 * keys and the viewer's search); place lookups also try the key without a leading article.
 */
import { foldName } from '../../schema/index.js';

/** Leading articles that Spanish and English news put before some place names ("el Perú", "the Gambia"). */
const LEADING_ARTICLES = ['el ', 'la ', 'los ', 'las ', 'the '];

/** The key without a leading article, or undefined when it has none. */
export function stripLeadingArticle(key: string): string | undefined {
  for (const article of LEADING_ARTICLES) {
    if (key.startsWith(article) && key.length > article.length) return key.slice(article.length);
  }
  return undefined;
}

/** Key variants tried in order by place lookups: the key itself, then without its leading article. */
export function lookupKeys(surface: string): string[] {
  const key = foldName(surface);
  const bare = stripLeadingArticle(key);
  return bare === undefined ? [key] : [key, bare];
}
