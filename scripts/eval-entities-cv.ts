/**
 * `npm run eval:entities-cv`: article-level K-fold cross-validation of the NER model's contribution to
 * entity extraction. For each fold, a model is trained on CoNLL-2002 esp.train plus the annotated
 * articles of the other K−1 folds (gold names projected onto the pipeline's tokens; epoch chosen on
 * esp.testa), and the whole pipeline with that model extracts the held-out fold's articles, scored with
 * the gold scorer (`trama eval gold`'s entity P/R/F1). The baseline row is the same recipe trained on
 * CoNLL alone (one model, scored on every article). Folds: the relation CV's (`trama eval gold --cv`,
 * seed 20261202), so the two figures are over the same splits.
 *
 * The rules were written while reading the errors of news and news-train `tra-*`, so for the rules
 * those articles are in-sample; the model never sees a held-out article.
 *
 *   npm run eval:entities-cv [-- --k 5 --epochs 15 --seed 20261202 --article-weight 4 --no-baseline --json
 *                                --models DIR --classes --errors tra|news|...]
 *
 * `--models DIR` keeps each fold's model (and the baseline) in DIR and reuses them on the next run with
 * the same settings, so changes to the rules can be cross-validated without retraining. `--classes`
 * counts the CV entity errors by class per group (`trama eval gold --classes`); `--errors NAME` lists the
 * CV errors of the articles whose file name contains NAME (e.g. `-tra-`).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { countErrorKinds, summarize, scoreExtraction, articleOf } from '../src/eval/gold/index.js';
import type { ArticleScore, Counts, Prf } from '../src/eval/gold/index.js';
import { ClusterTable } from '../src/nlp/ner/clusters.js';
import { createTagger } from '../src/nlp/ner/tagger.js';
import { extractArticle, loadKnowledge } from '../src/nlp/index.js';
import { deserializeNerModel, serializeNerModel, type NerModel } from '../src/nlp/ner/index.js';
import { foldNerModelName, foldsOf } from '../src/training/relations/index.js';
import { readConll } from './ner/common.js';
import { DEFAULT_RECIPE, readAnnotatedNews, trainRecipe, type AnnotatedNews } from './ner/setup.js';

const { values } = parseArgs({
  options: {
    k: { type: 'string', default: '5' },
    seed: { type: 'string', default: '20261202' },
    epochs: { type: 'string', default: String(DEFAULT_RECIPE.epochs) },
    'article-weight': { type: 'string', default: String(DEFAULT_RECIPE.articleWeight) },
    'no-baseline': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    models: { type: 'string' },
    classes: { type: 'boolean', default: false },
    errors: { type: 'string' },
  },
});
const k = Number(values.k);
const seed = Number(values.seed);
const epochs = Number(values.epochs);
const articleWeight = Number(values['article-weight']);
if (!Number.isInteger(k) || k < 2) throw new Error(`--k must be an integer ≥ 2, got ${values.k}`);
if (!Number.isInteger(epochs) || epochs < 1)
  throw new Error(`--epochs must be an integer ≥ 1, got ${values.epochs}`);

const log = (m: string): void => {
  if (!values.json) console.error(m);
};
const train = readConll('esp.train');
const dev = readConll('esp.testa');
const articles = await readAnnotatedNews();
const recipe = {
  ...DEFAULT_RECIPE,
  epochs,
  articleWeight,
  clusters: ClusterTable.empty(),
};

function scoreArticles(model: NerModel, held: readonly AnnotatedNews[]): ArticleScore[] {
  const knowledge = loadKnowledge('es', { nerTagger: createTagger(model), relations: false });
  return held.map((a) => scoreExtraction(a.gold, extractArticle(articleOf(a.gold), knowledge)));
}

const GROUPS: Readonly<Record<string, (a: AnnotatedNews) => boolean>> = {
  all: () => true,
  news: (a) => a.corpus === 'news',
  'news-train': (a) => a.corpus === 'news-train',
  'news-train tra': (a) => a.corpus === 'news-train' && a.name.includes('-tra-'),
  'news-train dev': (a) => a.corpus === 'news-train' && a.name.includes('-dev-'),
};

/** Entity figures overall, per corpus and per news-train split (`tra-*` / `dev-*`). */
function groups(scores: ReadonlyMap<AnnotatedNews, ArticleScore>): Record<string, Counts & Prf> {
  return Object.fromEntries(
    Object.entries(GROUPS).map(([g, keep]) => [
      g,
      summarize(articles.filter(keep).map((a) => scores.get(a)!)).overall.entities,
    ]),
  );
}

/** Entity error counts by class per group. */
function classes(
  scores: ReadonlyMap<AnnotatedNews, ArticleScore>,
): Record<string, Record<string, number>> {
  return Object.fromEntries(
    Object.entries(GROUPS).map(([g, keep]) => [
      g,
      countErrorKinds(articles.filter(keep).flatMap((a) => scores.get(a)!.entityErrors)),
    ]),
  );
}

