/**
 * Warming a fresh server up for trama's writer: its first queries load the Cypher stack, and each
 * distinct write statement is planned once per server lifetime (about a second each on a cold, busy
 * server; measured in docs/neo4j.md). `warmUpStore` creates the constraints and indexes, then runs
 * every statement a load uses, with rows of the real shapes, in one transaction that is rolled back:
 * the plans stay cached, nothing is written. Plans are cached by statement text and parameter types,
 * so empty lists would not do (they are typed differently from lists of rows).
 */
import neo4j from 'neo4j-driver';
import { ENTITY_TYPES, PREDICATE_NAMES } from '../schema/index.js';
import {
  FIND_PREVIOUS_ARTICLES,
  MERGE_ARTICLES,
  REFRESH_MENTION_COUNTS,
  SET_ARTICLE_RELATIONS,
  mergeCooccurrencesQuery,
  mergeMentionsQuery,
  mergeNodesQuery,
  mergeRelationsQuery,
} from './cypher.js';
import type { EvidenceRow } from './contributions.js';
import { sessionConfig, verifyNeo4j, withDriver } from './driver.js';
import { neo4jError } from './errors.js';
import { KEY_LABELS } from './model.js';
import { ensureNeo4jSchema } from './schema-setup.js';
import type { Neo4jTarget } from './writer.js';

const WARM = 'trama-warm-up';
const int = (n: number) => neo4j.int(n);

/** Statement texts and parameters of the shapes the writer sends (keys that match nothing). */
export function warmUpStatements(): Array<{ cypher: string; params: Record<string, unknown> }> {
  const article = { id: WARM, stub: false, props: { key: WARM, source: WARM, sourceKey: WARM } };
  const statements: Array<{ cypher: string; params: Record<string, unknown> }> = [
    { cypher: FIND_PREVIOUS_ARTICLES, params: { articles: [{ id: WARM, source: WARM }] } },
    { cypher: MERGE_ARTICLES, params: { articles: [article] } },
    {
      cypher: SET_ARTICLE_RELATIONS,
      params: { articles: [{ id: WARM, contributed: [WARM] }] },
    },
    { cypher: REFRESH_MENTION_COUNTS, params: { keys: [WARM] } },
  ];
  const nodeRow = { key: WARM, props: { key: WARM, name: WARM } };
  for (const type of ENTITY_TYPES)
    statements.push({ cypher: mergeNodesQuery('Entity', type), params: { rows: [nodeRow] } });
  for (const label of KEY_LABELS) {
    if (label !== 'Entity')
      statements.push({ cypher: mergeNodesQuery(label, null), params: { rows: [nodeRow] } });
    const mention = {
      articleId: WARM,
      nodeKey: WARM,
      key: WARM,
      count: int(1),
      sentenceIndexes: [int(0)],
      starts: [int(0)],
      ends: [int(1)],
      texts: [WARM],
    };
    statements.push({ cypher: mergeMentionsQuery(label), params: { rows: [mention] } });
  }
  // Typed as the writer's row, so a change of the row shape cannot leave the warm-up behind.
  const evidence: EvidenceRow = {
    a: WARM,
    si: int(0),
    s: int(0),
    e: int(1),
    t: WARM,
    ts: int(0),
    te: int(1),
    ru: WARM,
    h: '',
  };
  const relation = {
    id: WARM,
    key: WARM,
    source: WARM,
    target: WARM,
    props: { key: WARM },
    articleIds: [WARM],
    evidence: [evidence],
  };
  for (const type of PREDICATE_NAMES)
    statements.push({
      cypher: mergeRelationsQuery('Entity', 'Entity', type),
      params: { rows: [relation] },
    });
  statements.push({
    cypher: mergeCooccurrencesQuery('Entity', 'Entity'),
    params: {
      rows: [{ id: WARM, key: WARM, source: WARM, target: WARM, count: int(1), articles: [WARM] }],
    },
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
