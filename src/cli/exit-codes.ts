/**
 * The one table of exit codes: what each means (README and every command's --help print it from
 * here) and which errors map to it. Adding an error class means adding it to a row.
 */
import { CommanderError } from 'commander';
import {
  InputError,
  InvariantError,
  OutputError,
  SchemaError,
  ServiceError,
  UsageError,
} from '../schema/index.js';

type ErrorClass = abstract new (...args: never[]) => Error;

export interface ExitCodeRow {
  code: number;
  meaning: string;
  errors: readonly ErrorClass[];
}

export const EXIT_CODES: readonly ExitCodeRow[] = [
  {
    code: 0,
    meaning: 'ok (also when --skip-bad skipped bad files: the summary lists them)',
    errors: [],
  },
  {
    code: 1,
    meaning: 'usage error: unknown command or option, bad option value',
    errors: [UsageError],
  },
  {
    code: 2,
    meaning:
      'bad input or output path: unreadable article, unwritable --out, a non-empty database for neo4j import without --force (nothing written)',
    errors: [InputError, OutputError],
  },
  { code: 3, meaning: 'invalid graph file', errors: [SchemaError] },
  {
    code: 4,
    meaning: 'service unavailable: Neo4j unreachable or not running, port already in use',
    errors: [ServiceError],
  },
  { code: 70, meaning: 'internal error (a bug: please report it)', errors: [InvariantError] },
];

export const EXIT_OK = 0;
export const EXIT_USAGE = 1;
export const EXIT_INTERNAL = 70;

/** The exit code for an error that reached the CLI's top level. */
export function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode; // 0 for --help/--version, else 1
  for (const row of EXIT_CODES)
    if (row.errors.some((type) => error instanceof type)) return row.code;
  return EXIT_INTERNAL;
}

/** The table as help text: "Exit codes:" and one line per row. */
export function exitCodesHelp(): string {
  return `Exit codes:\n${EXIT_CODES.map((r) => `  ${String(r.code).padStart(2)}  ${r.meaning}`).join('\n')}`;
}

/** The table as Markdown, for the README. */
export function exitCodesMarkdown(): string {
  return [
    '| code | meaning |',
    '|---:|---|',
    ...EXIT_CODES.map((r) => `| ${r.code} | ${r.meaning} |`),
  ].join('\n');
}
