/** What every CLI command module provides to the registry (commands/index.ts). */
import type { Command } from 'commander';

export interface CliCommand {
  /** Adds the sub-command (with its options, help and action) to `program`. */
  register(program: Command): void;
}
