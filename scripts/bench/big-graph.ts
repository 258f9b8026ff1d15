/**
 * A 200k-node / 1M-edge synthetic graph (src/graph/synthetic.ts) written as a streamed graph file and
 * read back with `trama export`'s reader. Prints file size, write and read times, and peak RSS.
 * `npx tsx scripts/bench/big-graph.ts [NODES] [EDGES]` (part of `npm run bench:scale`).
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readGraphFile } from '../../src/cli/io.js';
import { createGraph, envelopeText } from '../../src/graph/index.js';
import { generateSyntheticGraph } from '../../src/graph/synthetic.js';
import { writeChunksAtomic } from '../../src/io/atomic-write.js';

const nodes = Number(process.argv[2] ?? 200_000);
const edges = Number(process.argv[3] ?? 1_000_000);
const mib = (n: number): string => `${(n / 2 ** 20).toFixed(0)} MiB`;
let peak = 0;
const sample = (): void => {
  peak = Math.max(peak, process.memoryUsage().rss);
};
const timer = setInterval(sample, 200);

const dir = await mkdtemp(join(tmpdir(), 'trama-big-graph-'));
try {
  let t = performance.now();
  const graph = createGraph();
  {
    const envelope = generateSyntheticGraph({ nodes, edges });
    for (const n of envelope.graph.nodes) graph.addNode(n.key, n.attributes);
    for (const e of envelope.graph.edges)
      graph.addDirectedEdgeWithKey(e.key, e.source, e.target, e.attributes);
  }
  console.log(
    `built     ${nodes} nodes / ${edges} edges in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
  for (const pretty of [false, true]) {
    const path = join(dir, pretty ? 'pretty.json' : 'compact.json');
    t = performance.now();
    await writeChunksAtomic(path, envelopeText(graph, 'bench', { pretty }));
    const written = (performance.now() - t) / 1000;
    const size = (await stat(path)).size;
    t = performance.now();
    const back = await readGraphFile(path);
    const read = (performance.now() - t) / 1000;
    const ok = back.graph.nodes.length === graph.order && back.graph.edges.length === graph.size;
    console.log(
      `${pretty ? 'pretty ' : 'compact'}   ${mib(size)} written in ${written.toFixed(1)} s, read back + validated in ${read.toFixed(1)} s — ${ok ? 'same node and edge counts' : 'COUNTS DIFFER'}`,
    );
    if (!ok) process.exitCode = 1;
    await rm(path);
  }
  sample();
  console.log(`peak RSS  ${mib(peak)}`);
} finally {
  clearInterval(timer);
  await rm(dir, { recursive: true, force: true });
}
