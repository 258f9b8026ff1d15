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
  type GraphEnvelope,
  type SerializedEdge,
  type SerializedNode,
} from '../schema/index.js';
import {
  decodeArticle,
  decodeCooccurrence,
  decodeMentionedIn,
  decodeMentions,
  decodeNode,
  decodeRelation,
  type Props,
} from './codecs/index.js';
import { GENERATOR } from '../version.js';
import { describeTarget } from './config.js';
import { sessionConfig, verifyNeo4j, withDriver } from './driver.js';
import { neo4jError } from './errors.js';
import type { Neo4jTarget } from './writer.js';

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

export async function readGraphFromNeo4j(target: Neo4jTarget): Promise<GraphEnvelope> {
  return withDriver(target, async (driver: Driver, config) => {
    await verifyNeo4j(driver, config, 'reading the graph');
    const session = driver.session(sessionConfig(config, 'READ'));
    const where = `Neo4j at ${describeTarget(config)}`;
    const nodes: SerializedNode[] = [];
    const edges: SerializedEdge[] = [];
    try {
      const articleKeyById = new Map<string, string>();
      for (const record of (await session.executeRead((tx) => tx.run(READ_ARTICLES))).records) {
        const article = decodeArticle(record.get('p') as Props, where);
        articleKeyById.set(article.attributes.articleId, article.key);
        nodes.push(article);
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
        const mentions = links.flatMap((l) => decodeMentions(l.articleId, l.m));
        const articles = links.map((l) => l.articleId);
        for (const l of links) {
          const articleKey = articleKeyById.get(l.articleId);
          if (l.m.key && articleKey) {
            edges.push({
              key: String(l.m.key),
              source: key,
              target: articleKey,
              attributes: decodeMentionedIn(l.m),
            });
          }
        }
        nodes.push({ key, attributes: decodeNode(p, { mentions, articles }, where) });
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
        edges.push({
          ...base,
          attributes:
            type === COOCCURRENCE_PREDICATE
              ? decodeCooccurrence(p)
              : decodeRelation(type, p, where),
        });
      }
    } catch (error) {
      throw neo4jError(error, config, 'reading the graph');
    } finally {
      await session.close();
    }
    const envelope = makeEnvelope({ generator: GENERATOR, origin: 'neo4j', nodes, edges });
    return validateGraphEnvelope(envelope, where);
  });
}
