/**
 * Benchmark (not a test): the whole pipeline over the dev articles, repeated (as distinct articles)
 * to about a million tokens. Prints articles/s, tokens/s and peak memory.  npm run bench:ingest
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addExtraction, createGraph, toEnvelope } from '../../src/graph/index.js';
import { finalizeArticle } from '../../src/ingest/index.js';
import { loadKnowledge } from '../../src/nlp/index.js';
import { sharedDataDir } from '../../src/paths.js';
import { extractWithKnowledge } from '../../src/pipeline/index.js';
import { applyV8Flags } from '../../src/v8-flags.js';

applyV8Flags(); // the CLI's V8 settings

const TARGET_TOKENS = Number(process.env.BENCH_TOKENS ?? 1_000_000);
const dir = join(sharedDataDir(), 'news');
const texts = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(dir, f), 'utf8'));

const loadStart = performance.now();
loadKnowledge('es');
const loadMs = performance.now() - loadStart;

const graph = createGraph();
let tokens = 0;
let articles = 0;
const started = performance.now();
for (let copy = 0; tokens < TARGET_TOKENS; copy++) {
  for (const text of texts) {
    const article = finalizeArticle({
      source: `bench/${copy}`,
      text: `${text}\n\nCopia ${copy}.`,
      format: 'txt',
    });
    const extraction = extractWithKnowledge(article);
    tokens += extraction.sentences.reduce((n, s) => n + s.tokens.length, 0);
    addExtraction(graph, extraction);
    articles++;
  }
}
const seconds = (performance.now() - started) / 1000;
const envelope = toEnvelope(graph, 'bench');
const peakMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(
  [
    `ingest benchmark — ${new Date().toISOString().slice(0, 10)}, node ${process.version}`,
    `knowledge load:  ${loadMs.toFixed(0)} ms`,
    `articles:        ${articles} (${texts.length} dev articles × ${Math.ceil(articles / texts.length)})`,
    `tokens:          ${tokens.toLocaleString('en')}`,
    `time:            ${seconds.toFixed(1)} s`,
    `articles/s:      ${(articles / seconds).toFixed(1)}`,
    `tokens/s:        ${Math.round(tokens / seconds).toLocaleString('en')}`,
    `peak RSS:        ${peakMb.toFixed(0)} MiB`,
    `graph:           ${envelope.meta.entityCount} entities, ${envelope.meta.relationCount} relations`,
  ].join('\n') + '\n',
);
