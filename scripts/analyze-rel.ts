/**
 * `npm run analyze:rel`: error analysis of the relation model on held-out articles (5-fold CV, the
 * seed and folds of `trama eval gold --cv`): every missed gold relation and every false positive with
 * its reason (src/training/relations/errors.ts), counted per corpus. `--items FILE` writes every item
 * with its sentence as TSV for reading by hand — outside the repository: it quotes the articles.
 * `--fold-ner DIR` scores each held-out fold with its own NER model, as `trama eval gold --cv --fold-ner`.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  crossValidate,
  CONLL_NER_MODEL,
  DEFAULT_FIT,
  findFoldNerModels,
  prepareFoldViews,
  prepareGold,
  trainingGoldDirs,
  relationErrors,
  type FitOptions,
  type RelationError,
} from '../src/training/relations/index.js';

const { values } = parseArgs({
  options: {
    k: { type: 'string', default: '5' },
    items: { type: 'string' },
    set: { type: 'string', multiple: true, default: [] },
    'ner-model': { type: 'string' },
    'fold-ner': { type: 'string' },
  },
});
/** `--set key=value` overrides a fit option (value as JSON), for ablations. */
const options: FitOptions = { ...DEFAULT_FIT };
for (const kv of values.set) {
  const at = kv.indexOf('=');
  const key = kv.slice(0, at);
  if (at < 0 || !(key in DEFAULT_FIT))
    throw new Error(
      `analyze:rel: --set ${kv}: expected one of ${Object.keys(DEFAULT_FIT).join(', ')}`,
    );
  (options as unknown as Record<string, unknown>)[key] = JSON.parse(kv.slice(at + 1));
}
// The entities of `trama eval gold --cv`: the CoNLL-only NER model unless told otherwise
// (`--ner-model shipped` for the shipped one, which saw these articles' names).
const nerFlag = values['ner-model'];
const articles = await prepareGold(undefined, {
  nerModel: nerFlag === 'shipped' ? undefined : (nerFlag ?? CONLL_NER_MODEL),
});
const foldDir = values['fold-ner'];
const heldOutViews =
  foldDir === undefined
    ? undefined
    : await prepareFoldViews(
        trainingGoldDirs(),
        findFoldNerModels(foldDir, Number(values.k), options.seed),
      );
const errors: RelationError[] = [];
const sentences = new Map<string, readonly string[]>();
const report = crossValidate(articles, Number(values.k), options, {
  ...(heldOutViews ? { heldOutViews } : {}),
  onHeldOut: (a, model, score) => {
    errors.push(...relationErrors(a, model, score));
    sentences.set(
      a.gold.gold.article,
      a.extraction.sentences.map((s) => s.text),
    );
  },
});
const count = (items: readonly RelationError[], by: (e: RelationError) => string): string =>
  Object.entries(
    items.reduce<Record<string, number>>((acc, e) => {
      acc[by(e)] = (acc[by(e)] ?? 0) + 1;
      return acc;
    }, {}),
  )
    .sort((x, y) => y[1] - x[1])
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
for (const corpus of ['all', ...Object.keys(report.byCorpus)]) {
  const mine = errors.filter((e) => corpus === 'all' || e.corpus === corpus);
  const r = corpus === 'all' ? report.cv : report.byCorpus[corpus]!;
  const rel = r.overall.relations;
  const missed = mine.filter((e) => e.kind === 'missed');
  const spurious = mine.filter((e) => e.kind === 'spurious');
  process.stdout.write(
    `\n== ${corpus}: tp ${rel.tp} fp ${rel.fp} fn ${rel.fn} (analysed: missed ${missed.length}, spurious ${spurious.length})\n` +
      `missed by reason: ${count(missed, (e) => e.reason)}\n` +
      `missed, no candidate in evidence, by detail: ${count(
        missed.filter((e) => e.reason === 'no-candidate-in-evidence'),
        (e) => e.detail,
      )}\n` +
      `missed, not aligned / not found, by entity error: ${count(
        missed.filter((e) => e.reason.startsWith('entity')),
        (e) => e.detail,
      )}\n` +
      `missed by category: ${count(missed, (e) => `${e.category}:${e.reason}`)}\n` +
      `spurious by reason: ${count(spurious, (e) => e.reason)}\n` +
      `spurious by source: ${count(spurious, (e) => `${e.source}:${e.reason}`)}\n` +
      `spurious by category: ${count(spurious, (e) => `${e.category}:${e.reason}`)}\n`,
  );
}
const row = (r: { precision: number; recall: number; f1: number }): string =>
  [r.precision, r.recall, r.f1].map((x) => (100 * x).toFixed(1)).join(' ');
process.stdout.write(
  `\nCV ${values.k}-fold, ${JSON.stringify(values.set)}: all P R F1 ${row(report.cv.overall.relations)} | ` +
    Object.entries(report.byCorpus)
      .map(([c, r]) => `${c} ${row(r.overall.relations)}`)
      .join(' | ') +
    '\n',
);
if (values.items) {
  const rows = errors.map((e) =>
    [
      e.corpus,
      e.article,
      e.kind,
      e.reason,
      e.detail,
      e.category,
      e.source ?? '',
      e.score?.toFixed(3) ?? '',
      e.pair,
      (sentences.get(e.article)?.[e.sentenceIndex] ?? '').replace(/\s+/g, ' '),
    ].join('\t'),
  );
  writeFileSync(values.items, rows.join('\n') + '\n');
  process.stdout.write(`\nwrote ${rows.length} items to ${values.items}\n`);
}
