/**
 * Warming a fresh server up for trama's writer: its first queries load the Cypher stack, and each
 * distinct write statement is planned once per server lifetime (about a second each on a cold, busy
 * server; measured in docs/neo4j.md). `warmUpStore` creates the constraints and indexes, then runs
 * every statement a load uses, with rows of the real shapes, in one transaction that is rolled back:
 * the plans stay cached, nothing is written. Plans are cached by statement text and parameter types,
 * so empty lists would not do (they are typed differently from lists of rows).
 */
import {
  CERTAINTIES,
  ENTITY_TYPES,
  PREDICATE_NAMES,
  predicateInfo,
  type ArticleNode,
  type Evidence,
  type Mention,
  type RelationEdge,
} from '../schema/index.js';
import {
  encodeArticle,
  encodeCooccurrence,
  encodeDate,
  encodeEntity,
  encodeEvidence,
  encodeMentions,
  encodeQuantity,
  encodeRelation,
} from './codecs/index.js';
import {
  FIND_PREVIOUS_ARTICLES,
  MERGE_ARTICLES,
  REFRESH_MENTION_COUNTS,
  REFRESH_MENTION_COUNTS_BY_ID,
  SET_ARTICLE_RELATIONS,
  mergeCooccurrencesQuery,
  mergeMentionsQuery,
  mergeNodesQuery,
  mergeRelationsQuery,
} from './cypher.js';
import { sessionConfig, verifyNeo4j, withDriver } from './driver.js';
import { neo4jError } from './errors.js';
import { KEY_LABELS } from './model.js';
import { ensureNeo4jSchema } from './schema-setup.js';
import {
  articleParams,
  cooccurrenceParams,
  mentionParams,
  nodeParams,
  relationParams,
} from './statement-rows.js';
import type { Neo4jTarget } from './writer.js';

const WARM = 'trama-warm-up';

/** Values of every kind, encoded by the writer's codecs, with keys that match nothing stored. */
function warmRows() {
  const mention: Mention = { articleId: WARM, sentenceIndex: 0, start: 0, end: 1, text: WARM };
  const evidence: Evidence = { ...mention, trigger: { start: 0, end: 1 }, rule: WARM };
  const relation: RelationEdge = {
    kind: 'relation',
    predicate: PREDICATE_NAMES[0]!,
    category: predicateInfo(PREDICATE_NAMES[0]!).category,
    certainty: CERTAINTIES[0],
    confidence: 0.5,
    evidence: [evidence],
    articles: [WARM],
    dates: [WARM],
  };
  const article: ArticleNode = {
    kind: 'article',
    type: 'Article',
    articleId: WARM,
    name: WARM,
    title: WARM,
    source: WARM,
    language: 'es',
    charCount: 1,
    sentenceCount: 1,
  };
  const linked = { name: WARM, mentions: [mention], articles: [WARM] };
  return {
    article: {
      id: WARM,
      stub: false,
      props: { ...encodeArticle(WARM, article), sourceKey: WARM },
    },
    entity: (type: (typeof ENTITY_TYPES)[number]) =>
      encodeEntity(WARM, {
        kind: 'entity',
        type,
        ...linked,
        aliases: [WARM],
        demonyms: [WARM],
        mentionCount: 1,
        typeSource: WARM,
      }),
    date: encodeDate(WARM, { kind: 'date', type: 'Date', ...linked, iso: WARM }),
    quantity: encodeQuantity(WARM, {
      kind: 'quantity',
      type: 'Quantity',
      ...linked,
      value: 1.5,
      unit: WARM,
    }),
    mention: encodeMentions(WARM, 'Entity', [mention], { key: WARM, count: 1 }),
    relation: {
      id: WARM,
      key: WARM,
      type: relation.predicate,
      source: WARM,
      target: WARM,
      sourceLabel: 'Entity' as const,
      targetLabel: 'Entity' as const,
      props: encodeRelation(relation),
      evidence: [encodeEvidence(evidence)],
    },
    cooccurrence: encodeCooccurrence(
      { id: WARM, key: WARM, source: WARM, target: WARM },
      { sourceLabel: 'Entity', targetLabel: 'Entity' },
      {
        kind: 'cooccurrence',
        predicate: 'CO_OCCURS_WITH',
        category: 'cooccurrence',
        count: 1,
        articles: [WARM],
      },
    ),
  };
}

/** Statement texts and parameters of the shapes the writer sends (keys that match nothing). */
export function warmUpStatements(): Array<{ cypher: string; params: Record<string, unknown> }> {
  const rows = warmRows();
  const statements: Array<{ cypher: string; params: Record<string, unknown> }> = [
    { cypher: FIND_PREVIOUS_ARTICLES, params: { articles: [{ id: WARM, source: WARM }] } },
    { cypher: MERGE_ARTICLES, params: { articles: [articleParams(rows.article)] } },
    {
      cypher: SET_ARTICLE_RELATIONS,
      params: { articles: [{ id: WARM, contributed: [WARM] }] },
    },
    { cypher: REFRESH_MENTION_COUNTS, params: { keys: [WARM] } },
    { cypher: REFRESH_MENTION_COUNTS_BY_ID, params: { nodeIds: [WARM] } },
  ];
  for (const type of ENTITY_TYPES)
    statements.push({
      cypher: mergeNodesQuery('Entity', type),
      params: { rows: [nodeParams(rows.entity(type))] },
    });
  for (const node of [rows.date, rows.quantity])
    statements.push({
      cypher: mergeNodesQuery(node.keyLabel, null),
      params: { rows: [nodeParams(node)] },
    });
  for (const label of KEY_LABELS)
    statements.push({
      cypher: mergeMentionsQuery(label),
      params: { rows: [mentionParams({ ...rows.mention, keyLabel: label }, WARM)] },
    });
  for (const type of PREDICATE_NAMES)
    statements.push({
      cypher: mergeRelationsQuery('Entity', 'Entity', type),
      params: {
        rows: [relationParams({ ...rows.relation, type }, [WARM], rows.relation.evidence)],
      },
    });
  statements.push({
    cypher: mergeCooccurrencesQuery('Entity', 'Entity'),
    params: { rows: [cooccurrenceParams(rows.cooccurrence)] },
  });
  return statements;
}

/** Constraints and indexes, then every write statement planned; nothing is written. */
export async function warmUpStore(
  target: Neo4jTarget,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<{ statements: number; ms: number }> {
  const started = Date.now();
  return withDriver(target, async (driver, config) => {
    await verifyNeo4j(driver, config, 'warming up');
    await ensureNeo4jSchema(driver, config);
    const statements = warmUpStatements();
    const session = driver.session(sessionConfig(config, 'WRITE'));
    const tx = session.beginTransaction();
    try {
      for (const [i, s] of statements.entries()) {
        await tx.run(s.cypher, s.params);
        onProgress(i + 1, statements.length);
      }
    } catch (error) {
      throw neo4jError(error, config, 'warming up the write statements');
    } finally {
      await tx.rollback().catch(() => undefined);
      await session.close();
    }
    return { statements: statements.length, ms: Date.now() - started };
  });
}
