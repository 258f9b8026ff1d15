/** Opening a driver with short connection timeouts, and checking the server answers before real work. */
import neo4j, { type Driver, type SessionConfig } from 'neo4j-driver';
import type { Neo4jConfig } from './config.js';
import { neo4jError } from './errors.js';

export function openDriver(config: Neo4jConfig): Driver {
  return neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), {
    connectionTimeout: config.connectionTimeoutMs,
    connectionAcquisitionTimeout: config.connectionTimeoutMs * 2,
    // Retries ride out a cluster leader switch; a dead server should fail the ingest within seconds, not minutes.
    maxTransactionRetryTime: 8_000,
    disableLosslessIntegers: true,
    userAgent: 'trama',
  });
}

/** Fails within about `connectionTimeoutMs` with a ServiceError naming the server when it does not answer. */
export async function verifyNeo4j(
  driver: Driver,
  config: Neo4jConfig,
  context: string,
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          Object.assign(new Error(`no answer within ${config.connectionTimeoutMs} ms`), {
            code: 'ServiceUnavailable',
          }),
        ),
      config.connectionTimeoutMs + 1000,
    );
  });
  try {
    await Promise.race([
      driver.verifyConnectivity(config.database ? { database: config.database } : {}),
      deadline,
    ]);
  } catch (error) {
    throw neo4jError(error, config, context);
  } finally {
    clearTimeout(timer);
  }
}

export function sessionConfig(config: Neo4jConfig, mode: 'READ' | 'WRITE'): SessionConfig {
  return {
    defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    ...(config.database ? { database: config.database } : {}),
  };
}

/** Runs `fn` with a driver opened from `config`, or with the caller's driver (not closed then). */
export async function withDriver<T>(
  target: Neo4jConfig | { driver: Driver; config: Neo4jConfig },
  fn: (driver: Driver, config: Neo4jConfig) => Promise<T>,
): Promise<T> {
  if ('driver' in target) return fn(target.driver, target.config);
  const driver = openDriver(target);
  try {
    return await fn(driver, target);
  } finally {
    await driver.close();
  }
}
