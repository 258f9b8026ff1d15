/** The part of every command's --help after its options: examples, then the exit codes. */
import type { Command } from 'commander';
import { exitCodesHelp } from './exit-codes.js';

export function addExamplesAndExitCodes(command: Command, examples: readonly string[]): Command {
  return command.addHelpText(
    'after',
    `\nExample${examples.length > 1 ? 's' : ''}:\n${examples.map((e) => `  ${e}`).join('\n')}\n\n${exitCodesHelp()}`,
  );
}
