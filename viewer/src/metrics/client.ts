/** Asks the metrics worker for the entity–relation graph's measures; one request per graph. */
import type { TramaGraph } from '../graph/types.js';
import type { MetricsInput, MetricsResult } from './compute.js';
import type { MetricsReply } from './metrics.worker.js';

/** Above this many entities betweenness (O(n·m)) is not computed. */
export const BETWEENNESS_NODE_LIMIT = 20_000;

export interface Metrics {
  pagerank: Map<string, number>;
  betweenness: Map<string, number> | null;
  community: Map<string, number>;
  communityCount: number;
  modularity: number;
  ms: number;
}

export function metricsInput(graph: TramaGraph): MetricsInput {
  const nodes: string[] = [];
  const index = new Map<string, number>();
  graph.forEachNode((key, a) => {
    if (a.kind !== 'entity') return;
    index.set(key, nodes.length);
    nodes.push(key);
  });
  const edges: Array<[number, number]> = [];
  graph.forEachEdge((_key, a, source, target) => {
    if (a.kind !== 'relation') return;
    const s = index.get(source);
    const t = index.get(target);
    if (s !== undefined && t !== undefined) edges.push([s, t]);
  });
  return { nodes, edges, betweenness: nodes.length <= BETWEENNESS_NODE_LIMIT };
}

function toMetrics(r: MetricsResult): Metrics {
  const zip = (values: number[]) => new Map(r.nodes.map((k, i) => [k, values[i]!]));
  return {
    pagerank: zip(r.pagerank),
    betweenness: r.betweenness ? zip(r.betweenness) : null,
    community: zip(r.community),
    communityCount: r.communityCount,
    modularity: r.modularity,
    ms: r.ms,
  };
}

export function computeMetricsInWorker(graph: TramaGraph): {
  result: Promise<Metrics>;
  cancel(): void;
} {
  const worker = new Worker(new URL('./metrics.worker.ts', import.meta.url), { type: 'module' });
  const result = new Promise<Metrics>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<MetricsReply>) => {
      worker.terminate();
      const reply = event.data;
      if (reply.ok) resolve(toMetrics(reply.result));
      else reject(new Error(reply.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error(`metrics worker failed: ${event.message}`));
    };
  });
  worker.postMessage(metricsInput(graph));
  return { result, cancel: () => worker.terminate() };
}
