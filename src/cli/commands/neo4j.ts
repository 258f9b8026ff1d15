/** `trama neo4j start|stop|status`: a local Neo4j Community server without Docker. */
import type { Command } from 'commander';
import { InputError } from '../../schema/index.js';
import {
  DEFAULT_BOLT_PORT,
  DEFAULT_HTTP_PORT,
  defaultDataDir,
  neo4jStatus,
  startNeo4j,
  stopNeo4j,
} from '../../neo4j/index.js';
import type { CliCommand } from './types.js';

function parsePort(flag: string) {
  return (value: string): number => {
    const port = Number(value);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new InputError(flag, `not a port number: ${JSON.stringify(value)}`);
    return port;
  };
}

const log = (line: string) => process.stderr.write(`${line}\n`);

export const neo4jCommand: CliCommand = {
  register(program: Command) {
    const neo4j = program
      .command('neo4j')
      .description(
        'run a local Neo4j Community server (assembled from Maven Central; needs Java 17+ and, once, Maven)',
      );

    neo4j
      .command('start')
      .description('start Neo4j on 127.0.0.1, wait until it answers, print its Bolt URI')
      .option('--data-dir <dir>', 'data folder (conf, data, logs)', defaultDataDir())
      .option(
        '--bolt-port <port>',
        'Bolt port (0 = any free port)',
        parsePort('--bolt-port'),
        DEFAULT_BOLT_PORT,
      )
      .option(
        '--http-port <port>',
        'HTTP port (0 = any free port)',
        parsePort('--http-port'),
        DEFAULT_HTTP_PORT,
      )
      .option('--heap <size>', 'JVM heap, e.g. 768m or 2g (default TRAMA_NEO4J_HEAP or 768m)')
      .option('--foreground', 'stay attached; stop the server on Ctrl-C or SIGTERM')
      .action(
        async (opts: {
          dataDir: string;
          boltPort: number;
          httpPort: number;
          heap?: string;
          foreground?: boolean;
        }) => {
          const server = await startNeo4j({
            dataDir: opts.dataDir,
            boltPort: opts.boltPort,
            httpPort: opts.httpPort,
            ...(opts.heap ? { heap: opts.heap } : {}),
            detached: !opts.foreground,
            onProgress: log,
          });
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

    neo4j
      .command('stop')
      .description('stop the Neo4j of a data folder (clean shutdown, killed after 60 s)')
      .option('--data-dir <dir>', 'data folder', defaultDataDir())
      .action(async (opts: { dataDir: string }) => {
        const result = await stopNeo4j(opts.dataDir);
        if (!result.stopped) log(`no Neo4j running on ${opts.dataDir}`);
        else
          log(`Neo4j (pid ${result.pid}) stopped${result.clean ? '' : ' (it had to be killed)'}.`);
      });

    neo4j
      .command('status')
      .description('tell whether the Neo4j of a data folder runs (exit 0) or not (exit 3)')
      .option('--data-dir <dir>', 'data folder', defaultDataDir())
      .option('--json', 'print the status as JSON')
      .action((opts: { dataDir: string; json?: boolean }) => {
        const status = neo4jStatus(opts.dataDir);
        if (opts.json) process.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
        else if (status.running)
          process.stdout.write(
            `running: ${status.uri} (pid ${status.pid}, Neo4j ${status.version}, since ${status.startedAt}, data ${status.dataDir})\n`,
          );
        else process.stdout.write(`not running (data ${status.dataDir})\n`);
        if (!status.running) process.exitCode = 3;
      });
  },
};
