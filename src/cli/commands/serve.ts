/** `trama serve`: serve the built viewer and the graph API on a local port. */
import type { Command } from 'commander';
import { InputError } from '../../schema/errors.js';
import { BUILD_VIEWER_HINT, defaultViewerDir, isViewerBuilt, startServer, type QueryRunner } from '../../server/index.js';
import type { CliCommand } from './index.js';

export const DEFAULT_GRAPH_PATH = 'graph-data/graph.json';
export const DEFAULT_PORT = 8765;

export interface ServeDependencies {
  /** Opens the read-only Cypher runner, or resolves to null when no Neo4j is configured. */
  openQueryRunner(): Promise<QueryRunner | null>;
}

interface ServeFlags {
  graph: string;
  port: string;
  host: string;
}

export function parsePort(value: string): number {
  const port = /^\d{1,5}$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (!Number.isInteger(port) || port > 65535) {
    throw new InputError('--port', `expected an integer from 0 to 65535, got ${JSON.stringify(value)}`);
  }
  return port;
}

export function createServeCommand(deps: ServeDependencies): CliCommand {
  return {
    register(program: Command) {
      program
        .command('serve')
        .description('Serve the interactive viewer and the graph API (binds 127.0.0.1 by default).')
        .option('--graph <file>', 'trama graph file to serve', DEFAULT_GRAPH_PATH)
        .option('--port <n>', 'port to listen on (0 picks a free one)', String(DEFAULT_PORT))
        .option('--host <host>', 'address to bind', '127.0.0.1')
        .action(async (flags: ServeFlags) => {
          const port = parsePort(flags.port);
          const viewerDir = defaultViewerDir();
          if (!isViewerBuilt(viewerDir)) {
            throw new InputError(viewerDir, `the viewer is not built; ${BUILD_VIEWER_HINT}`);
          }
          const queryRunner = await deps.openQueryRunner();
          const server = await startServer({ graphPath: flags.graph, port, host: flags.host, queryRunner, viewerDir });
          process.stdout.write(`trama viewer: ${server.url}\n`);
          process.stdout.write(`  graph: ${flags.graph}${queryRunner ? '' : '  (no Neo4j: the Cypher panel is off)'}\n`);
          process.stdout.write('  press Ctrl+C to stop\n');
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

/** The lead wires the Neo4j read-only runner here. */
export const serveCommand: CliCommand = createServeCommand({ openQueryRunner: async () => null });
