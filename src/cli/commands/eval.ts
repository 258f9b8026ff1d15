import { join } from 'node:path';
import { Command } from 'commander';
import { countErrorKinds, evaluateGold, type GoldReport } from '../../eval/gold/index.js';
import { sharedDataDir } from '../../paths.js';
import { evalConllCommand } from './eval-conll.js';
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

function goldCommand(): Command {
  return new Command('gold')
    .description(
      'Score the pipeline against hand-made gold files: entity P/R/F1 (name or alias, coarse type) and relation P/R/F1 (unordered pair + category).',
    )
    .argument('[dir]', 'folder of gold .json files', join(sharedDataDir(), 'news', 'gold'))
    .option('--articles <dir>', "folder with the article texts (default: the gold folder's parent)")
    .option('--json', 'machine-readable report with per-article errors')
    .option('--errors', 'list missed and spurious entities and relations per article')
    .option(
      '--classes',
      'count entity errors by class (type, boundary, split, merge, spurious, missed) and list them',
    )
    .action(
      async (
        dir: string,
        flags: { articles?: string; json?: boolean; errors?: boolean; classes?: boolean },
      ) => {
        const report = await evaluateGold(dir, flags.articles);
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

/** Extra `trama eval` sub-commands contributed by other modules (e.g. `conll`). */
export const EVAL_SUBCOMMANDS: Array<() => Command> = [goldCommand, evalConllCommand];

export const evalCommand: CliCommand = {
  register(program: Command) {
    const evalCmd = program.command('eval').description('Measure extraction quality.');
    for (const make of EVAL_SUBCOMMANDS) evalCmd.addCommand(make());
  },
};
