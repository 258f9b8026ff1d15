/**
 * Cypher text of the writer. Labels and types are interpolated only after `keyLabel`, `entityLabel`
 * and `relationshipType` accepted them; all values are `$parameters`.
 */
import {
  ARTICLE_LABEL,
  CO_OCCURS_WITH,
  LOCK_LABEL,
  MENTIONED_IN,
  entityLabel,
  keyLabel,
  relationshipType,
} from './model.js';

export const LOCK_ID = 'writer';

/**
 * Prefix of the bulk write statements. During a load the statistics change fast (relationship counts
 * per type start at zero), so Neo4j kept re-planning the cached plans: ~80 ms per statement, measured
 * as 60-75% of the load time. These statements' plans do not depend on statistics (unique-constraint
 * index seeks, Expand(Into) that picks the smaller degree at run time), so re-planning is skipped; a
 * statement without a cached plan is still planned normally.
 */
export const REPLAN_SKIP = 'CYPHER replan=skip';

/** Serialises trama writers (concurrent ingests) for the length of one article transaction. */
export const TAKE_LOCK = `MERGE (l:${LOCK_LABEL} {id: $lockId}) SET l.held = true`;
export const RELEASE_LOCK = `MATCH (l:${LOCK_LABEL} {id: $lockId}) REMOVE l.held`;

/**
 * Articles to replace, for each article of a transaction: the same id (a re-ingest) or the same
 * sourceKey (an updated article: same canonical path, other text). One index lookup per branch.
 */
export const FIND_PREVIOUS_ARTICLES = `
UNWIND $articles AS x
CALL (x) {
  MATCH (a:${ARTICLE_LABEL} {id: x.id}) RETURN a
  UNION
  MATCH (a:${ARTICLE_LABEL} {sourceKey: x.source}) WHERE x.source IS NOT NULL AND coalesce(a.stub, false) = false RETURN a
}
RETURN x.id AS forId, a.id AS id, coalesce(a.contributedRelations, []) AS contributed`;

/**
 * A parallel string list as the store keeps it (`parallelStrings` in the codecs): absent when every
 * entry is empty (rule names and highlights of evidence that has none).
 */
const storedParallel = (values: string): string =>
  `CASE WHEN any(v IN ${values} WHERE v <> '') THEN ${values} ELSE null END`;

/**
 * Removes one article's evidence from relationships; deletes those left without evidence. Relationships
 * are found from their endpoints (unique-key lookups), so no relationship index is needed.
 * `cooccurrence` selects the CO_OCCURS_WITH variant (article lists only, no evidence).
 */
