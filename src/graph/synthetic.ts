/**
 * Deterministic synthetic graphs for benchmarks and scale tests (viewer, Neo4j writer).
 * Degree follows a rough power law so layouts and queries behave like real graphs.
 */
import {
  ENTITY_TYPES,
  PREDICATE_NAMES,
  makeEnvelope,
  categoryOf,
  type GraphEnvelope,
  type SerializedEdge,
  type SerializedNode,
} from '../schema/index.js';
import { seededRng } from '../util/random.js';
import { GENERATOR } from '../version.js';

export interface SyntheticGraphOptions {
  nodes: number;
  edges: number;
  seed?: number;
  /** Number of synthetic articles evidence is spread over. */
  articles?: number;
}

export function generateSyntheticGraph(options: SyntheticGraphOptions): GraphEnvelope {
  const { nodes: nodeCount, edges: edgeCount, seed = 42 } = options;
  const articleCount = Math.max(1, options.articles ?? Math.ceil(nodeCount / 50));
  const random = seededRng(seed);
  const articleIds = Array.from(
    { length: articleCount },
    (_, i) => `synthetic${String(i).padStart(8, '0')}`,
  );
  const nodes: SerializedNode[] = [];
  for (let i = 0; i < nodeCount; i++) {
    const type = ENTITY_TYPES[Math.floor(random() * ENTITY_TYPES.length)]!;
    const name = `${type} ${i}`;
    const articleId = articleIds[i % articleCount]!;
    const text = name;
    nodes.push({
      key: `${type}:synthetic-${i}`,
      attributes: {
        kind: 'entity',
        type,
        name,
        aliases: [],
        demonyms: [],
        mentions: [{ articleId, sentenceIndex: 0, start: 0, end: text.length, text }],
        mentionCount: 1,
        articles: [articleId],
      },
    });
  }
  const edges: SerializedEdge[] = [];
  const seen = new Set<string>();
  let attempts = 0;
  while (edges.length < edgeCount && attempts < edgeCount * 20) {
    attempts++;
    // Skewed endpoint choice: low indices are hubs.
    const s = Math.floor(nodeCount * random() ** 2);
    const t = Math.floor(nodeCount * random());
    if (s === t) continue;
    const predicate = PREDICATE_NAMES[Math.floor(random() * PREDICATE_NAMES.length)]!;
    const source = nodes[s]!.key;
    const target = nodes[t]!.key;
    const key = `${source}|${predicate}|${target}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const articleId = articleIds[Math.floor(random() * articleCount)]!;
    const sentence = `${nodes[s]!.attributes.name as string} ${predicate} ${nodes[t]!.attributes.name as string}.`;
    edges.push({
      key,
      source,
      target,
      attributes: {
        kind: 'relation',
        predicate,
        category: categoryOf(predicate),
        certainty: random() < 0.1 ? 'reported' : 'stated',
        confidence: Math.round((0.5 + random() / 2) * 100) / 100,
        evidence: [{ articleId, sentenceIndex: 0, start: 0, end: sentence.length, text: sentence }],
        articles: [articleId],
        dates: [],
      },
    });
  }
  // No article nodes: evidence names articles the graph does not hold, and the counts say so.
  return makeEnvelope({
    generator: GENERATOR,
    origin: `synthetic(nodes=${nodeCount}, edges=${edgeCount}, seed=${seed})`,
    nodes,
    edges,
  });
}
