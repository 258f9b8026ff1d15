/** trama's command-line entry point: builds the program from the registry and maps errors to exit codes. */
import { Command, CommanderError } from 'commander';
import { TramaError } from '../schema/index.js';
import { TRAMA_VERSION } from '../version.js';
import { COMMANDS } from './commands/index.js';
import { EXIT_INTERNAL, exitCodeFor } from './exit-codes.js';
import { addExamplesAndExitCodes } from './help.js';

export function buildProgram(): Command {
  const program = new Command('trama')
    .description('turn news articles into a typed, evidence-backed knowledge graph')
    .version(TRAMA_VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  for (const command of COMMANDS) command.register(program);
  addExamplesAndExitCodes(program, [
    'trama ingest my-articles/ --out my-graph.json',
    'trama serve --graph my-graph.json',
  ]);
  return program;
}

/** What the user reads for an error that reached the top level (commander prints its own). */
export function errorReport(error: unknown): string {
  if (error instanceof CommanderError) return '';
  const code = exitCodeFor(error);
  if (error instanceof TramaError && code !== EXIT_INTERNAL) return `trama: ${error.message}\n`;
  return `trama: internal error (exit ${EXIT_INTERNAL}; please report it with the command you ran): ${(error as Error)?.stack ?? String(error)}\n`;
}

export async function main(argv: readonly string[] = process.argv): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync([...argv]);
    return process.exitCode === undefined ? 0 : Number(process.exitCode);
  } catch (error) {
    process.stderr.write(errorReport(error));
    return exitCodeFor(error);
  }
}
