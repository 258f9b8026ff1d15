/**
 * The batched writer: stores a graph envelope in Neo4j, one transaction per article.
 *
 * Each article transaction (1) takes the trama writer lock, (2) removes what a previous version of the
 * article (same content hash, or same source with another hash) contributed, (3) writes the article's
 * contribution with UNWIND + MERGE in batches. So an article is never half-written, storing the same
 * article again leaves the graph identical, an updated article replaces its previous contribution, and
 * concurrent ingests of overlapping articles cannot duplicate or lose anything.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { validateGraphEnvelope, type GraphEnvelope } from '../schema/index.js';
import type { Neo4jConfig } from './config.js';
import { splitContributions, type ArticleContribution, type NodeRow } from './contributions.js';
import {
  DELETE_ARTICLE,
  DELETE_ORPHANS,
  FIND_PREVIOUS_ARTICLES,
  LOCK_ID,
  MERGE_ARTICLE,
  REFRESH_MENTION_COUNTS,
  RELEASE_LOCK,
  REMOVE_MENTIONS,
  SET_ARTICLE_RELATIONS,
  TAKE_LOCK,
  mergeCooccurrencesQuery,
  mergeMentionsQuery,
  mergeNodesQuery,
  mergeRelationsQuery,
  removeEvidenceQuery,
} from './cypher.js';
import { sessionConfig, verifyNeo4j, withDriver } from './driver.js';
import { neo4jError } from './errors.js';
import { CO_OCCURS_WITH, decodeContributed, encodeContributed, entityLabel, relationId, relationshipType } from './model.js';
import { ensureNeo4jSchema } from './schema-setup.js';

export interface StoreGraphOptions {
  /** Rows per UNWIND statement (default 1000). */
  batchSize?: number;
  /** Called after each article is committed. */
  onArticle?: (done: number, total: number, articleId: string) => void;
}

export interface StoreSummary {
  articles: number;
  /** Article ids whose previous version (same source, other content hash) was replaced. */
  replacedArticles: string[];
  nodes: number;
  relations: number;
  mentions: number;
  evidence: number;
  /** Constraints and indexes created by this call. */
  schemaCreated: string[];
  ms: number;
}

export type Neo4jTarget = Neo4jConfig | { driver: Driver; config: Neo4jConfig };

function chunks<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(row);
  }
  return groups;
}

async function mergeNodes(tx: ManagedTransaction, nodes: readonly NodeRow[], batchSize: number): Promise<void> {
  for (const [label, group] of groupBy(nodes, (n) => n.keyLabel)) {
    const query = mergeNodesQuery(label);
    for (const batch of chunks(group, batchSize)) {
      await tx.run(query, { rows: batch.map((n) => ({ key: n.key, props: n.props, typeLabel: n.typeLabel === null ? null : entityLabel(n.typeLabel) })) });
    }
  }
}

/** Removes what article `articleId` contributed; leaves the Article node to the caller. */
async function removeContribution(tx: ManagedTransaction, articleId: string, contributed: string[], batchSize: number): Promise<void> {
  const nodeIds = new Set<string>();
  const entries = contributed.map(decodeContributed);
  for (const group of groupBy(entries, (c) => `${c.type === CO_OCCURS_WITH}\u0000${c.sourceLabel}\u0000${c.targetLabel}`).values()) {
    const query = removeEvidenceQuery(group[0]!.sourceLabel, group[0]!.targetLabel, group[0]!.type === CO_OCCURS_WITH);
    for (const batch of chunks(group, batchSize)) {
      const rows = batch.map((c) => ({ source: c.source, target: c.target, type: c.type, id: relationId(c.source, c.type, c.target) }));
      const result = await tx.run(query, { rows, articleId });
      for (const id of (result.records[0]?.get('nodeIds') as string[] | undefined) ?? []) nodeIds.add(id);
    }
  }
  const mentions = await tx.run(REMOVE_MENTIONS, { articleId });
  for (const id of (mentions.records[0]?.get('nodeIds') as string[] | undefined) ?? []) nodeIds.add(id);
  for (const batch of chunks([...nodeIds], batchSize)) await tx.run(DELETE_ORPHANS, { nodeIds: batch });
}

interface ArticleWriteResult {
  replaced: string[];
}

