/**
 * Cypher text of the writer. Labels and types are interpolated only after `keyLabel`, `entityLabel`
 * and `relationshipType` accepted them; all values are `$parameters`.
 */
import { ARTICLE_LABEL, CO_OCCURS_WITH, LOCK_LABEL, MENTIONED_IN, keyLabel } from './model.js';

export const LOCK_ID = 'writer';

/** Serialises trama writers (concurrent ingests) for the length of one article transaction. */
export const TAKE_LOCK = `MERGE (l:${LOCK_LABEL} {id: $lockId}) SET l.held = true`;
export const RELEASE_LOCK = `MATCH (l:${LOCK_LABEL} {id: $lockId}) REMOVE l.held`;

export const FIND_PREVIOUS_ARTICLES = `
MATCH (a:${ARTICLE_LABEL})
WHERE a.id = $id OR ($source IS NOT NULL AND a.source = $source AND coalesce(a.stub, false) = false)
RETURN a.id AS id, coalesce(a.contributedRelations, []) AS contributed`;

/**
 * Removes one article's evidence from relationships; deletes those left without evidence. Relationships
 * are found from their endpoints (unique-key lookups), so no relationship index is needed.
 * `cooccurrence` selects the CO_OCCURS_WITH variant (article lists only, no evidence).
 */
export function removeEvidenceQuery(sourceLabel: string, targetLabel: string, cooccurrence: boolean): string {
  const match = `UNWIND $rows AS row
MATCH (s:${keyLabel(sourceLabel)} {key: row.source})-[r {id: row.id}]->(o:${keyLabel(targetLabel)} {key: row.target})
WHERE type(r) = row.type`;
  if (cooccurrence) {
    return `
${match}
SET r.articles = [x IN r.articles WHERE x <> $articleId]
WITH r, s, o, size(r.articles) = 0 AS empty
FOREACH (_ IN CASE WHEN empty THEN [1] ELSE [] END | DELETE r)
RETURN collect(DISTINCT elementId(s)) + collect(DISTINCT elementId(o)) AS nodeIds`;
  }
  return `
${match}
WITH r, s, o, [i IN range(0, size(r.evidenceArticles) - 1) WHERE r.evidenceArticles[i] <> $articleId] AS keep
WITH r, s, o,
  [i IN keep | r.evidenceArticles[i]] AS ea, [i IN keep | r.evidenceSentenceIndexes[i]] AS esi,
  [i IN keep | r.evidenceStarts[i]] AS es, [i IN keep | r.evidenceEnds[i]] AS ee, [i IN keep | r.evidence[i]] AS et,
  [i IN keep | r.evidenceTriggers[i]] AS etr, [i IN keep | r.evidenceHighlights[i]] AS eh
SET r.evidenceArticles = ea, r.evidenceSentenceIndexes = esi, r.evidenceStarts = es, r.evidenceEnds = ee,
    r.evidence = et, r.evidenceTriggers = etr, r.evidenceHighlights = eh,
    r.articles = reduce(acc = [], x IN ea | CASE WHEN x IN acc THEN acc ELSE acc + x END)
WITH r, s, o, size(ea) = 0 AS empty
FOREACH (_ IN CASE WHEN empty THEN [1] ELSE [] END | DELETE r)
RETURN collect(DISTINCT elementId(s)) + collect(DISTINCT elementId(o)) AS nodeIds`;
}

export const REMOVE_MENTIONS = `
MATCH (a:${ARTICLE_LABEL} {id: $articleId})<-[m:${MENTIONED_IN}]-(n)
WITH m, elementId(n) AS nodeId
DELETE m
RETURN collect(nodeId) AS nodeIds`;

export const DELETE_ORPHANS = `
UNWIND $nodeIds AS nodeId
MATCH (n) WHERE elementId(n) = nodeId AND NOT (n)--()
DELETE n`;

export const DELETE_ARTICLE = `MATCH (a:${ARTICLE_LABEL} {id: $articleId}) DETACH DELETE a`;

export const MERGE_ARTICLE = `
MERGE (a:${ARTICLE_LABEL} {id: $id})
ON CREATE SET a.ingestedAt = datetime(), a.stub = $stub
SET a += $props, a.stub = a.stub AND $stub`;

