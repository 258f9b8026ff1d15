/**
 * PageRank, betweenness and Louvain communities of the entity–relation graph, with graphology's own
 * packages. Pure (runs in the metrics worker; tests call it directly). Articles, dates, quantities
 * and co-occurrence are left out: the measures are about who relates to whom.
 */
import { DirectedGraph, UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import { interopDefault } from '../util/interop-default.js';

const louvain = interopDefault(louvainModule);
const betweennessCentrality = interopDefault(betweennessModule);
const pagerank = interopDefault(pagerankModule);

export interface MetricsInput {
  nodes: string[];
  /** Relation edges as [source index, target index]. */
  edges: Array<[number, number]>;
  /** Betweenness is O(nodes × edges): the caller skips it on large graphs. */
  betweenness: boolean;
}

export interface MetricsResult {
  nodes: string[];
  pagerank: number[];
  betweenness: number[] | null;
  community: number[];
  communityCount: number;
  modularity: number;
  ms: number;
}

/** Deterministic PRNG (mulberry32) so the same graph gets the same communities. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function computeMetrics(input: MetricsInput): MetricsResult {
  const started = performance.now();
  const directed = new DirectedGraph();
  const undirected = new UndirectedGraph();
  for (const key of input.nodes) {
    directed.addNode(key);
    undirected.addNode(key);
  }
  for (const [s, t] of input.edges) {
    const a = input.nodes[s]!;
    const b = input.nodes[t]!;
    if (a === b) continue;
    directed.updateEdge(a, b, (attr) => ({ weight: ((attr.weight as number) ?? 0) + 1 }));
    undirected.updateEdge(a, b, (attr) => ({ weight: ((attr.weight as number) ?? 0) + 1 }));
  }
  const ranks = pagerank(directed, { getEdgeWeight: 'weight' });
  const between = input.betweenness
    ? betweennessCentrality(undirected, { getEdgeWeight: null, normalized: true })
    : null;
  const detailed = louvain.detailed(undirected, { getEdgeWeight: 'weight', rng: seeded(7) });
  return {
    nodes: input.nodes,
    pagerank: input.nodes.map((k) => ranks[k] ?? 0),
    betweenness: between ? input.nodes.map((k) => between[k] ?? 0) : null,
    community: input.nodes.map((k) => detailed.communities[k] ?? -1),
    communityCount: detailed.count,
    modularity: detailed.modularity,
    ms: performance.now() - started,
  };
}
