/**
 * The batched writer: stores a graph envelope in Neo4j, whole articles per transaction.
 *
 * Consecutive articles are grouped into transactions (`transactionGroups`: whole articles only, never two
 * versions of one source together). Each transaction (1) takes the trama writer lock, (2) removes what a
 * previous version of its articles (same content hash, or same source with another hash) contributed,
 * (3) writes their contributions with UNWIND + MERGE, the rows of all its articles together. So an
 * article is never half-written (an interrupted load loses whole articles; re-running completes it),
 * storing the same article again leaves the graph identical, an updated article replaces its previous
 * contribution, and concurrent ingests of overlapping articles cannot duplicate or lose anything.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { validateGraphEnvelope, type GraphEnvelope } from '../schema/index.js';
import type { Neo4jConfig } from './config.js';
import {
  compareEvidence,
  contributedRelations,
  splitContributions,
  type ArticleContribution,
  type CooccurrenceRow,
  type EvidenceRow,
  type NodeRow,
  type RelationRow,
} from './contributions.js';
import {
  DELETE_ARTICLE,
  DELETE_ORPHANS,
  FIND_PREVIOUS_ARTICLES,
  LOCK_ID,
  MERGE_ARTICLES,
  REFRESH_MENTION_COUNTS,
  REFRESH_MENTION_COUNTS_BY_ID,
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
import {
  articleParams,
  cooccurrenceParams,
  mentionParams,
  nodeParams,
  relationParams,
} from './statement-rows.js';
import { neo4jError } from './errors.js';
import { CO_OCCURS_WITH, decodeContributed, relationId } from './model.js';
import { ensureNeo4jSchema } from './schema-setup.js';
import { sourceOf, transactionGroups } from './transaction-groups.js';

export interface StoreGraphOptions {
  /** Rows per UNWIND statement (default 1000). */
  batchSize?: number;
  /**
   * Whole articles are grouped into one transaction up to about this many rows (nodes, mentions,
   * relations, co-occurrences; default 50,000); an article larger than that has a transaction of its own.
   */
  transactionRows?: number;
  /** At most this many articles per transaction (default 100; 1 = one transaction per article). */
  maxArticlesPerTransaction?: number;
  /** Called after each article is committed (after the transaction that holds it). */
  onArticle?: (done: number, total: number, articleId: string) => void;
  /**
   * Article id → the identity an updated version of it shares (the canonical path it was read from),
   * stored as `sourceKey`. Articles not in the map use their `source`.
   */
  sourceKeys?: ReadonlyMap<string, string>;
  /** Called when a phase starts: "connecting", "constraints and indexes", "storing". */
  onPhase?: (phase: string) => void;
}

