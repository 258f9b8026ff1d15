// One `bench:scale` run in its own process (so peak RSS and CPU are its own): ingest a folder with
// the built pipeline, write the graph file (compact, streamed), print figures as JSON.
// Usage: node scripts/bench/scale-run.mjs DIR OUT JOBS
import { ingestPaths } from '../../dist/pipeline/index.js';
import { envelopeText } from '../../dist/graph/index.js';
import { writeChunksAtomic } from '../../dist/io/atomic-write.js';
import { readFileSync } from 'node:fs';
import { applyV8Flags } from '../../dist/v8-flags.js';

applyV8Flags(); // as the CLI does, before the pipeline's code runs

const [dir, out, jobs] = process.argv.slice(2);
const started = performance.now();
const result = await ingestPaths([dir], { jobs: Number(jobs) });
const ingestMs = performance.now() - started;
await writeChunksAtomic(out, envelopeText(result.graph, 'ingest', { pretty: false }));
const cpu = process.cpuUsage();
process.stdout.write(
  JSON.stringify({
    articles: result.articleCount,
    tokens: result.tokens,
    nodes: result.graph.order,
    edges: result.graph.size,
    ingestMs,
    assemblyMs: result.assemblyMs,
    totalMs: performance.now() - started,
    cpuS: (cpu.user + cpu.system) / 1e6,
    // Peak resident set size of the whole process (all threads), from Linux /proc.
    peakRssMiB: Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]) / 1024,
  }) + '\n',
);
