/**
 * The CLI command registry. Each command lives in its own module and registers itself on the
 * program; adding a command is one line here.
 */
import type { CliCommand } from './types.js';
import { evalCommand } from './eval.js';
import { exportCommand } from './export.js';
import { ingestCommand } from './ingest.js';
import { serveCommand } from './serve.js';
import { neo4jCommand } from './neo4j.js';
import { queryCommand } from './query.js';

export const COMMANDS: readonly CliCommand[] = [
  ingestCommand,
  exportCommand,
  evalCommand,
  serveCommand,
  neo4jCommand,
  queryCommand,
];

export type { CliCommand } from './types.js';
