/** trama's command-line entry point: builds the program from the registry and maps errors to exit codes. */
import { Command, CommanderError } from 'commander';
import { TramaError } from '../schema/index.js';
import { TRAMA_VERSION } from '../version.js';
import { COMMANDS } from './commands/index.js';

export function buildProgram(): Command {
  const program = new Command('trama')
    .description('Turn news articles into a typed, evidence-backed knowledge graph.')
    .version(TRAMA_VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  for (const command of COMMANDS) command.register(program);
  return program;
}

export async function main(argv: readonly string[] = process.argv): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync([...argv]);
    return process.exitCode === undefined ? 0 : Number(process.exitCode);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version throw with exit code 0; usage errors already printed their message.
      return error.exitCode;
    }
    if (error instanceof TramaError) {
      process.stderr.write(`trama: ${error.message}\n`);
      return error.exitCode;
    }
    process.stderr.write(`trama: unexpected error: ${(error as Error)?.stack ?? String(error)}\n`);
    return 70;
  }
}
