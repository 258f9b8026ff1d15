/**
 * Reads the trama graph stored in Neo4j back into a graph envelope (the same format `trama ingest`
 * writes), validated with `validateGraphEnvelope`. Only what trama wrote is read: nodes with the
 * Entity/Date/Quantity labels, non-stub Article nodes, and relationships of schema types.
 */
import type { Driver } from 'neo4j-driver';
import {
  COOCCURRENCE_PREDICATE,
  MENTIONED_IN_PREDICATE,
  PREDICATE_NAMES,
  makeEnvelope,
  validateGraphEnvelope,
  type Evidence,
  type GraphEnvelope,
  type Mention,
  type SerializedEdge,
  type SerializedNode,
  type Span,
} from '../schema/index.js';
import { NO_OFFSET } from './contributions.js';
import { GENERATOR } from '../version.js';
import { describeTarget } from './config.js';
import { sessionConfig, verifyNeo4j, withDriver } from './driver.js';
import { neo4jError } from './errors.js';
import type { Neo4jTarget } from './writer.js';

type Props = Record<string, unknown>;

const READ_ARTICLES = `MATCH (a:Article) WHERE coalesce(a.stub, false) = false RETURN properties(a) AS p ORDER BY a.id`;
const READ_NODES = `
MATCH (n) WHERE n:Entity OR n:Date OR n:Quantity
RETURN properties(n) AS p,
  [(n)-[m:${MENTIONED_IN_PREDICATE}]->(a:Article) | {articleId: a.id, articleKey: a.key, stub: coalesce(a.stub, false), m: properties(m)}] AS links
ORDER BY n.key`;
const READ_RELATIONS = `
MATCH (s)-[r]->(o) WHERE type(r) IN $types AND r.id IS NOT NULL
RETURN s.key AS source, o.key AS target, type(r) AS type, properties(r) AS p
ORDER BY r.key`;

const nums = (v: unknown): number[] => (Array.isArray(v) ? v.map(Number) : []);
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const opt = <K extends string, V>(key: K, value: V | null | undefined) =>
  value === null || value === undefined || value === '' ? {} : ({ [key]: value } as Record<K, V>);

function mentionsOf(articleId: string, m: Props): Mention[] {
  const starts = nums(m.starts);
  const ends = nums(m.ends);
  const sentences = nums(m.sentenceIndexes);
  const texts = strs(m.texts);
  return starts.map((start, i) => ({
    articleId,
    sentenceIndex: sentences[i]!,
    start,
    end: ends[i]!,
    text: texts[i]!,
  }));
}

function evidenceOf(p: Props): Evidence[] {
  const articles = strs(p.evidenceArticles);
  const sentences = nums(p.evidenceSentenceIndexes);
  const starts = nums(p.evidenceStarts);
  const ends = nums(p.evidenceEnds);
  const texts = strs(p.evidence);
  const triggerStarts = nums(p.evidenceTriggerStarts);
  const triggerEnds = nums(p.evidenceTriggerEnds);
  const rules = strs(p.evidenceRules);
  const highlights = strs(p.evidenceHighlights);
  const triggerAt = (i: number): Span | undefined => {
    const start = triggerStarts[i] ?? NO_OFFSET;
    const end = triggerEnds[i] ?? NO_OFFSET;
    return start === NO_OFFSET || end === NO_OFFSET ? undefined : { start, end };
  };
  return articles.map((articleId, i) => ({
    articleId,
    sentenceIndex: sentences[i]!,
    start: starts[i]!,
    end: ends[i]!,
    text: texts[i]!,
    ...(highlights[i] ? { highlights: JSON.parse(highlights[i]!) as Evidence['highlights'] } : {}),
    ...opt('trigger', triggerAt(i)),
    ...opt('rule', rules[i]),
  }));
}