export const SET_ARTICLE_RELATIONS = `
MATCH (a:${ARTICLE_LABEL} {id: $id})
SET a.contributedRelations = $contributed`;

/**
 * Nodes of one key label. The entity type label is set with Cypher 5.26's dynamic labels
 * (`SET n:$(row.typeLabel)`), from a value the writer checked against ENTITY_TYPES.
 */
export function mergeNodesQuery(label: string): string {
  const k = keyLabel(label);
  const typed = k === 'Entity' ? '\nSET n:$(row.typeLabel)' : '';
  return `
UNWIND $rows AS row
MERGE (n:${k} {key: row.key})
SET n += row.props${typed}`;
}

export function mergeMentionsQuery(label: string): string {
  return `
MATCH (a:${ARTICLE_LABEL} {id: $articleId})
UNWIND $rows AS row
MATCH (n:${keyLabel(label)} {key: row.nodeKey})
MERGE (n)-[m:${MENTIONED_IN}]->(a)
SET m.key = row.key, m.count = row.count, m.sentenceIndexes = row.sentenceIndexes,
    m.starts = row.starts, m.ends = row.ends, m.texts = row.texts`;
}

/**
 * Merges the evidence of one article into relationships. The relationship type is a Cypher 5.26
 * dynamic type (`$(row.type)`), a value the writer checked against the schema's PREDICATES, so one
 * statement (one cached plan) serves every predicate. The evidence list is kept sorted (article,
 * sentence, offsets, text), so the stored value does not depend on write order.
 */
export function mergeRelationsQuery(sourceLabel: string, targetLabel: string): string {
  return `
UNWIND $rows AS row
MATCH (s:${keyLabel(sourceLabel)} {key: row.source})
MATCH (o:${keyLabel(targetLabel)} {key: row.target})
MERGE (s)-[r:$(row.type) {id: row.id}]->(o)
ON CREATE SET r.key = row.key, r.evidenceArticles = [], r.evidenceSentenceIndexes = [], r.evidenceStarts = [],
  r.evidenceEnds = [], r.evidence = [], r.evidenceTriggers = [], r.evidenceHighlights = []
SET r += row.props
WITH r, row
CALL (r, row) {
  UNWIND [i IN range(0, size(r.evidenceArticles) - 1) WHERE r.evidenceArticles[i] <> $articleId |
           {a: r.evidenceArticles[i], si: r.evidenceSentenceIndexes[i], s: r.evidenceStarts[i], e: r.evidenceEnds[i],
            t: r.evidence[i], tr: r.evidenceTriggers[i], h: r.evidenceHighlights[i]}] + row.evidence AS ev
  WITH ev ORDER BY ev.a, ev.si, ev.s, ev.e, ev.t, ev.tr, ev.h
  RETURN collect(ev) AS evs
}
SET r.evidenceArticles = [x IN evs | x.a], r.evidenceSentenceIndexes = [x IN evs | x.si],
    r.evidenceStarts = [x IN evs | x.s], r.evidenceEnds = [x IN evs | x.e], r.evidence = [x IN evs | x.t],
    r.evidenceTriggers = [x IN evs | x.tr], r.evidenceHighlights = [x IN evs | x.h],
    r.articles = reduce(acc = [], x IN [y IN evs | y.a] | CASE WHEN x IN acc THEN acc ELSE acc + x END)`;
}

export function mergeCooccurrencesQuery(sourceLabel: string, targetLabel: string): string {
  return `
UNWIND $rows AS row
MATCH (s:${keyLabel(sourceLabel)} {key: row.source})
MATCH (o:${keyLabel(targetLabel)} {key: row.target})
MERGE (s)-[r:${CO_OCCURS_WITH} {id: row.id}]->(o)
SET r.key = row.key, r.count = row.count, r.articles = row.articles`;
}

/** mentionCount of entities = number of mention records over all their MENTIONED_IN links. */
export const REFRESH_MENTION_COUNTS = `
UNWIND $keys AS k
MATCH (n:Entity {key: k})
OPTIONAL MATCH (n)-[m:${MENTIONED_IN}]->(:${ARTICLE_LABEL})
WITH n, sum(size(m.starts)) AS c
SET n.mentionCount = c`;
