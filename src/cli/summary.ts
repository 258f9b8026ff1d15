/** The end-of-ingest summary: articles, entities by type, relations by category, time. */
import type { SpillTally, TramaGraph } from '../graph/index.js';
import {
  ENTITY_TYPES,
  RELATION_CATEGORIES,
  type EdgeAttributes,
  type GraphEnvelope,
  type NodeAttributes,
} from '../schema/index.js';

export interface IngestSummary {
  articles: number;
  entities: Record<string, number>;
  relations: Record<string, number>;
  dates: number;
  quantities: number;
  tokens: number;
  seconds: number;
}

export function summarize(envelope: GraphEnvelope, tokens: number, seconds: number): IngestSummary {
  return summarizeLists(
    envelope.meta.articleCount,
    envelope.graph.nodes.map((n) => n.attributes),
    envelope.graph.edges.map((e) => e.attributes),
    tokens,
    seconds,
  );
}

/** The same summary straight from a graph in memory (no envelope built). */
export function summarizeGraph(graph: TramaGraph, tokens: number, seconds: number): IngestSummary {
  const nodes: NodeAttributes[] = [];
  const edges: EdgeAttributes[] = [];
  graph.forEachNode((_, a) => nodes.push(a));
  graph.forEachEdge((_, a) => edges.push(a));
  const articles = nodes.filter((a) => a.kind === 'article').length;
  return summarizeLists(articles, nodes, edges, tokens, seconds);
}

/** Every name at 0, in their order (the summary lists types and categories in schema order). */
const zeros = (names: readonly string[]): Record<string, number> =>
  Object.fromEntries(names.map((n) => [n, 0]));

/** The same summary from the counts of a graph assembled on disk (`ingest --low-memory`). */
export function summarizeTally(t: SpillTally, tokens: number, seconds: number): IngestSummary {
  return {
    articles: t.counts.articleCount,
    entities: { ...zeros(ENTITY_TYPES), ...t.entityTypes },
    relations: { ...zeros(RELATION_CATEGORIES), ...t.relationCategories },
    dates: t.dates,
    quantities: t.quantities,
    tokens,
    seconds: Math.round(seconds * 1000) / 1000,
  };
}

function summarizeLists(
  articles: number,
  nodes: readonly NodeAttributes[],
  edges: readonly EdgeAttributes[],
  tokens: number,
  seconds: number,
): IngestSummary {
  const entities = zeros(ENTITY_TYPES);
  const relations = zeros(RELATION_CATEGORIES);
  let dates = 0;
  let quantities = 0;
  for (const a of nodes) {
    if (a.kind === 'entity') entities[a.type] = (entities[a.type] ?? 0) + 1;
    else if (a.kind === 'date') dates++;
    else if (a.kind === 'quantity') quantities++;
  }
  for (const a of edges)
    if (a.kind === 'relation') relations[a.category] = (relations[a.category] ?? 0) + 1;
  return {
    articles,
    entities,
    relations,
    dates,
    quantities,
    tokens,
    seconds: Math.round(seconds * 1000) / 1000,
  };
}

export function formatSummary(s: IngestSummary): string {
  const list = (r: Record<string, number>): string =>
    Object.entries(r)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ') || 'none';
  const total = (r: Record<string, number>): number => Object.values(r).reduce((a, b) => a + b, 0);
  return [
    `articles:   ${s.articles} (${s.tokens.toLocaleString('en')} tokens)`,
    `entities:   ${total(s.entities)} — ${list(s.entities)}`,
    `relations:  ${total(s.relations)} — ${list(s.relations)}`,
    `values:     ${s.dates} dates, ${s.quantities} quantities`,
    `time:       ${s.seconds.toFixed(2)} s`,
  ].join('\n');
}
