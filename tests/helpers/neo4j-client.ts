/** Helpers for tests against the real Neo4j of the `neo4j` test project. */
import { inject } from 'vitest';
import { openDriver, resolveNeo4jConfig, type Neo4jConfig } from '../../src/store/index.js';

export function testNeo4jConfig(): Neo4jConfig {
  const server = inject('neo4j');
  if (!server)
    throw new Error(
      'testNeo4jConfig: no test Neo4j in this vitest project; a test file that talks to the server ' +
        'is named *.neo4j.test.ts (vitest project "neo4j", vitest.config.ts)',
    );
  return resolveNeo4jConfig(
    { neo4jUri: server.uri, neo4jUser: server.username, neo4jPassword: server.password },
    {},
  );
}

export async function cypher<T = Record<string, unknown>>(
  config: Neo4jConfig,
  query: string,
  params: Record<string, unknown> = {},
): Promise<T[]> {
  const driver = openDriver(config);
  try {
    const result = await driver.executeQuery(query, params);
    return result.records.map((r) => r.toObject() as T);
  } finally {
    await driver.close();
  }
}

/** Deletes all data (constraints and indexes stay). */
export async function clearDatabase(config: Neo4jConfig): Promise<void> {
  const driver = openDriver(config);
  const session = driver.session();
  try {
    // Auto-commit: CALL ... IN TRANSACTIONS cannot run in an explicit transaction.
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 5000 ROWS');
    await session.run('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
    await driver.close();
  }
}

export interface GraphSnapshot {
  nodes: string[];
  relationships: string[];
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object' && value.constructor === Object) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  if (value && typeof value === 'object' && 'toString' in value) return String(value);
  return value;
}

/** Every node (labels + properties) and relationship (type, endpoints' keys, properties), sorted. */
export async function snapshot(config: Neo4jConfig): Promise<GraphSnapshot> {
  const nodes = await cypher<{ labels: string[]; props: Record<string, unknown> }>(
    config,
    'MATCH (n) RETURN labels(n) AS labels, properties(n) AS props',
  );
  const rels = await cypher<{
    type: string;
    s: unknown;
    o: unknown;
    props: Record<string, unknown>;
  }>(
    config,
    'MATCH (a)-[r]->(b) RETURN type(r) AS type, coalesce(a.key, a.id) AS s, coalesce(b.key, b.id) AS o, properties(r) AS props',
  );
  return {
    nodes: nodes
      .map((n) => JSON.stringify(canonical({ labels: [...n.labels].sort(), props: n.props })))
      .sort(),
    relationships: rels.map((r) => JSON.stringify(canonical(r))).sort(),
  };
}

export async function counts(
  config: Neo4jConfig,
): Promise<{ nodes: number; relationships: number }> {
  const [row] = await cypher<{ nodes: number; relationships: number }>(
    config,
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  return row!;
}

/** The CLI flags that point `trama` at the test server. */
export function connectionFlags(config: Neo4jConfig): string[] {
  return [
    '--neo4j-uri',
    config.uri,
    '--neo4j-user',
    config.username,
    '--neo4j-password',
    config.password,
  ];
}