export function removeEvidenceQuery(
  sourceLabel: string,
  targetLabel: string,
  cooccurrence: boolean,
): string {
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
  [i IN keep | coalesce(r.evidenceTriggerStarts[i], -1)] AS ets,
  [i IN keep | coalesce(r.evidenceTriggerEnds[i], -1)] AS ete,
  [i IN keep | coalesce(r.evidenceRules[i], '')] AS eru,
  [i IN keep | coalesce(r.evidenceHighlights[i], '')] AS eh
SET r.evidenceArticles = ea, r.evidenceSentenceIndexes = esi, r.evidenceStarts = es, r.evidenceEnds = ee,
    r.evidence = et, r.evidenceTriggerStarts = ets, r.evidenceTriggerEnds = ete,
    r.evidenceRules = ${storedParallel('eru')}, r.evidenceHighlights = ${storedParallel('eh')},
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

export const MERGE_ARTICLES = `
${REPLAN_SKIP}
UNWIND $articles AS x
MERGE (a:${ARTICLE_LABEL} {id: x.id})
ON CREATE SET a.ingestedAt = datetime(), a.stub = x.stub
SET a += x.props, a.stub = a.stub AND x.stub`;

export const SET_ARTICLE_RELATIONS = `
${REPLAN_SKIP}
UNWIND $articles AS x
MATCH (a:${ARTICLE_LABEL} {id: x.id})
SET a.contributedRelations = x.contributed`;

/**
 * Nodes of one key label and one type label (entities: `typeLabel` checked against ENTITY_TYPES; other
 * key labels: null). The label is part of the statement text: a dynamic label (`SET n:$(x)`) or type
 * (`MERGE ()-[:$(x)]->()`) is planned without knowing it and measured 10-20x slower per row.
 */
export function mergeNodesQuery(label: string, typeLabel: string | null): string {
  const k = keyLabel(label);
  const typed = typeLabel === null ? '' : `\nSET n:${entityLabel(typeLabel)}`;
  return `${REPLAN_SKIP}
UNWIND $rows AS row
MERGE (n:${k} {key: row.key})${k === 'Entity' ? '\nON CREATE SET n.mentionCount = 0' : ''}
SET n += row.props${typed}`;
}

export function mergeMentionsQuery(label: string): string {
  return `${REPLAN_SKIP}
UNWIND $rows AS row
MATCH (a:${ARTICLE_LABEL} {id: row.articleId})
MATCH (n:${keyLabel(label)} {key: row.nodeKey})
MERGE (n)-[m:${MENTIONED_IN}]->(a)
SET m.key = row.key, m.count = row.count, m.sentenceIndexes = row.sentenceIndexes,
    m.starts = row.starts, m.ends = row.ends, m.texts = row.texts`;
}

/**
 * Merges the evidence of one article into relationships of one type. The type is written into the
 * statement only after `relationshipType` checked it against the schema's PREDICATES (a dynamic
 * `MERGE ()-[:$(row.type)]->()` was measured about 15x slower per row). The evidence list is kept
 * sorted (article, sentence, offsets, text), so the stored value does not depend on write order:
 * `row.evidence` comes sorted from the writer, the stored list is sorted, and the two hold different
 * articles, so a stable merge by article (rank of each entry, no per-row ORDER BY) keeps it sorted.
 * A row carries the evidence of every article of the transaction that supports the relationship
 * (`row.articleIds`); evidence already stored for those articles is replaced, the rest is kept.
 */
export function mergeRelationsQuery(
  sourceLabel: string,
  targetLabel: string,
  type: string,
): string {
  return `${REPLAN_SKIP}
UNWIND $rows AS row
MATCH (s:${keyLabel(sourceLabel)} {key: row.source})
MATCH (o:${keyLabel(targetLabel)} {key: row.target})
MERGE (s)-[r:${relationshipType(type)} {id: row.id}]->(o)
ON CREATE SET r.key = row.key, r.evidenceArticles = [], r.evidenceSentenceIndexes = [], r.evidenceStarts = [],
  r.evidenceEnds = [], r.evidence = [], r.evidenceTriggerStarts = [], r.evidenceTriggerEnds = []
SET r += row.props
WITH r, row, [i IN range(0, size(r.evidenceArticles) - 1) WHERE NOT r.evidenceArticles[i] IN row.articleIds |
           {a: r.evidenceArticles[i], si: r.evidenceSentenceIndexes[i], s: r.evidenceStarts[i], e: r.evidenceEnds[i],
            t: r.evidence[i], ts: coalesce(r.evidenceTriggerStarts[i], -1),
            te: coalesce(r.evidenceTriggerEnds[i], -1), ru: coalesce(r.evidenceRules[i], ''),
            h: coalesce(r.evidenceHighlights[i], '')}] AS kept
WITH r, kept + row.evidence AS c
WITH r, c, range(0, size(c) - 1) AS idx
WITH r, c, idx, [k IN idx | size([j IN idx WHERE c[j].a < c[k].a OR (c[j].a = c[k].a AND j < k)])] AS rank
WITH r, [p IN idx | c[[k IN idx WHERE rank[k] = p][0]]] AS evs
SET r.evidenceArticles = [x IN evs | x.a], r.evidenceSentenceIndexes = [x IN evs | x.si],
    r.evidenceStarts = [x IN evs | x.s], r.evidenceEnds = [x IN evs | x.e], r.evidence = [x IN evs | x.t],
    r.evidenceTriggerStarts = [x IN evs | x.ts], r.evidenceTriggerEnds = [x IN evs | x.te],
    r.evidenceRules = ${storedParallel('[x IN evs | x.ru]')},
    r.evidenceHighlights = ${storedParallel('[x IN evs | x.h]')},
    r.articles = reduce(acc = [], x IN [y IN evs | y.a] | CASE WHEN x IN acc THEN acc ELSE acc + x END)`;
}

export function mergeCooccurrencesQuery(sourceLabel: string, targetLabel: string): string {
  return `${REPLAN_SKIP}
UNWIND $rows AS row
MATCH (s:${keyLabel(sourceLabel)} {key: row.source})
MATCH (o:${keyLabel(targetLabel)} {key: row.target})
MERGE (s)-[r:${CO_OCCURS_WITH} {id: row.id}]->(o)
SET r.key = row.key, r.count = row.count, r.articles = row.articles`;
}

const COUNT_MENTIONS = `OPTIONAL MATCH (n)-[m:${MENTIONED_IN}]->(:${ARTICLE_LABEL})
WITH n, sum(size(m.starts)) AS c
SET n.mentionCount = c`;

/** mentionCount of entities = number of mention records over all their MENTIONED_IN links. */
export const REFRESH_MENTION_COUNTS = `
${REPLAN_SKIP}
UNWIND $keys AS k
MATCH (n:Entity {key: k})
${COUNT_MENTIONS}`;

/** The same, for the nodes (by element id) that lost mentions; deleted ones are skipped. */
export const REFRESH_MENTION_COUNTS_BY_ID = `
${REPLAN_SKIP}
UNWIND $nodeIds AS nodeId
MATCH (n:Entity) WHERE elementId(n) = nodeId
${COUNT_MENTIONS}`;
