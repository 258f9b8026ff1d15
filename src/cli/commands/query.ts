/** `trama query "CYPHER"` or `trama query --example NAME`: Cypher against the graph in Neo4j (read-only unless --write). */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { UsageError } from '../../schema/index.js';
import {
  EXAMPLE_QUERIES,
  exampleQuery,
  formatQueryResult,
  parseParam,
  QUERY_FORMATS,
  runQuery,
  type QueryFormat,
} from '../../query/index.js';
import { resolveNeo4jConfig, type Neo4jFlags } from '../../store/index.js';
import { addExamplesAndExitCodes } from '../help.js';
import { addNeo4jConnectionOptions } from '../neo4j-options.js';
import type { CliCommand } from './types.js';

function collectParam(
  value: string,
  previous: Record<string, unknown> | undefined,
): Record<string, unknown> {
  try {
    const [key, parsed] = parseParam(value);
    return { ...previous, [key]: parsed };
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

interface QueryFlags extends Neo4jFlags {
  param?: Record<string, unknown>;
  format: QueryFormat;
  write?: boolean;
  example?: string;
  listExamples?: boolean;
}

export function listExamples(): string {
  return `${EXAMPLE_QUERIES.map(
    (q) =>
      `${q.name.padEnd(26)} ${q.description}${
        Object.keys(q.params).length
          ? `\n${''.padEnd(27)}parameters: ${Object.entries(q.params)
              .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
              .join(' ')}`
          : ''
      }`,
  ).join('\n')}\n`;
}

/** The Cypher and parameters to run: the text given, or a named example with --param overriding its values. */
export function chooseQuery(
  cypher: string | undefined,
  flags: Pick<QueryFlags, 'example' | 'param'>,
): { cypher: string; params: Record<string, unknown> } {
  if (flags.example !== undefined) {
    if (cypher !== undefined)
      throw new UsageError('--example', 'give either a Cypher query or --example NAME, not both');
    const example = exampleQuery(flags.example);
    if (!example)
      throw new UsageError(
        '--example',
        `no example named ${JSON.stringify(flags.example)} (trama query --list-examples shows them: ${EXAMPLE_QUERIES.map((q) => q.name).join(', ')})`,
      );
    return { cypher: example.cypher, params: { ...example.params, ...flags.param } };
  }
  if (cypher === undefined || cypher.trim() === '')
    throw new UsageError('query', 'give a Cypher query, or --example NAME (see --list-examples)');
  return { cypher, params: flags.param ?? {} };
}

export const queryCommand: CliCommand = {
  register(program: Command) {
    const command = program
      .command('query')
      .description('run a Cypher query against the trama graph in Neo4j (read-only by default)')
      .argument(
        '[cypher]',
        'the Cypher query; pass values with --param, never by pasting them into the text',
      )
      .option(
        '-p, --param <k=v>',
        'query parameter $k (value read as JSON when it parses, else as text); repeatable',
        collectParam,
      )
      .option('-e, --example <name>', 'run a named example query (see --list-examples)')
      .option('--list-examples', 'list the example queries with their parameters, and exit')
      .addOption(
        new Option('-f, --format <format>', 'output format')
          .choices(Object.keys(QUERY_FORMATS))
          .default('table'),
      )
      .option('--write', 'allow the query to write (default: the server refuses writes)');
    addNeo4jConnectionOptions(command);
    addExamplesAndExitCodes(command, [
      'trama query --list-examples',
      'trama query --example who-met-whom',
      "trama query --example neighbourhood --param 'name=Ana Pérez'",
      'trama query "MATCH (p:Person)-[:MET_WITH]->(q) RETURN p.name, q.name" --format csv',
    ]);
    command.action(async (cypher: string | undefined, flags: QueryFlags) => {
      if (flags.listExamples) {
        process.stdout.write(listExamples());
        return;
      }
      const chosen = chooseQuery(cypher, flags);
      const config = resolveNeo4jConfig(flags, process.env);
      const outcome = await runQuery(config, chosen.cypher, chosen.params, {
        write: flags.write ?? false,
      });
      process.stdout.write(formatQueryResult(outcome, flags.format));
      if (outcome.rows.length === 0)
        process.stderr.write(
          `(no rows${Object.keys(chosen.params).length ? `; check the parameters: ${JSON.stringify(chosen.params)} — names must match the graph exactly` : ''})\n`,
        );
      const updates = Object.entries(outcome.updates);
      if (updates.length)
        process.stderr.write(`${updates.map(([k, n]) => `${k}: ${n}`).join(', ')}\n`);
    });
  },
};