export async function readGraphFromNeo4j(target: Neo4jTarget): Promise<GraphEnvelope> {
  return withDriver(target, async (driver: Driver, config) => {
    await verifyNeo4j(driver, config, 'reading the graph');
    const session = driver.session(sessionConfig(config, 'READ'));
    const nodes: SerializedNode[] = [];
    const edges: SerializedEdge[] = [];
    try {
      const articleKeyById = new Map<string, string>();
      for (const record of (await session.executeRead((tx) => tx.run(READ_ARTICLES))).records) {
        const p = record.get('p') as Props;
        const key = String(p.key ?? `article:${p.id}`);
        articleKeyById.set(String(p.id), key);
        nodes.push({
          key,
          attributes: {
            kind: 'article',
            type: 'Article',
            articleId: String(p.id),
            name: String(p.name ?? p.title ?? ''),
            title: String(p.title ?? ''),
            source: String(p.source ?? ''),
            language: p.language as 'es' | 'en',
            charCount: Number(p.charCount ?? 0),
            sentenceCount: Number(p.sentenceCount ?? 0),
            ...opt('publishedAt', p.publishedAt as string | null),
          },
        });
      }
      for (const record of (await session.executeRead((tx) => tx.run(READ_NODES))).records) {
        const p = record.get('p') as Props;
        const links = (
          record.get('links') as Array<{
            articleId: string;
            articleKey: string | null;
            stub: boolean;
            m: Props;
          }>
        ).sort((x, y) => (x.articleId < y.articleId ? -1 : x.articleId > y.articleId ? 1 : 0));
        const key = String(p.key);
        const mentions = links.flatMap((l) => mentionsOf(l.articleId, l.m));
        const articles = links.map((l) => l.articleId);
        for (const l of links) {
          const articleKey = articleKeyById.get(l.articleId);
          if (l.m.key && articleKey) {
            edges.push({
              key: String(l.m.key),
              source: key,
              target: articleKey,
              attributes: {
                kind: 'mentioned_in',
                predicate: 'MENTIONED_IN',
                count: Number(l.m.count),
              },
            });
          }
        }
        const base = { name: String(p.name), mentions, articles };
        if (p.kind === 'date') {
          nodes.push({
            key,
            attributes: {
              kind: 'date',
              type: 'Date',
              ...base,
              iso: (p.iso as string | null) ?? null,
            },
          });
        } else if (p.kind === 'quantity') {
          nodes.push({
            key,
            attributes: {
              kind: 'quantity',
              type: 'Quantity',
              ...base,
              value: (p.value as number | null) ?? null,
              unit: (p.unit as string | null) ?? null,
            },
          });
        } else {
          nodes.push({
            key,
            attributes: {
              kind: 'entity',
              type: p.type as never,
              ...base,
              aliases: strs(p.aliases),
              demonyms: strs(p.demonyms),
              mentionCount: Number(p.mentionCount ?? mentions.length),
              ...opt('typeSource', p.typeSource as string | null),
            },
          });
        }
      }
      const types = [...PREDICATE_NAMES, COOCCURRENCE_PREDICATE];
      for (const record of (await session.executeRead((tx) => tx.run(READ_RELATIONS, { types })))
        .records) {
        const p = record.get('p') as Props;
        const type = record.get('type') as string;
        const base = {
          key: String(p.key),
          source: String(record.get('source')),
          target: String(record.get('target')),
        };
        if (type === COOCCURRENCE_PREDICATE) {
          edges.push({
            ...base,
            attributes: {
              kind: 'cooccurrence',
              predicate: 'CO_OCCURS_WITH',
              category: 'cooccurrence',
              count: Number(p.count),
              articles: strs(p.articles),
            },
          });
        } else {
          edges.push({
            ...base,
            attributes: {
              kind: 'relation',
              predicate: type as never,
              category: p.category as never,
              certainty: p.certainty as never,
              confidence: Number(p.confidence),
              evidence: evidenceOf(p),
              articles: strs(p.articles),
              dates: strs(p.dates),
            },
          });
        }
      }
    } catch (error) {
      throw neo4jError(error, config, 'reading the graph');
    } finally {
      await session.close();
    }
    const envelope = makeEnvelope({ generator: GENERATOR, origin: 'neo4j', nodes, edges });
    return validateGraphEnvelope(envelope, `Neo4j at ${describeTarget(config)}`);
  });
}
