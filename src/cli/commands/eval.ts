import { join } from 'node:path';
import { Command } from 'commander';
import { countErrorKinds, evaluateGold, type GoldReport } from '../../eval/gold/index.js';
import { sharedDataDir } from '../../paths.js';
import type { Counts, Prf } from '../../eval/gold/index.js';
import { InputError, UsageError } from '../../schema/index.js';
import {
  crossValidate,
  DEFAULT_FIT,
  CONLL_NER_MODEL,
  findFoldNerModels,
  prepareFoldViews,
  prepareGold,
  trainingGoldDirs,
  type CvReport,
} from '../../training/relations/index.js';
import { evalConllCommand } from './eval-conll.js';
import { addExamplesAndExitCodes } from '../help.js';
import type { CliCommand } from './types.js';

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);

export function formatGoldReport(report: GoldReport): string {
  const rows = [
    `${'article'.padEnd(24)}  ${'ent P'.padStart(5)} ${'ent R'.padStart(5)} ${'ent F1'.padStart(6)}   ${'rel P'.padStart(5)} ${'rel R'.padStart(5)} ${'rel F1'.padStart(6)}`,
  ];
  const line = (
    name: string,
    e: GoldReport['overall']['entities'],
    r: GoldReport['overall']['relations'],
  ): string =>
    `${name.padEnd(24)}  ${pct(e.precision)} ${pct(e.recall)} ${pct(e.f1).padStart(6)}   ${pct(r.precision)} ${pct(r.recall)} ${pct(r.f1).padStart(6)}`;
  for (const a of report.articles)
    rows.push(line(a.article.replace(/\.txt$/, ''), a.entities, a.relations));
  rows.push(line('OVERALL (micro)', report.overall.entities, report.overall.relations));
  return [rows.join('\n'), formatCategories(report)].join('\n\n');
}

/** Relation P/R/F1 per category, with counts. */
export function formatCategories(report: GoldReport): string {
  const rows = [
    `${'relations by category'.padEnd(24)}  ${'P'.padStart(5)} ${'R'.padStart(5)} ${'F1'.padStart(6)}   ${'tp'.padStart(4)} ${'fp'.padStart(4)} ${'fn'.padStart(4)}`,
  ];
  for (const [c, r] of Object.entries(report.categories))
    rows.push(
      `${c.padEnd(24)}  ${pct(r.precision)} ${pct(r.recall)} ${pct(r.f1).padStart(6)}   ${String(r.tp).padStart(4)} ${String(r.fp).padStart(4)} ${String(r.fn).padStart(4)}`,
    );
  return rows.join('\n');
}

export function formatErrorClasses(report: GoldReport): string {
  const all = report.articles.flatMap((a) =>
    a.entityErrors.map((e) => ({ ...e, article: a.article.replace(/^.*?(\d+)\.txt$/, '$1') })),
  );
  const counts = countErrorKinds(all);
  const lines = [
    `entity errors by class: ${Object.entries(counts)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}`,
  ];
  for (const kind of Object.keys(counts)) {
    for (const e of all.filter((x) => x.kind === kind))
      lines.push(
        `  ${kind.padEnd(15)} ${e.article} ${e.item}${e.related.length ? ` ~ ${e.related.join(', ')}` : ''}`,
      );
  }
  return lines.join('\n');
}

const prfLine = (name: string, x: Counts & Prf): string =>
  `${name.padEnd(28)} ${pct(x.precision)} ${pct(x.recall)} ${pct(x.f1).padStart(6)}   ${String(x.tp).padStart(4)} ${String(x.fp).padStart(4)} ${String(x.fn).padStart(4)}`;

export function formatCvReport(report: CvReport): string {
  const head = `${''.padEnd(28)} ${'P'.padStart(5)} ${'R'.padStart(5)} ${'F1'.padStart(6)}   ${'tp'.padStart(4)} ${'fp'.padStart(4)} ${'fn'.padStart(4)}`;
  const lines = [
    `relation model, ${report.k}-fold cross-validation by article (seed ${report.seed}), ${report.cv.articles.length} articles${report.trainFraction < 1 ? `, each fold's model trained on ${Math.round(report.trainFraction * 100)}% of its training articles` : ''}`,
    head,
    prfLine(`relations CV (micro)`, report.cv.overall.relations),
  ];
  if (report.inSample)
    lines.push(prfLine('relations in-sample', report.inSample.overall.relations));
  for (const [corpus, r] of Object.entries(report.byCorpus))
    lines.push(prfLine(`relations CV ${corpus}`, r.overall.relations));
  lines.push(prfLine('entities (no model)', report.cv.overall.entities));
  lines.push('', `CV by category`, head);
  for (const [c, r] of Object.entries(report.cv.categories)) {
    const ins = report.inSample?.categories[c];
    lines.push(`${prfLine(c, r)}${ins ? `   in-sample F1 ${pct(ins.f1)}` : ''}`);
  }
  return lines.join('\n');
}

