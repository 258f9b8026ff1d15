/**
 * `npm run bench:scale`: ingest 1k, 3k and 10k articles of real Spanish text and print wall time, CPU
 * time, peak RSS and assembly time per article; then one thread vs the default (`--jobs` = cores) at
 * the smallest and the largest size, for the parallel speed-up. Corpora (git-ignored, `.trama/bench-scale/`): the dev and news-train articles
 * plus the CoNLL-2002 training split cut into articles at its EFE datelines (tokens joined back with
 * spaces), repeated with a distinct first line per copy so every copy is a new article.
 * Each run is its own process (`scale-run.mjs`, the built `dist/`): run `npm run build` first.
 *
 * Repeated texts stop adding words after the first copy, which hides whatever grows with the
 * vocabulary (caches keyed by word). `--growing-vocabulary` alters the copies: from the second copy
 * on, every word of five letters or more gets a two-letter suffix that depends on the copy and the
 * article, so new word forms keep coming (the texts read worse; the figures are about memory and time).
 * `--low-memory` assembles on disk, as `trama ingest --low-memory` (`SpillAssembler`).
 * Usage: npm run bench:scale [-- SIZES] [--growing-vocabulary] [--low-memory] (default sizes
 * 1000,3000,10000).
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  annotatedArticleTexts,
  CONLL_DIR,
  readConll,
  REPO_ROOT,
  SHARED_DATA,
} from '../ner/common.js';

const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'growing-vocabulary': { type: 'boolean', default: false },
    'low-memory': { type: 'boolean', default: false },
  },
});
const GROWING = flags['growing-vocabulary'];
const LOW_MEMORY = flags['low-memory'];
const SIZES = (positionals[0] ?? '1000,3000,10000').split(',').map(Number);
if (SIZES.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error(`bench:scale: sizes must be positive integers, got ${positionals[0]}`);
  process.exit(2);
}
const WORK = join(REPO_ROOT, '.trama', 'bench-scale');
const RUNNER = join(REPO_ROOT, 'scripts', 'bench', 'scale-run.mjs');

if (!existsSync(join(REPO_ROOT, 'dist', 'pipeline', 'index.js'))) {
  console.error('bench:scale: dist/ missing — run `npm run build` first');
  process.exit(1);
}
if (!existsSync(CONLL_DIR)) {
  console.log(`bench:scale: skipped — ${SHARED_DATA} not found`);
  process.exit(0);
}

/** Body texts: news articles, then CoNLL-2002 train cut at sentences with an "( EFE )" dateline. */
function baseTexts(): string[] {
  const texts = annotatedArticleTexts();
  const join1 = (tokens: readonly string[]): string =>
    tokens
      .join(' ')
      .replace(/ ([,.;:)?!»])/g, '$1')
      .replace(/([(¿¡«]) /g, '$1');
  let article: string[] = [];
  const flush = (): void => {
    if (article.length > 1) texts.push(article.join(' '));
    article = [];
  };
  // The shared copy of the corpus is UTF-8 (reading it as Latin-1, as this did until 2026-12-02,
  // made every accented word mojibake: "prisiÃ³n").
  for (const { tokens } of readConll('esp.train')) {
    const text = join1(tokens);
    if (/\(EFE\)/.test(text)) flush();
    if (text !== '-') article.push(text);
  }
  flush();
  return texts;
}

/** Letters of the two-letter suffixes of `--growing-vocabulary`. */
const SUFFIX_LETTERS = 'bcdfghjklmnprstvz';

/** Article `i`'s body: the base text, its long words suffixed from the second copy on when asked. */
function body(i: number, texts: readonly string[]): string {
  const text = texts[i % texts.length]!;
  const copy = Math.floor(i / texts.length);
  if (!GROWING || copy === 0) return text;
  const n = SUFFIX_LETTERS.length;
  const suffix = SUFFIX_LETTERS[copy % n]! + SUFFIX_LETTERS[(i * 7) % n]!;
  return text.replace(/\p{L}{5,}/gu, (word) => word + suffix);
}