async function writeArticle(tx: ManagedTransaction, c: ArticleContribution, batchSize: number): Promise<ArticleWriteResult> {
  await tx.run(TAKE_LOCK, { lockId: LOCK_ID });
  const source = c.article.stub ? null : ((c.article.props.source as string | undefined) ?? null);
  const previous = await tx.run(FIND_PREVIOUS_ARTICLES, { id: c.articleId, source });
  const replaced: string[] = [];
  for (const record of previous.records) {
    const oldId = record.get('id') as string;
    await removeContribution(tx, oldId, record.get('contributed') as string[], batchSize);
    if (oldId !== c.articleId) {
      await tx.run(DELETE_ARTICLE, { articleId: oldId });
      replaced.push(oldId);
    }
  }

  await tx.run(MERGE_ARTICLE, { id: c.articleId, stub: c.article.stub, props: c.article.props });
  await mergeNodes(tx, c.nodes, batchSize);
  for (const [label, rows] of groupBy(c.mentions, (m) => m.keyLabel)) {
    const query = mergeMentionsQuery(label);
    for (const batch of chunks(rows, batchSize)) {
      await tx.run(query, { articleId: c.articleId, rows: batch.map(({ keyLabel: _ignored, ...row }) => row) });
    }
  }
  for (const rows of groupBy(c.relations, (r) => `${r.sourceLabel}\u0000${r.targetLabel}`).values()) {
    const query = mergeRelationsQuery(rows[0]!.sourceLabel, rows[0]!.targetLabel);
    for (const batch of chunks(rows, batchSize)) {
      await tx.run(query, {
        articleId: c.articleId,
        rows: batch.map((r) => ({ id: r.id, key: r.key, type: relationshipType(r.type), source: r.source, target: r.target, props: r.props, evidence: r.evidence })),
      });
    }
  }
  for (const rows of groupBy(c.cooccurrences, (r) => `${r.sourceLabel}\u0000${r.targetLabel}`).values()) {
    const query = mergeCooccurrencesQuery(rows[0]!.sourceLabel, rows[0]!.targetLabel);
    for (const batch of chunks(rows, batchSize)) {
      await tx.run(query, { rows: batch.map((r) => ({ id: r.id, key: r.key, source: r.source, target: r.target, count: r.count, articles: r.articles })) });
    }
  }
  const contributed = [
    ...c.relations.map((r) => encodeContributed({ type: r.type, sourceLabel: r.sourceLabel, source: r.source, targetLabel: r.targetLabel, target: r.target })),
    ...c.cooccurrences.map((r) => encodeContributed({ type: CO_OCCURS_WITH, sourceLabel: r.sourceLabel, source: r.source, targetLabel: r.targetLabel, target: r.target })),
  ].sort();
  await tx.run(SET_ARTICLE_RELATIONS, { id: c.articleId, contributed });
  const entityKeys = c.nodes.filter((n) => n.keyLabel === 'Entity').map((n) => n.key);
  for (const batch of chunks(entityKeys, batchSize)) await tx.run(REFRESH_MENTION_COUNTS, { keys: batch });
  await tx.run(RELEASE_LOCK, { lockId: LOCK_ID });
  return { replaced };
}

/** Stores `envelope` (validated first); see the module comment for the guarantees. */
export async function storeGraph(target: Neo4jTarget, envelope: GraphEnvelope, options: StoreGraphOptions = {}): Promise<StoreSummary> {
  const started = Date.now();
  const graph = validateGraphEnvelope(envelope, 'storeGraph');
  const batchSize = options.batchSize ?? 1000;
  const { articles, unanchored } = splitContributions(graph);
  return withDriver(target, async (driver, config) => {
    await verifyNeo4j(driver, config, 'storing the graph');
    const schema = await ensureNeo4jSchema(driver, config);
    const session = driver.session(sessionConfig(config, 'WRITE'));
    const summary: StoreSummary = { articles: 0, replacedArticles: [], nodes: 0, relations: 0, mentions: 0, evidence: 0, schemaCreated: schema.created, ms: 0 };
    try {
      for (const [index, contribution] of articles.entries()) {
        let result: ArticleWriteResult;
        try {
          result = await session.executeWrite((tx) => writeArticle(tx, contribution, batchSize));
        } catch (error) {
          throw neo4jError(
            error,
            config,
            `storing article ${contribution.articleId} (${index + 1} of ${articles.length}; the ${index} before it are stored, re-run to finish)`,
          );
        }
        summary.articles++;
        summary.replacedArticles.push(...result.replaced);
        summary.mentions += contribution.mentions.length;
        summary.evidence += contribution.relations.reduce((n, r) => n + r.evidence.length, 0);
        options.onArticle?.(index + 1, articles.length, contribution.articleId);
      }
      if (unanchored.length) {
        try {
          await session.executeWrite((tx) => mergeNodes(tx, unanchored, batchSize));
        } catch (error) {
          throw neo4jError(error, config, 'storing nodes that belong to no article');
        }
      }
    } finally {
      await session.close();
    }
    summary.nodes = graph.graph.nodes.filter((n) => n.attributes.kind !== 'article').length;
    summary.relations = graph.graph.edges.filter((e) => e.attributes.kind === 'relation').length;
    summary.ms = Date.now() - started;
    return summary;
  });
}
