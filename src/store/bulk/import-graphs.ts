/**
 * `trama neo4j import`: loads graphs into the database of a local data folder with neo4j-admin's
 * bulk importer, then leaves the database as the batched writer would (same nodes, relationships,
 * labels, types and properties, the same constraints and indexes), so incremental `ingest --neo4j`
 * carries on from it. Steps: compute the final state (no I/O), check the database is empty (unless
 * `force`), write the CSV files, stop the folder's server if it runs, import, start the server (on
 * the ports it had), create the constraints and indexes, and optionally warm the server up. The
 * importer stores no empty list; nor does the writer (an absent list property means empty). Bad input fails before anything is stopped or written.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEFAULT_BOLT_PORT,
  DEFAULT_HTTP_PORT,
  DEFAULT_NEO4J_USERNAME,
  instancePaths,
  neo4jStatus,
  runAdminImport,
  startNeo4j,
  stopNeo4j,
  type RunningNeo4j,
} from '../../neo4j/index.js';
import { OutputError, type GraphEnvelope } from '../../schema/index.js';
import { resolveNeo4jConfig, type Neo4jConfig } from '../config.js';
import { openDriver, verifyNeo4j } from '../driver.js';
import { neo4jError } from '../errors.js';
import { LOCK_LABEL } from '../model.js';
import { ensureNeo4jSchema } from '../schema-setup.js';
import { warmUpStore } from '../warm-up.js';
import { ARRAY_DELIMITER_OPTION } from './csv-files.js';
import { finalState } from './final-state.js';
import { writeImportFiles } from './import-files.js';

export interface ImportGraphsOptions {
  /** The local server's data folder (`trama neo4j start --data-dir`). */
  dataDir: string;
  /** Replace a database that holds data. */
  force?: boolean;
  /** Password of user neo4j (default NEO4J_PASSWORD or trama-dev-password). */
  password?: string;
  /** Ports when no server was running (default 7687 and 7474; a running server keeps its own). */
  boltPort?: number;
  httpPort?: number;
  heap?: string;
  /** Plan the writer's statements after the import, as `trama neo4j start` does (default false). */
  warmUp?: boolean;
  env?: NodeJS.ProcessEnv;
  onProgress?: (line: string) => void;
}

export interface ImportSummary {
  uri: string;
  articles: number;
  nodes: number;
  relationships: number;
  /** Milliseconds per step and in all. */
  ms: {
    prepare: number;
    csv: number;
    import: number;
    start: number;
    schema: number;
    warmUp: number;
    total: number;
  };
}

/** The database neo4j-admin imports into: the server's default one. */
const DATABASE = 'neo4j';

async function nodeCount(config: Neo4jConfig): Promise<number> {
  const driver = openDriver(config);
  try {
    await verifyNeo4j(driver, config, 'checking that the database is empty');
    const result = await driver.executeQuery(
      `MATCH (n) WHERE NOT n:${LOCK_LABEL} RETURN count(n) AS n`,
    );
    return Number(result.records[0]!.get('n'));
  } finally {
    await driver.close();
  }
}

function configFor(uri: string, password: string, env: NodeJS.ProcessEnv): Neo4jConfig {
  return resolveNeo4jConfig(
    { neo4jUri: uri, neo4jUser: DEFAULT_NEO4J_USERNAME, neo4jPassword: password },
    env,
  );
}

export async function importGraphs(
  envelopes: readonly GraphEnvelope[],
  options: ImportGraphsOptions,
): Promise<ImportSummary> {
  const env = options.env ?? process.env;
  const log = options.onProgress ?? (() => {});
  const password = options.password ?? env.NEO4J_PASSWORD ?? 'trama-dev-password';
  const paths = instancePaths(options.dataDir);
  const started = Date.now();
  const lap = (() => {
    let last = started;
    return () => {
      const now = Date.now();
      const ms = now - last;
      last = now;
      return ms;
    };
  })();

  const state = finalState(envelopes);
  const prepare = lap();

  const status = neo4jStatus(paths.root);
  if (status.running) {
    const n = await nodeCount(configFor(status.uri!, password, env));
    if (n > 0 && !options.force)
      throw new OutputError(
        `Neo4j at ${status.uri} (data folder ${paths.root})`,
        `the database holds ${n} nodes; the bulk import replaces everything in it: pass --force to replace them, or use ingest --neo4j to add to them`,
      );
  } else if (existsSync(join(paths.data, 'databases', DATABASE)) && !options.force) {
    throw new OutputError(
      paths.root,
      'the data folder has a database and its server is not running, so trama cannot tell whether it is empty: start it (trama neo4j start) and run the import again, or pass --force to replace it',
    );
  }

  mkdirSync(paths.root, { recursive: true });
  const dir = mkdtempSync(join(paths.root, 'import-'));
  let server: RunningNeo4j | undefined;
  const boltPort = status.running ? status.boltPort! : (options.boltPort ?? DEFAULT_BOLT_PORT);
  const httpPort = status.running ? status.httpPort! : (options.httpPort ?? DEFAULT_HTTP_PORT);
  const start = () =>
    startNeo4j({
      dataDir: paths.root,
      boltPort,
      httpPort,
      password,
      ...(options.heap ? { heap: options.heap } : {}),
      env,
      onProgress: log,
    });
  const ms = {
    prepare,
    csv: 0,
    import: 0,
    start: 0,
    schema: 0,
    warmUp: 0,
    total: 0,
  };
  try {
    log(`Writing the import files into ${dir}...`);
    const files = await writeImportFiles(state, dir, new Date().toISOString());
    ms.csv = lap();
    if (status.running) {
      log(`Stopping Neo4j (pid ${status.pid}) for the import...`);
      await stopNeo4j(paths.root);
    }
    log('Importing with neo4j-admin database import full...');
    try {
      await runAdminImport({
        dataDir: paths.root,
        database: DATABASE,
        nodes: files.filter((f) => f.group === 'nodes'),
        relationships: files.filter((f) => f.group === 'relationships'),
        arrayDelimiter: ARRAY_DELIMITER_OPTION,
        multilineFields: files.some((f) => f.multiline),
        reportFile: join(dir, 'import.report'),
        ...(options.heap ? { heap: options.heap } : {}),
        env,
        onProgress: log,
      });
    } catch (error) {
      // Leave the server as it was found.
      if (status.running) await start().catch(() => undefined);
      throw error;
    }
    ms.import = lap();
    server = await start();
    ms.start = lap();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const config = configFor(server.uri, password, env);
  const driver = openDriver(config);
  try {
    log('Creating the constraints and indexes...');
    await ensureNeo4jSchema(driver, config);
    ms.schema = lap();
  } catch (error) {
    throw neo4jError(error, config, 'finishing the bulk import');
  } finally {
    await driver.close();
  }
  if (options.warmUp) {
    log('Warming up the write statements...');
    await warmUpStore(config);
    ms.warmUp = lap();
  }
  ms.total = Date.now() - started;
  return {
    uri: server.uri,
    articles: state.articles.length,
    nodes: state.articles.length + state.nodes.length,
    relationships: state.mentions.length + state.relations.length,
    ms,
  };
}
