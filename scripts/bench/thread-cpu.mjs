// Where the CPU of an ingest goes, by thread: the main thread, each extraction worker, and V8's own
// helper threads (concurrent and parallel GC, background compilation). Linux only (/proc).
// Usage (after `npm run build`): node scripts/bench/thread-cpu.mjs DIR JOBS
import { readdirSync, readFileSync } from 'node:fs';
import { ingestPaths } from '../../dist/pipeline/index.js';
import { applyV8Flags } from '../../dist/v8-flags.js';

applyV8Flags(); // as the CLI does
const [dir, jobs] = process.argv.slice(2);
if (!dir || !Number.isInteger(Number(jobs)))
  throw new Error('usage: node scripts/bench/thread-cpu.mjs DIR JOBS');

/** CPU seconds (user + system) of every live thread of this process, by thread id. */
function threadCpu() {
  const out = new Map();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(tid, (Number(fields[11]) + Number(fields[12])) / 100); // utime + stime, clock ticks
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return out;
}

// Threads that end before the run does (a worker) are kept at their last sample.
const seen = new Map();
const sample = () => {
  for (const [tid, cpu] of threadCpu()) seen.set(tid, cpu);
};
const timer = setInterval(sample, 100);
const started = performance.now();
const result = await ingestPaths([dir], { jobs: Number(jobs) });
clearInterval(timer);
sample();
const wall = (performance.now() - started) / 1000;
const main = seen.get(String(process.pid)) ?? 0;
const others = [...seen].filter(([tid]) => tid !== String(process.pid)).map(([, cpu]) => cpu);
// An extraction worker runs JavaScript for the whole ingest; V8's helpers each take a fraction.
others.sort((a, b) => b - a);
const workerCount = Number(jobs) - 1;
const workerCpu = others.slice(0, workerCount).reduce((a, b) => a + b, 0);
const helperCpu = others.slice(workerCount).reduce((a, b) => a + b, 0);
console.log(
  JSON.stringify({
    articles: result.articleCount,
    jobs: Number(jobs),
    wallS: +wall.toFixed(1),
    mainCpuS: +main.toFixed(1),
    workerCpuS: +workerCpu.toFixed(1),
    v8HelperCpuS: +helperCpu.toFixed(1),
  }),
);
