/**
 * Baseline for `npm run bench:viewer`: the least a page must do to show a trama graph with sigma —
 * fetch, parse, import with positions, render. No validation, no reducers, no UI.
 */
import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';
import { finishGpuWork } from '../../../viewer/src/ui/gpu-sync.js';

interface BenchWindow {
  firstFrameMs?: number;
  sigma?: Sigma;
  error?: string;
}
const bench = window as unknown as BenchWindow;

interface Envelope {
  graph: {
    nodes: Array<{ key: string; attributes: { name: string } }>;
    edges: Array<{ key: string; source: string; target: string }>;
  };
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const envelope = (await (await fetch('/api/graph')).json()) as Envelope;
  const t1 = performance.now();
  performance.measure('bare:download+parse', { start: t0, end: t1 });
  const graph = new MultiDirectedGraph();
  const radius = Math.sqrt(envelope.graph.nodes.length) * 10;
  for (const node of envelope.graph.nodes) {
    const r = radius * Math.sqrt(Math.random());
    const t = 2 * Math.PI * Math.random();
    graph.addNode(node.key, {
      x: r * Math.cos(t),
      y: r * Math.sin(t),
      size: 2,
      label: node.attributes.name,
      color: '#4e79a7',
    });
  }
  for (const edge of envelope.graph.edges)
    graph.addEdgeWithKey(edge.key, edge.source, edge.target, { color: '#cccccc' });
  const t2 = performance.now();
  performance.measure('bare:build', { start: t1, end: t2 });
  bench.sigma = new Sigma(graph, document.getElementById('sigma-container')!);
  performance.measure('bare:sigma', { start: t2, end: performance.now() });
  finishGpuWork(document.getElementById('sigma-container')!);
  bench.firstFrameMs = performance.now();
}

main().catch((error: unknown) => {
  bench.error = String(error);
});
