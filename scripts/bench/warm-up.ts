/**
 * `npm run bench:warm-up -- [PASSES] [--no-v8-flags]` (a benchmark, not a test): the whole pipeline over
 * the 62 annotated articles PASSES times (default 8) in one process, printing per pass the CPU seconds of
 * the whole process and of the main thread alone (Linux /proc): the difference is V8's background
 * threads, mostly the optimising compiler while the code warms up. `--no-v8-flags` runs without the
 * CLI's V8 settings (src/v8-flags.ts), for comparison.
 */
import { loadavg } from 'node:os';
import { addExtraction, createGraph } from '../../src/graph/index.js';
import { finalizeArticle } from '../../src/ingest/index.js';
import { extractWithKnowledge } from '../../src/pipeline/index.js';
import { applyV8Flags, V8_FLAGS } from '../../src/v8-flags.js';
import { annotatedArticleTexts } from '../ner/common.js';
import { mainThreadCpuSeconds } from './process-cpu.js';

const args = process.argv.slice(2);
const withFlags = !args.includes('--no-v8-flags');
const passes = Number(args.find((a) => !a.startsWith('--')) ?? 8);
if (withFlags) applyV8Flags();

const articles = annotatedArticleTexts().map((text, i) =>
  finalizeArticle({ source: `bench/${i}`, text, format: 'txt' }),
);
console.log(
  `bench:warm-up — ${articles.length} articles, ${passes} passes, V8 flags: ${withFlags ? V8_FLAGS.join(' ') : 'none'}, load average ${loadavg()[0]!.toFixed(1)}`,
);
console.log('| pass | process CPU s | main thread CPU s | background s |');
console.log('|---:|---:|---:|---:|');
for (let pass = 1; pass <= passes; pass++) {
  const c0 = process.cpuUsage();
  const m0 = mainThreadCpuSeconds();
  const graph = createGraph();
  for (const article of articles) addExtraction(graph, extractWithKnowledge(article));
  const c = process.cpuUsage(c0);
  const total = (c.user + c.system) / 1e6;
  const m1 = mainThreadCpuSeconds();
  const main = m0 === null || m1 === null ? null : m1 - m0;
  console.log(
    `| ${pass} | ${total.toFixed(2)} | ${main === null ? '–' : main.toFixed(2)} | ${main === null ? '–' : (total - main).toFixed(2)} |`,
  );
}