/** A fold's model: read from `--models DIR` when it is there, else trained (and written there). */
function foldModel(
  name: number | string,
  trainArticles: readonly AnnotatedNews[],
  weight: number,
): { model: NerModel; devF1: number } {
  const file =
    values.models === undefined
      ? undefined
      : join(
          values.models,
          foldNerModelName({ fold: name, k, seed, epochs, articleWeight: weight }),
        );
  if (file && existsSync(file)) {
    const model = deserializeNerModel(readFileSync(file), file);
    return { model, devF1: Number(model.meta['devF1'] ?? Number.NaN) };
  }
  const result = trainRecipe(train, dev, trainArticles, { ...recipe, articleWeight: weight });
  if (file) {
    mkdirSync(values.models!, { recursive: true });
    writeFileSync(file, serializeNerModel(result.model));
  }
  return { model: result.model, devF1: result.dev.overall.f1 };
}

const started = performance.now();
const cvScores = new Map<AnnotatedNews, ArticleScore>();
const nerDev: number[] = [];
for (const [f, fold] of foldsOf(articles, k, seed).entries()) {
  const held = new Set(fold);
  log(`fold ${f + 1}/${k}: training on CoNLL + ${articles.length - fold.length} articles`);
  const result = foldModel(
    f + 1,
    articles.filter((a) => !held.has(a)),
    articleWeight,
  );
  nerDev.push(result.devF1);
  log(`  esp.testa NER F1 ${(100 * result.devF1).toFixed(2)}`);
  const scores = scoreArticles(result.model, fold);
  fold.forEach((a, i) => cvScores.set(a, scores[i]!));
}
const report: Record<string, unknown> = {
  k,
  seed,
  epochs,
  articleWeight,
  cv: groups(cvScores),
  nerDevF1ByFold: nerDev,
  ...(values.classes ? { cvClasses: classes(cvScores) } : {}),
};
if (!values['no-baseline']) {
  log('baseline: training on CoNLL alone');
  const result = foldModel('conll-only', [], 0);
  const scores = scoreArticles(result.model, articles);
  const byArticle = new Map(articles.map((a, i) => [a, scores[i]!]));
  report['baseline'] = groups(byArticle);
  if (values.classes) report['baselineClasses'] = classes(byArticle);
  report['baselineNerDevF1'] = result.devF1;
}
report['seconds'] = Math.round((performance.now() - started) / 1000);

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
const line = (name: string, x: Counts & Prf): string =>
  `${name.padEnd(40)} ${pct(x.precision)} ${pct(x.recall)} ${pct(x.f1).padStart(6)}   ${String(x.tp).padStart(4)} ${String(x.fp).padStart(4)} ${String(x.fn).padStart(4)}`;
if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
else {
  const out = [
    `entities, ${k}-fold cross-validation by article (seed ${seed}; NER ${epochs} epochs max, articles ×${articleWeight}), ${articles.length} articles`,
    `${''.padEnd(40)} ${'P'.padStart(5)} ${'R'.padStart(5)} ${'F1'.padStart(6)}   ${'tp'.padStart(4)} ${'fp'.padStart(4)} ${'fn'.padStart(4)}`,
  ];
  for (const [g, x] of Object.entries(report['cv'] as Record<string, Counts & Prf>))
    out.push(line(`CV (model without the fold) ${g}`, x));
  const base = report['baseline'] as Record<string, Counts & Prf> | undefined;
  if (base) for (const [g, x] of Object.entries(base)) out.push(line(`CoNLL-only model ${g}`, x));
  out.push(
    `esp.testa NER alone F1 by fold: ${nerDev.map((x) => (100 * x).toFixed(2)).join(', ')}` +
      (base ? `; CoNLL-only ${(100 * (report['baselineNerDevF1'] as number)).toFixed(2)}` : ''),
  );
  const classLines = (name: string, c: unknown): void => {
    if (c === undefined) return;
    for (const [g, counts] of Object.entries(c as Record<string, Record<string, number>>))
      out.push(
        `${`${name} ${g}`.padEnd(40)} ${Object.entries(counts)
          .map(([kind, n]) => `${kind} ${n}`)
          .join(', ')}`,
      );
  };
  classLines('error classes, CV', report['cvClasses']);
  classLines('error classes, CoNLL-only', report['baselineClasses']);
  if (values.errors !== undefined)
    for (const a of articles.filter((x) => x.name.includes(values.errors!)))
      for (const e of cvScores.get(a)!.entityErrors)
        out.push(
          `  ${e.kind.padEnd(15)} ${a.name} ${e.item}${e.related.length ? ` ~ ${e.related.join(', ')}` : ''}`,
        );
  out.push(`${report['seconds'] as number} s`);
  process.stdout.write(`${out.join('\n')}\n`);
}
