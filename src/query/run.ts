/**
 * Running user Cypher. Read-only by default: the session runs in READ access mode, so the server
 * itself refuses writes; `write: true` opens a WRITE session instead.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { Neo4jConfig } from '../store/index.js';
import { openDriver, sessionConfig, verifyNeo4j } from '../store/index.js';
import { neo4jError } from '../store/index.js';
import type { QueryResult } from './format.js';
import { toNeo4jParams, toPlain } from './values.js';

export interface RunQueryOptions {
  write?: boolean;
}

export interface QueryOutcome extends QueryResult {
  /** Write counters (nodesCreated, ...) when the query changed something. */
  updates: Record<string, number>;
}

async function runWith(
  driver: Driver,
  config: Neo4jConfig,
  cypher: string,
  params: Record<string, unknown>,
  write: boolean,
): Promise<QueryOutcome> {
  const session = driver.session(sessionConfig(config, write ? 'WRITE' : 'READ'));
  try {
    const work = async (tx: ManagedTransaction) => {
      const running = tx.run(cypher, toNeo4jParams(params));
      const keys = await running.keys();
      return { keys, result: await running };
    };
    const { keys, result } = write
      ? await session.executeWrite(work)
      : await session.executeRead(work);
    const columns = keys.map(String);
    const updates = Object.fromEntries(
      Object.entries(result.summary.counters.updates()).filter(([, n]) => n > 0),
    );
    return {
      columns,
      rows: result.records.map((r) => r.keys.map((k) => toPlain(r.get(k)))),
      updates,
    };
  } catch (error) {
    throw neo4jError(error, config, write ? 'running the query' : 'running the (read-only) query');
  } finally {
    await session.close();
  }
}

export async function runQuery(
  config: Neo4jConfig,
  cypher: string,
  params: Record<string, unknown> = {},
  options: RunQueryOptions = {},
): Promise<QueryOutcome> {
  const driver = openDriver(config);
  try {
    await verifyNeo4j(driver, config, 'running the query');
    return await runWith(driver, config, cypher, params, options.write ?? false);
  } finally {
    await driver.close();
  }
}

export interface QueryRunner {
  run(cypher: string, params?: Record<string, unknown>): Promise<QueryResult>;
  close(): Promise<void>;
}

/** A long-lived, read-only runner (one driver, pooled connections), e.g. for the viewer's /api/query. */
export function createQueryRunner(config: Neo4jConfig): QueryRunner {
  const driver = openDriver(config);
  let verified = false;
  return {
    async run(cypher, params = {}) {
      if (!verified) {
        await verifyNeo4j(driver, config, 'running the query');
        verified = true;
      }
      const { columns, rows } = await runWith(driver, config, cypher, params, false);
      return { columns, rows };
    },
    close: () => driver.close(),
  };
}
