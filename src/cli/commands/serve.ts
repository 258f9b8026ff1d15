/** `trama serve`: serve the built viewer and the graph API on a local port. */
import type { Command } from 'commander';
import { InputError, UsageError } from '../../schema/index.js';
import {
  BUILD_VIEWER_HINT,
  defaultViewerDir,
  isViewerBuilt,
  startServer,
  type QueryRunner,
} from '../../server/index.js';
import { DEFAULT_GRAPH_PATH } from '../../paths.js';
import { createQueryRunner } from '../../query/index.js';
import { neo4jRequested, resolveNeo4jConfig, type Neo4jFlags } from '../../store/index.js';
import { addExamplesAndExitCodes } from '../help.js';
import { readGraphFile } from '../io.js';
import { addNeo4jConnectionOptions } from '../neo4j-options.js';
import type { CliCommand } from './types.js';

export const DEFAULT_PORT = 8765;

export interface ServeDependencies {
  /** Opens the read-only Cypher runner, or resolves to null when no Neo4j is configured. */
  openQueryRunner(flags: Neo4jFlags): Promise<QueryRunner | null>;
}

interface ServeFlags extends Neo4jFlags {
  graph: string;
  port: string;
  host: string;
}

export function parsePort(value: string): number {
  const port = /^\d{1,5}$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (!Number.isInteger(port) || port > 65535) {
    throw new UsageError(
      '--port',
      `expected an integer from 0 to 65535, got ${JSON.stringify(value)}`,
    );
  }
  return port;
}

export function createServeCommand(deps: ServeDependencies): CliCommand {
  return {
    register(program: Command) {
      const command = program
        .command('serve')
        .description('serve the interactive viewer and the graph API (binds 127.0.0.1 by default)')
        .option('--graph <file>', 'trama graph file to serve', DEFAULT_GRAPH_PATH)
        .option('--port <n>', 'port to listen on (0 picks a free one)', String(DEFAULT_PORT))
        .option('--host <host>', 'address to bind', '127.0.0.1')
        .option(
          '--neo4j',
          'enable the Cypher panel against Neo4j (implied by --neo4j-uri or NEO4J_URI)',
        );
      addNeo4jConnectionOptions(command);
      addExamplesAndExitCodes(command, [
        'trama serve --graph my-graph.json',
        'trama serve --port 0            # any free port; the URL is printed',
        'trama serve --neo4j             # with the Cypher panel',
      ]);
      command.action(async (flags: ServeFlags) => {
        const port = parsePort(flags.port);
        // A missing or invalid graph is refused here, not discovered later in the browser.
        await readGraphFile(flags.graph);
        const viewerDir = defaultViewerDir();
        if (!isViewerBuilt(viewerDir)) {
          throw new InputError(viewerDir, `the viewer is not built; ${BUILD_VIEWER_HINT}`);
        }
        const queryRunner = await deps.openQueryRunner(flags);
        const server = await startServer({
          graphPath: flags.graph,
          port,
          host: flags.host,
          queryRunner,
          viewerDir,
        });
        // One write: a reader that waits for the URL line gets the graph line with it.
        process.stdout.write(
          `trama viewer: ${server.url}${port === 0 ? `  (port ${server.port})` : ''}\n` +
            `  graph: ${flags.graph}${queryRunner ? '' : '  (no Neo4j: the Cypher panel is off)'}\n` +
            '  press Ctrl+C to stop\n',
        );
        await new Promise<void>((done) => {
          const stop = () => {
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
            void server.close().then(done);
          };
          process.on('SIGINT', stop);
          process.on('SIGTERM', stop);
        });
      });
    },
  };
}

/** The Cypher panel uses the same read-only runner as `trama query`, when Neo4j is configured. */
export const serveCommand: CliCommand = createServeCommand({
  openQueryRunner: async (flags) =>
    neo4jRequested(flags) ? createQueryRunner(resolveNeo4jConfig(flags)) : null,
});
