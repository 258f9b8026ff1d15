// One `bench:scale` run in its own process (so peak RSS and CPU are its own): ingest a folder with
// the built pipeline, write the graph file (compact, streamed), print figures as JSON.
// Usage: node scripts/bench/scale-run.mjs DIR OUT JOBS [low-memory]  (low-memory: assembly on disk,
// as `trama ingest --low-memory`)
import { ingestPaths } from '../../dist/pipeline/index.js';
import { SpillAssembler, envelopeText } from '../../dist/graph/index.js';
import { writeChunksAtomic } from '../../dist/io/atomic-write.js';
import { readFileSync } from 'node:fs';
import { applyV8Flags } from '../../dist/v8-flags.js';

applyV8Flags(); // as the CLI does, before the pipeline's code runs

const [dir, out, jobs, mode] = process.argv.slice(2);
const spill = mode === 'low-memory' ? new SpillAssembler() : undefined;
const started = performance.now();
const result = await ingestPaths([dir], { jobs: Number(jobs), ...(spill ? { spill } : {}) });
const ingestMs = performance.now() - started;
await writeChunksAtomic(
  out,
  spill
    ? spill.envelopeText('ingest', { pretty: false })
    : envelopeText(result.graph, 'ingest', { pretty: false }),
);
const nodes = spill ? spill.tally.nodes : result.graph.order;
const edges = spill ? spill.tally.edges : result.graph.size;
spill?.close();
const cpu = process.cpuUsage();
process.stdout.write(
  JSON.stringify({
    articles: result.articleCount,
    tokens: result.tokens,
    nodes,
    edges,
    ingestMs,
    assemblyMs: result.assemblyMs,
    totalMs: performance.now() - started,
    cpuS: (cpu.user + cpu.system) / 1e6,
    // Peak resident set size of the whole process (all threads), from Linux /proc.
    peakRssMiB: Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]) / 1024,
  }) + '\n',
);