/** Each article's `sourceKey` property: the caller's canonical identity, else its source. */
function withSourceKeys(
  articles: readonly ArticleContribution[],
  sourceKeys: ReadonlyMap<string, string> = new Map(),
): ArticleContribution[] {
  return articles.map((c) => {
    if (c.article.stub) return c;
    const key = sourceKeys.get(c.articleId) ?? (c.article.props.source as string | undefined);
    return key === undefined
      ? c
      : { ...c, article: { ...c.article, props: { ...c.article.props, sourceKey: key } } };
  });
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

async function mergeNodes(
  tx: ManagedTransaction,
  nodes: readonly NodeRow[],
  batchSize: number,
): Promise<void> {
  for (const group of groupBy(nodes, (n) => `${n.keyLabel}\u0000${n.typeLabel ?? ''}`).values()) {
    const query = mergeNodesQuery(group[0]!.keyLabel, group[0]!.typeLabel);
    for (const batch of chunks(group, batchSize)) {
      await tx.run(query, { rows: batch.map(nodeParams) });
    }
  }
}

/**
 * Removes what article `articleId` contributed; leaves the Article node to the caller. Returns the
 * element ids of the nodes that lost mentions (their mentionCount changes).
 */
async function removeContribution(
  tx: ManagedTransaction,
  articleId: string,
  contributed: string[],
  batchSize: number,
): Promise<string[]> {
  const nodeIds = new Set<string>();
  const entries = contributed.map(decodeContributed);
  for (const group of groupBy(
    entries,
    (c) => `${c.type === CO_OCCURS_WITH}\u0000${c.sourceLabel}\u0000${c.targetLabel}`,
  ).values()) {
    const query = removeEvidenceQuery(
      group[0]!.sourceLabel,
      group[0]!.targetLabel,
      group[0]!.type === CO_OCCURS_WITH,
    );
    for (const batch of chunks(group, batchSize)) {
      const rows = batch.map((c) => ({
        source: c.source,
        target: c.target,
        type: c.type,
        id: relationId(c.source, c.type, c.target),
      }));
      const result = await tx.run(query, { rows, articleId });
      for (const id of (result.records[0]?.get('nodeIds') as string[] | undefined) ?? [])
        nodeIds.add(id);
    }
  }
  const mentions = await tx.run(REMOVE_MENTIONS, { articleId });
  const mentioned = (mentions.records[0]?.get('nodeIds') as string[] | undefined) ?? [];
  for (const id of mentioned) nodeIds.add(id);
  for (const batch of chunks([...nodeIds], batchSize))
    await tx.run(DELETE_ORPHANS, { nodeIds: batch });
  return mentioned;
}

interface ArticleWriteResult {
  replaced: string[];
  /** Keys of the nodes written (merged with their properties) by the transaction. */
  nodeKeys: string[];
}

/** Thrown inside a transaction whose articles replace one another: they are then written one per transaction. */
class InterdependentArticles extends Error {}

/** Relations of several articles merged by identity: evidence of all of them, in one row. */
function relationRows(
  articles: readonly ArticleContribution[],
): Map<string, { row: RelationRow; articleIds: string[]; evidence: EvidenceRow[] }> {
  const byId = new Map<
    string,
    { row: RelationRow; articleIds: string[]; evidence: EvidenceRow[] }
  >();
  for (const c of articles) {
    for (const r of c.relations) {
      const entry = byId.get(r.id);
      if (entry) {
        entry.articleIds.push(c.articleId);
        entry.evidence.push(...r.evidence);
      } else byId.set(r.id, { row: r, articleIds: [c.articleId], evidence: [...r.evidence] });
    }
  }
  for (const entry of byId.values()) entry.evidence.sort(compareEvidence);
  return byId;
}

/**
 * Writes whole articles in one transaction (the caller's). (1) takes the trama writer lock, (2) removes
 * what a previous version of each article (same content hash, or same source with another hash)
 * contributed, (3) writes the articles' contributions with UNWIND + MERGE, rows of all the articles
 * together. The result equals writing the articles one after the other, because no two of them replace
 * one another (`InterdependentArticles` otherwise) and evidence is merged per relation over all of them.
 */
async function writeArticles(
  tx: ManagedTransaction,
  articles: readonly ArticleContribution[],
  written: ReadonlySet<string>,
  batchSize: number,
): Promise<ArticleWriteResult> {
  await tx.run(TAKE_LOCK, { lockId: LOCK_ID });
  const ids = new Set(articles.map((c) => c.articleId));
  const previous = await tx.run(FIND_PREVIOUS_ARTICLES, {
    articles: articles.map((c) => ({ id: c.articleId, source: sourceOf(c) })),
  });
  const found = previous.records.map((r) => ({
    forId: r.get('forId') as string,
    id: r.get('id') as string,
    contributed: r.get('contributed') as string[],
  }));
  if (articles.length > 1 && found.some((f) => f.id !== f.forId && ids.has(f.id)))
    throw new InterdependentArticles();
  const replaced: string[] = [];
  const removed = new Set<string>();
  const lostMentions = new Set<string>();
  for (const c of articles) {
    for (const f of found.filter((x) => x.forId === c.articleId)) {
      if (removed.has(f.id)) continue;
      removed.add(f.id);
      for (const id of await removeContribution(tx, f.id, f.contributed, batchSize))
        lostMentions.add(id);
      if (f.id !== c.articleId) {
        await tx.run(DELETE_ARTICLE, { articleId: f.id });
        replaced.push(f.id);
      }
    }
  }

  await tx.run(MERGE_ARTICLES, {
    articles: articles.map((c) => articleParams(c.article)),
  });
  const nodes = new Map<string, NodeRow>();
  for (const c of articles) for (const n of c.nodes) if (!written.has(n.key)) nodes.set(n.key, n);
  await mergeNodes(tx, [...nodes.values()], batchSize);
  const mentions = articles.flatMap((c) =>
    c.mentions.map((m) => ({ keyLabel: m.keyLabel, row: mentionParams(m, c.articleId) })),
  );
  for (const [label, rows] of groupBy(mentions, (m) => m.keyLabel)) {
    const query = mergeMentionsQuery(label);
    for (const batch of chunks(rows, batchSize))
      await tx.run(query, { rows: batch.map((m) => m.row) });
  }
  const relations = [...relationRows(articles).values()];
  for (const rows of groupBy(
    relations,
    ({ row: r }) => `${r.sourceLabel}\u0000${r.targetLabel}\u0000${r.type}`,
  ).values()) {
    const query = mergeRelationsQuery(
      rows[0]!.row.sourceLabel,
      rows[0]!.row.targetLabel,
      rows[0]!.row.type,
    );
    for (const batch of chunks(rows, batchSize)) {
      await tx.run(query, {
        rows: batch.map(({ row, articleIds, evidence }) =>
          relationParams(row, articleIds, evidence),
        ),
      });
    }
  }
  const cooccurrences = new Map<string, CooccurrenceRow>();
  for (const c of articles) for (const r of c.cooccurrences) cooccurrences.set(r.id, r);
  for (const rows of groupBy(
    [...cooccurrences.values()],
    (r) => `${r.sourceLabel}\u0000${r.targetLabel}`,
  ).values()) {
    const query = mergeCooccurrencesQuery(rows[0]!.sourceLabel, rows[0]!.targetLabel);
    for (const batch of chunks(rows, batchSize)) {
      await tx.run(query, { rows: batch.map(cooccurrenceParams) });
    }
  }
  const contributed = articles.map((c) => ({
    id: c.articleId,
    contributed: contributedRelations(c),
  }));
  await tx.run(SET_ARTICLE_RELATIONS, { articles: contributed });
  // mentionCount changes only where MENTIONED_IN links changed: this transaction's mentions, and the
  // nodes that lost the mentions of the article versions it removed (wherever they are).
  const refresh = new Set(
    mentions.filter((m) => m.keyLabel === 'Entity').map((m) => m.row.nodeKey),
  );
  for (const batch of chunks([...refresh], batchSize))
    await tx.run(REFRESH_MENTION_COUNTS, { keys: batch });
  for (const batch of chunks([...lostMentions], batchSize))
    await tx.run(REFRESH_MENTION_COUNTS_BY_ID, { nodeIds: batch });
  await tx.run(RELEASE_LOCK, { lockId: LOCK_ID });
  return { replaced, nodeKeys: [...nodes.keys()] };
}

/** Stores `envelope` (validated first); see the module comment for the guarantees. */
export async function storeGraph(
  target: Neo4jTarget,
  envelope: GraphEnvelope,
  options: StoreGraphOptions = {},
): Promise<StoreSummary> {
  const started = Date.now();
  const graph = validateGraphEnvelope(envelope, 'storeGraph');
  const batchSize = options.batchSize ?? 1000;
  const split = splitContributions(graph);
  const articles = withSourceKeys(split.articles, options.sourceKeys);
  const { unanchored } = split;
  return withDriver(target, async (driver, config) => {
    options.onPhase?.('connecting');
    await verifyNeo4j(driver, config, 'storing the graph');
    options.onPhase?.('constraints and indexes');
    const schema = await ensureNeo4jSchema(driver, config);
    options.onPhase?.('storing');
    const session = driver.session(sessionConfig(config, 'WRITE'));
    const summary: StoreSummary = {
      articles: 0,
      replacedArticles: [],
      nodes: 0,
      relations: 0,
      mentions: 0,
      evidence: 0,
      schemaCreated: schema.created,
      ms: 0,
    };
    try {
      const groups = transactionGroups(
        articles,
        options.transactionRows ?? 50_000,
        options.maxArticlesPerTransaction ?? 100,
      );
      let done = 0;
      // Nodes already merged by an earlier (committed) transaction of this call: same properties, not rewritten.
      const written = new Set<string>();
      const write = async (group: ArticleContribution[]): Promise<void> => {
        let result: ArticleWriteResult;
        try {
          result = await session.executeWrite((tx) => writeArticles(tx, group, written, batchSize));
        } catch (error) {
          if (error instanceof InterdependentArticles) {
            for (const c of group) await write([c]);
            return;
          }
          const what =
            group.length === 1
              ? `storing article ${group[0]!.articleId} (${done + 1} of ${articles.length}; the ${done} before it are stored, re-run to finish)`
              : `storing articles ${group[0]!.articleId}..${group.at(-1)!.articleId} (${done + 1}-${done + group.length} of ${articles.length}, one transaction; the ${done} before them are stored, re-run to finish)`;
          throw neo4jError(error, config, what);
        }
        summary.replacedArticles.push(...result.replaced);
        for (const key of result.nodeKeys) written.add(key);
        for (const c of group) {
          done++;
          summary.articles++;
          summary.mentions += c.mentions.length;
          summary.evidence += c.relations.reduce((n, r) => n + r.evidence.length, 0);
          options.onArticle?.(done, articles.length, c.articleId);
        }
      };
      for (const group of groups) await write(group);
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
