import { SingleBar, Presets } from 'cli-progress';
import { Option, type Command } from 'commander';
import { serializeEnvelope } from '../../graph/index.js';
import { writeFileAtomic } from '../../io/atomic-write.js';
import { DEFAULT_GRAPH_PATH } from '../../paths.js';
import { ingestPaths } from '../../pipeline/index.js';
import { InputError } from '../../schema/index.js';
import {
  describeTarget,
  neo4jRequested,
  resolveNeo4jConfig,
  storeGraph,
  type Neo4jFlags,
} from '../../store/index.js';
import { addNeo4jConnectionOptions } from '../neo4j-options.js';
import { positiveNumber } from '../options.js';
import { formatSummary, summarize } from '../summary.js';
import type { CliCommand } from './types.js';

interface IngestFlags extends Neo4jFlags {
  out: string;
  lang: 'es' | 'en' | 'auto';
  format?: 'txt' | 'md' | 'html' | 'jsonl';
  skipBad?: boolean;
  maxFileMb: number;
  maxChars: number;
  json?: boolean;
  progress: boolean;
}

export const ingestCommand: CliCommand = {
  register(program: Command) {
    const command = program
      .command('ingest')
      .description(
        'Read articles (files, folders, "-" for stdin; txt, md, html, jsonl) and write the knowledge graph as trama JSON.',
      )
      .argument('<paths...>', 'files or folders to read; "-" reads stdin')
      .option(
        '-o, --out <file>',
        'where to write the graph JSON ("-" for stdout)',
        DEFAULT_GRAPH_PATH,
      )
      .addOption(
        new Option('--lang <lang>', 'article language')
          .choices(['es', 'en', 'auto'])
          .default('auto'),
      )
      .addOption(
        new Option(
          '--format <format>',
          'force the input format instead of choosing it by extension',
        ).choices(['txt', 'md', 'html', 'jsonl']),
      )
      .option('--skip-bad', 'report bad inputs but build the graph from the rest')
      .option(
        '--max-file-mb <n>',
        'largest input file read, in MiB',
        positiveNumber('--max-file-mb'),
        64,
      )
      .option(
        '--max-chars <n>',
        'largest article, in characters',
        positiveNumber('--max-chars'),
        2_000_000,
      )
      .option('--json', 'print the summary as JSON')
      .option('--no-progress', 'no progress bar')
      .option('--neo4j', 'also store the graph in Neo4j (implied by --neo4j-uri or NEO4J_URI)');
    addNeo4jConnectionOptions(command)
      .addHelpText(
        'after',
        '\nExit codes: 0 ok, 2 bad input (nothing written), 3 invalid graph, 4 service unreachable.\nExample:\n  trama ingest ../shared/data/news --out graph-data/news.json',
      )
      .action(async (paths: string[], flags: IngestFlags) => {
        const bar =
          flags.progress && process.stderr.isTTY
            ? new SingleBar(
                { stream: process.stderr, format: 'ingest [{bar}] {value}/{total} files | {file}' },
                Presets.shades_classic,
              )
            : undefined;
        let started = false;
        const result = await ingestPaths(paths, {
          language: flags.lang,
          ...(flags.format ? { format: flags.format } : {}),
          skipBad: Boolean(flags.skipBad),
          maxFileBytes: flags.maxFileMb * 1024 * 1024,
          maxChars: flags.maxChars,
          onProgress: (done, total, file) => {
            if (!bar || total < 2) return;
            if (!started) bar.start(total, 0, { file });
            started = true;
            bar.update(done, { file });
          },
        });
        bar?.stop();
        for (const failure of result.failures) process.stderr.write(`trama: ${failure.message}\n`);
        if (result.failures.length > 0 && !flags.skipBad) {
          throw new InputError(
            result.failures[0]!.file,
            `${result.failures[0]!.problem} — nothing was written`,
          );
        }
        if (result.articles.length === 0)
          throw new InputError(paths.join(' '), 'no readable articles — nothing was written');
        const json = serializeEnvelope(result.envelope);
        if (flags.out === '-')
          await new Promise<void>((done, fail) =>
            process.stdout.write(json, (e) => (e ? fail(e) : done())),
          );
        else await writeFileAtomic(flags.out, json);
        const summary = summarize(result.envelope, result.tokens, result.elapsedMs / 1000);
        let stored = '';
        let storeSummary: Awaited<ReturnType<typeof storeGraph>> | undefined;
        if (neo4jRequested(flags)) {
          // Each article is one transaction: a failure leaves whole articles, and a re-run completes it.
          const config = resolveNeo4jConfig(flags);
          storeSummary = await storeGraph(config, result.envelope);
          stored = `stored:     ${describeTarget(config)} — ${storeSummary.articles} articles, ${storeSummary.relations} relations (${(storeSummary.ms / 1000).toFixed(2)} s)\n`;
        }
        const report = flags.json
          ? `${JSON.stringify({ out: flags.out, ...summary, ...(storeSummary ? { neo4j: storeSummary } : {}) }, null, 2)}\n`
          : `${formatSummary(summary)}\nwrote:      ${flags.out}\n${stored}`;
        (flags.out === '-' ? process.stderr : process.stdout).write(report);
        if (result.failures.length > 0) process.exitCode = 2;
      });
  },
};