function goldCommand(): Command {
  const command = new Command('gold')
    .description(
      'score the pipeline against hand-made gold files: entity P/R/F1 (name or alias, coarse type) and relation P/R/F1 (unordered pair + category)',
    )
    .argument('[dirs...]', 'folders of gold .json files (default: the shared news/gold)')
    .option(
      '--articles <dir>',
      "folder with the article texts (default: each gold folder's parent)",
    )
    .option('--json', 'machine-readable report with per-article errors')
    .option(
      '--cv [k]',
      'article-level K-fold cross-validation of the relation model (default K=5; default folders: news + news-train gold): train on K-1 folds, score the held-out one; the in-sample figure is printed next to it',
    )
    .option('--seed <n>', 'seed of the folds and of training (with --cv)')
    .option(
      '--ner-model <file>',
      "with --cv: the NER model that finds the entities (default models/ner-es.conll.model.bin.gz, trained on CoNLL-2002 only, so the held-out articles' names are unseen; 'shipped' for the shipped model, which was also trained on these articles)",
    )
    .option(
      '--fold-ner <dir>',
      "with --cv: score each held-out fold with an NER model trained without it (CoNLL-2002 + the other folds' articles, as the shipped model is trained), from DIR (made by `npm run eval:entities-cv -- --models DIR`): the whole pipeline cross-validated",
    )
    .option(
      '--train-fraction <p>',
      "with --cv: train each fold's relation model on this share (0 < p ≤ 1) of its training articles, a seeded choice, scored on the same held-out folds: a point of the learning curve",
    )
    .option('--errors', 'list missed and spurious entities and relations per article')
    .option(
      '--classes',
      'count entity errors by class (type, boundary, split, merge, spurious, missed) and list them',
    );
  return addExamplesAndExitCodes(command, [
    'trama eval gold',
    'trama eval gold ../shared/data/news/gold --errors',
    'trama eval gold --cv 5   # relation model, article-level cross-validation',
    'trama eval gold --cv 5 --train-fraction 0.5   # the same folds, half the training articles',
  ]).action(
    async (
      dirs: string[],
      flags: {
        articles?: string;
        json?: boolean;
        errors?: boolean;
        classes?: boolean;
        cv?: string | boolean;
        seed?: string;
        nerModel?: string;
        foldNer?: string;
        trainFraction?: string;
      },
    ) => {
      if (flags.cv !== undefined) {
        const k = flags.cv === true ? 5 : Number(flags.cv);
        const seed = flags.seed === undefined ? DEFAULT_FIT.seed : Number(flags.seed);
        if (!Number.isInteger(k) || k < 2)
          throw new InputError(`--cv ${String(flags.cv)}`, 'K must be an integer ≥ 2');
        if (!Number.isInteger(seed))
          throw new InputError(`--seed ${flags.seed}`, 'the seed must be an integer');
        const trainFraction = flags.trainFraction === undefined ? 1 : Number(flags.trainFraction);
        if (!(trainFraction > 0 && trainFraction <= 1))
          throw new UsageError(
            `--train-fraction ${String(flags.trainFraction)}`,
            'the share must be a number in (0, 1]',
          );
        const nerModel =
          flags.nerModel === 'shipped' ? undefined : (flags.nerModel ?? CONLL_NER_MODEL);
        const goldDirs = dirs.length ? dirs : trainingGoldDirs();
        const foldModels =
          flags.foldNer === undefined ? undefined : foldNerFiles(flags.foldNer, k, seed);
        const articles = await prepareGold(goldDirs, { nerModel });
        const heldOutViews = foldModels && (await prepareFoldViews(goldDirs, foldModels));
        const report = crossValidate(
          articles,
          k,
          { ...DEFAULT_FIT, seed },
          { inSample: true, trainFraction, ...(heldOutViews ? { heldOutViews } : {}) },
        );
        const named = `the NER model ${nerModel ?? 'shipped with trama (trained on CoNLL-2002 and on these articles: entities are in-sample)'}`;
        const nerLine = foldModels
          ? `held-out folds: entities found with the fold's own NER model (${flags.foldNer}, trained without the fold); relation model trained on entities found with ${named}`
          : `entities found with ${named}`;
        process.stdout.write(
          flags.json
            ? `${JSON.stringify({ nerModel: nerModel ?? 'shipped', foldNerModels: foldModels ?? null, ...report }, null, 2)}\n`
            : `${nerLine}\n${formatCvReport(report)}\n`,
        );
        return;
      }
      const goldDirs = dirs.length ? dirs : [join(sharedDataDir(), 'news', 'gold')];
      const report = await evaluateGold(goldDirs, flags.articles);
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
        return;
      }
      process.stdout.write(`${formatGoldReport(report)}\n`);
      if (flags.classes) process.stdout.write(`\n${formatErrorClasses(report)}\n`);
      if (flags.errors) {
        for (const a of report.articles) {
          process.stdout.write(
            `\n## ${a.article}\n  missed entities: ${a.missedEntities.join('; ')}\n  spurious entities: ${a.spuriousEntities.join('; ')}\n  missed relations: ${a.missedRelations.join('; ')}\n  spurious relations: ${a.spuriousRelations.join('; ')}\n`,
          );
        }
      }
    },
  );
}

/** `findFoldNerModels` with its problem reported as a bad `--fold-ner` value. */
function foldNerFiles(dir: string, k: number, seed: number): string[] {
  try {
    return findFoldNerModels(dir, k, seed);
  } catch (e) {
    throw new UsageError(`--fold-ner ${dir}`, (e as Error).message);
  }
}

/** Extra `trama eval` sub-commands contributed by other modules (e.g. `conll`). */
export const EVAL_SUBCOMMANDS: Array<() => Command> = [goldCommand, evalConllCommand];

export const evalCommand: CliCommand = {
  register(program: Command) {
    const evalCmd = program.command('eval').description('measure extraction quality');
    addExamplesAndExitCodes(evalCmd, ['trama eval gold', 'trama eval conll FILE']);
    for (const make of EVAL_SUBCOMMANDS) evalCmd.addCommand(make());
  },
};
