/**
 * `npm run bench:ab -- OTHER_CHECKOUT [PASSES] [--ner]` (a benchmark, not a test): this checkout's built
 * pipeline (dist/) against another checkout's (its dist/, e.g. a worktree of main), loaded into one
 * Node process and run alternately article by article over the 62 annotated articles, so both sides
 * see the same machine load; best of PASSES passes (default 4, after a warm-up pass), CPU seconds per
 * side. `--ner` times the NER step alone on each side's sentences. Build both checkouts first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { applyV8Flags } from '../../src/v8-flags.js';
import { annotatedArticleTexts, NEWS_DIR, REPO_ROOT, SHARED_DATA } from '../ner/common.js';

applyV8Flags(); // both sides run with the CLI's V8 settings

const args = process.argv.slice(2);
const nerOnly = args.includes('--ner');
const [other, passesArg] = args.filter((a) => a !== '--ner');
if (!other) {
  console.error('usage: npm run bench:ab -- OTHER_CHECKOUT [PASSES] [--ner]');
  process.exit(2);
}
const passes = Number(passesArg ?? 4);
if (!Number.isInteger(passes) || passes < 1) {
  console.error(`bench:ab: PASSES must be a positive integer, got ${JSON.stringify(passesArg)}`);
  process.exit(2);
}
if (!existsSync(NEWS_DIR)) {
  console.log(`bench:ab: skipped — ${SHARED_DATA} not found`);
  process.exit(0);
}

interface Side {
  readonly name: string;
  readonly run: (i: number) => void;
  readonly reset: () => void;
  best: number;
  spent: number;
}

const texts = annotatedArticleTexts();

async function side(name: string, root: string): Promise<Side> {
  const dist = join(root, 'dist');
  if (!existsSync(join(dist, 'pipeline', 'index.js')))
    throw new Error(`bench:ab: ${dist} has no built pipeline (run npm run build there)`);
  const load = (path: string): Promise<Record<string, unknown>> =>
    import(pathToFileURL(join(dist, path)).href) as Promise<Record<string, unknown>>;
  /* eslint-disable @typescript-eslint/no-explicit-any -- two builds of the same API, loaded by path */
  const graph: any = await load('graph/index.js');
  const ingest: any = await load('ingest/index.js');
  const pipeline: any = await load('pipeline/index.js');
  const nlp: any = await load('nlp/index.js');
  const knowledge = nlp.loadKnowledge('es');
  const articles = texts.map((text, i) =>
    ingest.finalizeArticle({ source: `bench/${i}`, text, format: 'txt' }),
  );
  const sentences: string[][][] = articles.map((a: unknown) =>
    pipeline
      .extractWithKnowledge(a)
      .sentences.map((s: { tokens: { text: string }[] }) => s.tokens.map((t) => t.text)),
  );
  let g = graph.createGraph();
  return {
    name,
    best: Infinity,
    spent: 0,
    reset: () => (g = graph.createGraph()),
    run: nerOnly
      ? (i) => knowledge.ner(sentences[i])
      : (i) => graph.addExtraction(g, pipeline.extractWithKnowledge(articles[i])),
  };
  /* eslint-enable @typescript-eslint/no-explicit-any */
}

const sides = [await side('other', resolve(other)), await side('this', REPO_ROOT)];
const cpu = (): number => {
  const c = process.cpuUsage();
  return c.user + c.system;
};
for (let pass = 0; pass <= passes; pass++) {
  for (const s of sides) {
    s.spent = 0;
    s.reset();
  }
  for (let i = 0; i < texts.length; i++) {
    // Alternate which side goes first, so neither always runs on a warmer cache.
    for (const s of (i + pass) % 2 ? sides : [...sides].reverse()) {
      const c0 = cpu();
      s.run(i);
      s.spent += cpu() - c0;
    }
  }
  if (pass > 0) for (const s of sides) s.best = Math.min(s.best, s.spent / 1e6);
}
const [a, b] = sides as [Side, Side];
const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(
  `bench:ab ${new Date().toISOString().slice(0, 10)} — ${nerOnly ? 'NER step' : 'whole pipeline'}, ${texts.length} articles, best of ${passes}: ` +
    `${resolve(other)} ${a.best.toFixed(3)} CPU s, this checkout ${b.best.toFixed(3)} CPU s, ` +
    `this is ×${(a.best / b.best).toFixed(2)} as fast (load average ${load})`,
);
