/**
 * The parameter rows of the writer's statements (cypher.ts), built from the codecs' rows. The writer
 * and the warm-up both build them here, so the warm-up plans exactly the shapes a load sends (Neo4j
 * caches a plan by statement text and parameter types).
 */
import type { CooccurrenceRow, EvidenceRow, MentionRow, NodeRow } from './codecs/index.js';
import type { ArticleRow, RelationRow } from './contributions.js';

export const articleParams = (a: ArticleRow) => ({ id: a.id, stub: a.stub, props: a.props });

export const nodeParams = (n: NodeRow) => ({ key: n.key, props: n.props });

export function mentionParams(m: MentionRow, articleId: string) {
  const { keyLabel: _label, ...row } = m;
  return { ...row, articleId };
}

export const relationParams = (
  r: RelationRow,
  articleIds: readonly string[],
  evidence: readonly EvidenceRow[],
) => ({
  id: r.id,
  key: r.key,
  source: r.source,
  target: r.target,
  props: r.props,
  articleIds,
  evidence,
});

export const cooccurrenceParams = (r: CooccurrenceRow) => ({
  id: r.id,
  key: r.key,
  source: r.source,
  target: r.target,
  count: r.count,
  articles: r.articles,
});
