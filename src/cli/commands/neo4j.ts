/** `trama neo4j start|stop|status|import`: a local Neo4j Community server without Docker. */
import type { Command } from 'commander';
import { ServiceError } from '../../schema/index.js';
import {
  DEFAULT_BOLT_PORT,
  DEFAULT_HTTP_PORT,
  defaultDataDir,
  neo4jStatus,
  startNeo4j,
  stopNeo4j,
} from '../../neo4j/index.js';
import { addExamplesAndExitCodes } from '../help.js';
import { portNumber } from '../options.js';
import { registerNeo4jImport } from './neo4j-import.js';
import { resolveNeo4jConfig, warmUpStore } from '../../store/index.js';
import type { CliCommand } from './types.js';

const log = (line: string) => process.stderr.write(`${line}\n`);

export const neo4jCommand: CliCommand = {
  register(program: Command) {
    const neo4j = program
      .command('neo4j')
      .description(
        'run a local Neo4j Community server (assembled from Maven Central; needs Java 17+ and, once, Maven)',
      );

    addExamplesAndExitCodes(neo4j, [
      'trama neo4j start',
      'trama neo4j status',
      'trama neo4j import graph-data/graph.json',
      'trama neo4j stop',
    ]);
    const start = neo4j
      .command('start')
      .description('start Neo4j on 127.0.0.1, wait until it answers, print its Bolt URI')
      .option('--data-dir <dir>', 'data folder (conf, data, logs)', defaultDataDir())
      .option(
        '--bolt-port <port>',
        'port for Bolt (0 = any free port)',
        portNumber('--bolt-port'),
        DEFAULT_BOLT_PORT,
      )
      .option(
        '--http-port <port>',
        'port for HTTP (0 = any free port)',
        portNumber('--http-port'),
        DEFAULT_HTTP_PORT,
      )
      .option('--heap <size>', 'JVM heap, e.g. 768m or 2g (default TRAMA_NEO4J_HEAP or 768m)')
      .option('--foreground', 'stay attached; stop the server on Ctrl-C or SIGTERM')
      .option('--no-warm-up', 'report the server up without warming it up for the first ingest');
    addExamplesAndExitCodes(start, [
      'trama neo4j start',
      'trama neo4j start --data-dir /tmp/neo4j-test --bolt-port 0 --http-port 0',
    ]);
    start.action(
      async (opts: {
        dataDir: string;
        boltPort: number;
        httpPort: number;
        heap?: string;
        foreground?: boolean;
        warmUp: boolean;
      }) => {
        const server = await startNeo4j({
          dataDir: opts.dataDir,
          boltPort: opts.boltPort,
          httpPort: opts.httpPort,
          ...(opts.heap ? { heap: opts.heap } : {}),
          detached: !opts.foreground,
          onProgress: log,
        });
        // The first queries of a fresh server are slow (Cypher stack loading, one plan per write
        // statement): pay for them here, where the user already waits, not in the first ingest.
        if (opts.warmUp) {
          log('Warming up: constraints, indexes and the write statements trama uses...');
          const config = resolveNeo4jConfig(
            { neo4jUri: server.uri, neo4jUser: server.username, neo4jPassword: server.password },
            {},
          );
          const warm = await warmUpStore(config, (done, total) => {
            if (done % 20 === 0 || done === total) log(`  ... ${done}/${total} statements planned`);
          });
          log(`Warmed up in ${(warm.ms / 1000).toFixed(1)} s.`);
        }
        process.stdout.write(`${server.uri}\n`);
        log(
          `user: ${server.username}  password: from NEO4J_PASSWORD (default trama-dev-password)  browser: ${server.httpUri}`,
        );
        if (!opts.foreground) {
          log(
            `stop it with: trama neo4j stop${opts.dataDir === defaultDataDir() ? '' : ` --data-dir ${opts.dataDir}`}`,
          );
          return;
        }
        await new Promise<void>((resolvePromise) => {
          const shutdown = () => {
            log('stopping Neo4j...');
            server.stop().then(resolvePromise, resolvePromise);
          };
          process.once('SIGINT', shutdown);
          process.once('SIGTERM', shutdown);
        });
        log('Neo4j stopped.');
      },
    );

    const stop = neo4j
      .command('stop')
      .description('stop the Neo4j of a data folder (clean shutdown, killed after 60 s)')
      .option('--data-dir <dir>', 'data folder', defaultDataDir());
    addExamplesAndExitCodes(stop, [
      'trama neo4j stop',
      'trama neo4j stop --data-dir /tmp/neo4j-test',
    ]);
    stop.action(async (opts: { dataDir: string }) => {
      const result = await stopNeo4j(opts.dataDir);
      if (!result.stopped) log(`no Neo4j running on ${opts.dataDir}`);
      else log(`Neo4j (pid ${result.pid}) stopped${result.clean ? '' : ' (it had to be killed)'}.`);
    });

    const status = neo4j
      .command('status')
      .description('tell whether the Neo4j of a data folder runs (exit 0) or not (exit 4)')
      .option('--data-dir <dir>', 'data folder', defaultDataDir())
      .option('--json', 'print the status as JSON');
    addExamplesAndExitCodes(status, ['trama neo4j status', 'trama neo4j status --json']);
    status.action((opts: { dataDir: string; json?: boolean }) => {
      const state = neo4jStatus(opts.dataDir);
      if (opts.json) process.stdout.write(`${JSON.stringify(state, null, 2)}\n`);
      else if (state.running)
        process.stdout.write(
          `running: ${state.uri} (pid ${state.pid}, Neo4j ${state.version}, since ${state.startedAt}, data ${state.dataDir})\n`,
        );
      if (!state.running)
        throw new ServiceError(
          `no Neo4j running on ${state.dataDir} (start one with: trama neo4j start)`,
        );
    });

    registerNeo4jImport(neo4j);
  },
};