function corpus(size: number, texts: readonly string[]): string {
  const dir = join(WORK, `corpus-${size}${GROWING ? '-growing' : ''}`);
  const file = (i: number): string => join(dir, `a${String(i).padStart(5, '0')}.txt`);
  const content = (i: number): string =>
    `Artículo ${i + 1} (copia ${Math.floor(i / texts.length) + 1})\n\n${body(i, texts)}\n`;
  // Reused when complete and made from the same texts (its last file is checked).
  const last = size - 1;
  if (
    existsSync(dir) &&
    readdirSync(dir).length === size &&
    readFileSync(file(last), 'utf8') === content(last)
  ) {
    return dir;
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < size; i++) writeFileSync(file(i), content(i));
  return dir;
}

interface RunFigures {
  articles: number;
  tokens: number;
  nodes: number;
  edges: number;
  ingestMs: number;
  assemblyMs: number;
  totalMs: number;
  cpuS: number;
  peakRssMiB: number;
}

function run(dir: string, jobs: number): RunFigures & { outMB: number } {
  const out = join(WORK, `graph-${jobs}.json`);
  const text = execFileSync(
    'node',
    [RUNNER, dir, out, String(jobs), ...(LOW_MEMORY ? ['low-memory'] : [])],
    {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    },
  );
  const figures = JSON.parse(text) as RunFigures;
  const outMB = statSync(out).size / 1e6;
  rmSync(out);
  return { ...figures, outMB };
}

const texts = baseTexts();
const jobs = availableParallelism();
console.log(
  `bench:scale ${new Date().toISOString().slice(0, 10)} — ${texts.length} distinct base texts${GROWING ? ' (growing vocabulary)' : ''}${LOW_MEMORY ? ', assembly on disk (--low-memory)' : ''}, ${jobs} cores, --jobs ${jobs}, load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
console.log(
  '| articles | wall | CPU | CPU / wall | peak RSS | assembly / article | output | nodes / edges |',
);
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
const row = (f: RunFigures & { outMB: number }): string =>
  `| ${f.articles.toLocaleString('en')} | ${(f.totalMs / 1000).toFixed(1)} s | ${f.cpuS.toFixed(1)} s | ${(f.cpuS / (f.totalMs / 1000)).toFixed(2)} | ${f.peakRssMiB.toFixed(0)} MiB | ${(f.assemblyMs / f.articles).toFixed(2)} ms | ${f.outMB.toFixed(0)} MB | ${f.nodes.toLocaleString('en')} / ${f.edges.toLocaleString('en')} |`;
for (const size of SIZES) console.log(row(run(corpus(size, texts), jobs)));
if (jobs > 1) {
  // The speed-up of the extra threads depends on the length of the run: the second isolate repeats the
  // first one's compiling and warm-up, which a short run does not amortise. So it is measured at the
  // smallest size and, when it differs, at the largest, each pair one after the other.
  const sizes = [...new Set([SIZES[0]!, SIZES[SIZES.length - 1]!])];
  for (const size of sizes) {
    const dir = corpus(size, texts);
    const one = run(dir, 1);
    const many = run(dir, jobs);
    console.log(
      `\n${size} articles, 1 thread vs ${jobs}: ${(one.totalMs / 1000).toFixed(1)} s vs ${(many.totalMs / 1000).toFixed(1)} s wall — ${(one.totalMs / many.totalMs).toFixed(2)}× (tokens/s ${Math.round(one.tokens / (one.totalMs / 1000))} vs ${Math.round(many.tokens / (many.totalMs / 1000))}; peak RSS ${one.peakRssMiB.toFixed(0)} vs ${many.peakRssMiB.toFixed(0)} MiB); load average now ${loadavg()[0]!.toFixed(1)}`,
    );
  }
}
