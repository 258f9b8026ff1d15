/**
 * How the batched writer cuts a load into transactions: whole articles only, several consecutive
 * articles per transaction up to a row budget, and never two versions of one source together.
 */
import type { ArticleContribution } from './contributions.js';

/**
 * Where an article was read from, as the identity that an updated version shares (`sourceKey`: the
 * canonical path when the caller knows it, else `source`), or null for stubs and sourceless articles.
 */
export const sourceOf = (c: ArticleContribution): string | null =>
  c.article.stub
    ? null
    : ((c.article.props.sourceKey as string | undefined) ??
      (c.article.props.source as string | undefined) ??
      null);

/**
 * Consecutive articles grouped into transactions of about `rows` rows (nodes, mentions, relations,
 * co-occurrences) and at most `maxArticles` articles; always whole articles, and never two with the
 * same source in one transaction (one would replace the other).
 */
export function transactionGroups(
  articles: readonly ArticleContribution[],
  rows: number,
  maxArticles: number,
): ArticleContribution[][] {
  const groups: ArticleContribution[][] = [];
  let current: ArticleContribution[] = [];
  let size = 0;
  let sources = new Set<string>();
  for (const c of articles) {
    const n = c.nodes.length + c.mentions.length + c.relations.length + c.cooccurrences.length;
    const source = sourceOf(c);
    if (
      current.length &&
      (size + n > rows || current.length >= maxArticles || (source !== null && sources.has(source)))
    ) {
      groups.push(current);
      current = [];
      size = 0;
      sources = new Set();
    }
    current.push(c);
    size += n;
    if (source !== null) sources.add(source);
  }
  if (current.length) groups.push(current);
  return groups;
}
