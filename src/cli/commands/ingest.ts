import { availableParallelism } from 'node:os';
import { SingleBar, Presets } from 'cli-progress';
import { Option, type Command } from 'commander';
import { SpillAssembler, envelopeText, fromEnvelope, toEnvelope } from '../../graph/index.js';
import { describeSkipped } from '../../ingest/index.js';
import { writeChunks, writeChunksAtomic } from '../../io/atomic-write.js';
import { DEFAULT_GRAPH_PATH } from '../../paths.js';
import { ingestPaths } from '../../pipeline/index.js';
import { InputError, UsageError, applyMerges } from '../../schema/index.js';
import { neo4jRequested, resolveNeo4jConfig, type Neo4jFlags } from '../../store/index.js';
import { addExamplesAndExitCodes } from '../help.js';
import { addNeo4jConnectionOptions } from '../neo4j-options.js';
import { checkNeo4jReachable, storeWithProgress } from '../neo4j-store.js';
import { positiveNumber } from '../options.js';
import { readMergesFile } from '../merges-file.js';
import { chooseLowMemory, inputBytes } from '../low-memory.js';
import { guardOverwrite } from '../overwrite-guard.js';
import { formatSummary, summarizeGraph, summarizeTally } from '../summary.js';
import type { CliCommand } from './types.js';

interface IngestFlags extends Neo4jFlags {
  out: string;
  lang: 'es' | 'en' | 'auto';
  format?: 'txt' | 'md' | 'html' | 'jsonl';
  include?: string[];
  exclude?: string[];
  skipBad?: boolean;
  force?: boolean;
  maxFileMb: number;
  maxChars: number;
  json?: boolean;
  progress: boolean;
  merges?: string;
  pretty?: boolean;
  jobs: number;
  lowMemory?: boolean;
}

const collect = (value: string, previous: string[] | undefined): string[] => [
  ...(previous ?? []),
  value,
];

