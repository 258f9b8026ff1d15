/** `trama query "CYPHER"`: run Cypher against the graph in Neo4j (read-only unless --write). */
import type { Command } from 'commander';
import { InputError } from '../../schema/index.js';
import {
  formatQueryResult,
  isQueryFormat,
  parseParam,
  QUERY_FORMATS,
  runQuery,
} from '../../query/index.js';
import { resolveNeo4jConfig, type Neo4jFlags } from '../../store/index.js';
import { addNeo4jConnectionOptions } from '../neo4j-options.js';
import type { CliCommand } from './types.js';

function collectParam(value: string, previous: Record<string, unknown>): Record<string, unknown> {
  try {
    const [key, parsed] = parseParam(value);
    return { ...previous, [key]: parsed };
  } catch (error) {
    throw new InputError('--param', (error as Error).message);
  }
}

export const queryCommand: CliCommand = {
  register(program: Command) {
    const command = program
      .command('query')
      .description('run a Cypher query against the trama graph in Neo4j (read-only by default)')
      .argument(
        '<cypher>',
        'the Cypher query; pass values with --param, never by pasting them into the text',
      )
      .option(
        '-p, --param <k=v>',
        'query parameter $k (value read as JSON when it parses, else as text); repeatable',
        collectParam,
        {},
      )
      .option(
        '-f, --format <format>',
        `output format: ${Object.keys(QUERY_FORMATS).join(', ')}`,
        'table',
      )
      .option('--write', 'allow the query to write (default: the server refuses writes)');
    addNeo4jConnectionOptions(command).action(
      async (
        cypher: string,
        opts: Neo4jFlags & { param: Record<string, unknown>; format: string; write?: boolean },
      ) => {
        if (!isQueryFormat(opts.format))
          throw new InputError(
            '--format',
            `unknown format ${JSON.stringify(opts.format)} (use ${Object.keys(QUERY_FORMATS).join(', ')})`,
          );
        const config = resolveNeo4jConfig(opts, process.env);
        const outcome = await runQuery(config, cypher, opts.param, { write: opts.write ?? false });
        process.stdout.write(formatQueryResult(outcome, opts.format));
        const updates = Object.entries(outcome.updates);
        if (updates.length)
          process.stderr.write(`${updates.map(([k, n]) => `${k}: ${n}`).join(', ')}\n`);
      },
    );
  },
};
