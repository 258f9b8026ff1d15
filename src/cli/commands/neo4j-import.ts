/** `trama neo4j import GRAPH...`: a bulk load of graph files into the local server's database. */
import type { Command } from 'commander';
import { DEFAULT_BOLT_PORT, DEFAULT_HTTP_PORT, defaultDataDir } from '../../neo4j/index.js';
import { importGraphs } from '../../store/index.js';
import { addExamplesAndExitCodes } from '../help.js';
import { readGraphFile } from '../io.js';
import { portNumber } from '../options.js';

const log = (line: string) => process.stderr.write(`${line}\n`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

interface ImportFlags {
  dataDir: string;
  force?: boolean;
  boltPort: number;
  httpPort: number;
  heap?: string;
  warmUp: boolean;
}

export function registerNeo4jImport(neo4j: Command): void {
  const command = neo4j
    .command('import')
    .description(
      'load graph files into an empty local database with neo4j-admin bulk import (for large first loads; ingest --neo4j for updates), then create the constraints and indexes and start the server',
    )
    .argument('<graph...>', 'trama graph files; later ones replace articles of earlier ones')
    .option('--data-dir <dir>', 'data folder of the local server', defaultDataDir())
    .option('--force', 'replace a database that already holds data')
    .option(
      '--bolt-port <port>',
      'port of the Bolt protocol when no server was running (a running one keeps its ports)',
      portNumber('--bolt-port'),
      DEFAULT_BOLT_PORT,
    )
    .option(
      '--http-port <port>',
      'port of the HTTP API when no server was running',
      portNumber('--http-port'),
      DEFAULT_HTTP_PORT,
    )
    .option(
      '--heap <size>',
      'JVM heap of the import tool and the server (default TRAMA_NEO4J_HEAP or 768m)',
    )
    .option('--no-warm-up', 'do not plan the write statements for later ingests after the import');
  addExamplesAndExitCodes(command, [
    'trama neo4j import graph-data/graph.json',
    'trama neo4j import big.json more.json --force --data-dir /tmp/neo4j-bulk',
  ]);
  command.action(async (graphs: string[], flags: ImportFlags) => {
    const envelopes = [];
    // Every file is read and validated before the server is touched.
    for (const graph of graphs) envelopes.push(await readGraphFile(graph));
    const summary = await importGraphs(envelopes, {
      dataDir: flags.dataDir,
      force: flags.force ?? false,
      boltPort: flags.boltPort,
      httpPort: flags.httpPort,
      ...(flags.heap ? { heap: flags.heap } : {}),
      warmUp: flags.warmUp,
      onProgress: log,
    });
    const { ms } = summary;
    log(
      `imported:   ${summary.articles} articles, ${summary.nodes} nodes, ${summary.relationships} relationships in ${seconds(ms.total)} ` +
        `(files ${seconds(ms.csv)}, import ${seconds(ms.import)}, server start ${seconds(ms.start)}, constraints and indexes ${seconds(ms.schema)}${flags.warmUp ? `, warm-up ${seconds(ms.warmUp)}` : ''})`,
    );
    process.stdout.write(`${summary.uri}\n`);
  });
}