export const ingestCommand: CliCommand = {
  register(program: Command) {
    const command = program
      .command('ingest')
      .description(
        'read articles (files, folders, "-" for stdin; txt, md, html, jsonl) and write the knowledge graph as trama JSON',
      )
      .argument('<paths...>', 'files or folders to read; "-" reads stdin')
      .option(
        '-o, --out <file>',
        'where to write the graph JSON ("-" for stdout; the default is git-ignored)',
        DEFAULT_GRAPH_PATH,
      )
      .option('--force', 'replace --out even when it holds a graph of other articles')
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
      .option(
        '--include <glob>',
        'in folders, read only files matching the glob (path inside the folder, or a base name); repeatable',
        collect,
      )
      .option(
        '--exclude <glob>',
        'in folders, do not read files matching the glob; repeatable',
        collect,
      )
      .option('--skip-bad', 'report bad inputs but build the graph from the rest (exit 0)')
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
      .option(
        '--jobs <n>',
        'threads extracting in parallel: this one and n-1 workers (the graph is the same for any n)',
        positiveNumber('--jobs'),
        availableParallelism(),
      )
      .option('--pretty', 'indent the graph JSON (default: compact, one line)')
      .option(
        '--low-memory',
        'assemble the graph in temporary files instead of memory, so memory stays bounded for any number of articles (the same file; not with --merges or --neo4j, which need the whole graph); the default above 16 MiB of input',
      )
      .option('--no-low-memory', 'assemble the graph in memory whatever the size of the input')
      .option(
        '--merges <file>',
        'apply a merge list ("these two nodes are one entity", exported by the viewer) to the graph',
      )
      .option('--json', 'print the summary as JSON')
      .option('--no-progress', 'no progress bar')
      .option('--neo4j', 'also store the graph in Neo4j (implied by --neo4j-uri or NEO4J_URI)');
    addNeo4jConnectionOptions(command);
    addExamplesAndExitCodes(command, [
      'trama ingest ../shared/data/news --out news.json   # README, LICENSE, ... in folders are skipped',
      "trama ingest notes/ --include '*.txt' --exclude 'drafts/**'",
      'trama ingest article.txt --neo4j',
      'trama ingest archive/ --low-memory --out archive.json   # memory bounded for any number of articles',
    ]);
    command.action(async (paths: string[], flags: IngestFlags) => {
      const neo4jConfig = neo4jRequested(flags) ? resolveNeo4jConfig(flags) : undefined;
      const needsWholeGraph = Boolean(flags.merges || neo4jConfig);
      if (flags.lowMemory === true && needsWholeGraph)
        throw new UsageError(
          '--low-memory',
          `cannot be combined with ${flags.merges ? '--merges' : '--neo4j'}, which needs the whole graph in memory`,
        );
      // An unreachable Neo4j is reported before any work, and nothing is written.
      if (neo4jConfig) await checkNeo4jReachable(neo4jConfig);
      // Read before ingesting: a bad merge list stops the run before any work and writes nothing.
      const merges = flags.merges ? await readMergesFile(flags.merges) : null;
      const showProgress = flags.progress && process.stderr.isTTY;
      const bar = showProgress
        ? new SingleBar(
            { stream: process.stderr, format: 'ingest [{bar}] {value}/{total} files | {file}' },
            Presets.shades_classic,
          )
        : undefined;
      // --low-memory (asked, or chosen for a large input): assembly in temporary files, removed
      // whatever happens.
      const choice = chooseLowMemory(
        flags.lowMemory,
        flags.lowMemory === undefined && !needsWholeGraph
          ? await inputBytes(paths, {
              ...(flags.include ? { include: flags.include } : {}),
              ...(flags.exclude ? { exclude: flags.exclude } : {}),
            })
          : 0,
        needsWholeGraph,
      );
      if (choice.note && !flags.json) process.stderr.write(`trama: ${choice.note}\n`);
      const spill = choice.lowMemory ? new SpillAssembler() : undefined;
      try {
        let started = false;
        const ingested = await ingestPaths(paths, {
          language: flags.lang,
          ...(flags.format ? { format: flags.format } : {}),
          ...(flags.include ? { include: flags.include } : {}),
          ...(flags.exclude ? { exclude: flags.exclude } : {}),
          skipBad: Boolean(flags.skipBad),
          maxFileBytes: flags.maxFileMb * 1024 * 1024,
          maxChars: flags.maxChars,
          jobs: Math.floor(flags.jobs),
          ...(spill ? { spill } : {}),
          onProgress: (done, total, file) => {
            if (!bar || total < 2) return;
            if (!started) bar.start(total, 0, { file });
            started = true;
            bar.update(done, { file });
          },
        });
        bar?.stop();
        const merged = merges ? applyMerges(ingested.envelope, merges.merges) : null;
        for (const { merge, reason } of merged?.skipped ?? [])
          process.stderr.write(
            `trama: ${flags.merges}: merge ${merge.from} into ${merge.into} skipped: ${reason}\n`,
          );
        if (merged && merges)
          process.stderr.write(
            `trama: ${flags.merges}: ${merged.applied.length} of ${merges.merges.length} merges applied\n`,
          );
        const result = ingested;
        const bad = result.failures.length;
        // Every bad input is reported once; without --skip-bad the last one carries the verdict.
        const reported = flags.skipBad ? result.failures : result.failures.slice(0, -1);
        for (const failure of reported) process.stderr.write(`trama: ${failure.message}\n`);
        if (bad > 0 && !flags.skipBad) {
          const last = result.failures.at(-1)!;
          throw new InputError(
            last.file,
            `${last.problem} — nothing was written (${bad === 1 ? '1 bad input' : `${bad} bad inputs`}; fix ${bad === 1 ? 'it' : 'them'}, or pass --skip-bad to build the graph from the rest)`,
          );
        }
        if (result.articleCount === 0)
          throw new InputError(paths.join(' '), 'no readable articles — nothing was written');
        await guardOverwrite(flags.out, result.articles, Boolean(flags.force));
        // The file is written piece by piece: the graph is never one string (compact unless --pretty).
        const graph = merged ? fromEnvelope(merged.envelope, 'ingest --merges') : result.graph;
        const text = spill
          ? spill.envelopeText('ingest', { pretty: Boolean(flags.pretty) })
          : envelopeText(graph, 'ingest', { pretty: Boolean(flags.pretty) });
        if (flags.out === '-') await writeChunks(process.stdout, text);
        else await writeChunksAtomic(flags.out, text);
        const summary = spill
          ? summarizeTally(spill.tally, result.tokens, result.elapsedMs / 1000)
          : summarizeGraph(graph, result.tokens, result.elapsedMs / 1000);
        // With --out - the graph goes to stdout, so the report goes to stderr.
        const say = (text: string) =>
          (flags.out === '-' ? process.stderr : process.stdout).write(text);
        const notes = [
          ...(result.skipped.length ? [`skipped:    ${describeSkipped(result.skipped)}`] : []),
          ...(bad ? [`bad inputs: ${bad} not read (listed above; --skip-bad)`] : []),
        ];
        if (!flags.json)
          say(
            `${formatSummary(summary)}\n${notes.map((n) => `${n}\n`).join('')}wrote:      ${flags.out}\n`,
          );
        const stored = neo4jConfig
          ? await storeWithProgress(neo4jConfig, toEnvelope(graph, 'ingest'), result.articles, {
              progress: showProgress,
              log: (line) => (flags.json ? undefined : say(line)),
            })
          : undefined;
        if (flags.json)
          say(
            `${JSON.stringify(
              {
                out: flags.out,
                ...summary,
                skipped: result.skipped,
                badInputs: result.failures.map((f) => ({ file: f.file, problem: f.problem })),
                ...(stored ? { neo4j: stored } : {}),
              },
              null,
              2,
            )}\n`,
          );
      } finally {
        spill?.close();
      }
    });
  },
};
