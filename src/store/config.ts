/**
 * Neo4j connection settings: flags win over the environment (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD,
 * NEO4J_DATABASE), which win over the defaults of the local server and docker-compose.yml.
 * `neo4j://` and `neo4j+s://` URIs go through the driver's routing (clusters, Aura).
 */
import { InputError } from '../schema/index.js';
import {
  DEFAULT_BOLT_PORT,
  DEFAULT_NEO4J_PASSWORD,
  DEFAULT_NEO4J_USERNAME,
} from '../neo4j/index.js';

export interface Neo4jConfig {
  uri: string;
  username: string;
  password: string;
  /** Database name; undefined = the server's default database. */
  database?: string;
  /** How long to try to open a connection before reporting the server unreachable (ms). */
  connectionTimeoutMs: number;
}

/** The connection flags (commander camel-cases `--neo4j-uri` into `neo4jUri`). */
export interface Neo4jFlags {
  neo4j?: boolean | string;
  neo4jUri?: string;
  neo4jUser?: string;
  neo4jPassword?: string;
  neo4jDatabase?: string;
}

export const DEFAULT_NEO4J_URI = `bolt://127.0.0.1:${DEFAULT_BOLT_PORT}`;
export const NEO4J_URI_SCHEMES = [
  'bolt',
  'bolt+s',
  'bolt+ssc',
  'neo4j',
  'neo4j+s',
  'neo4j+ssc',
] as const;

export function resolveNeo4jConfig(
  flags: Neo4jFlags = {},
  env: NodeJS.ProcessEnv = process.env,
): Neo4jConfig {
  const uriFromFlag = flags.neo4jUri ?? (typeof flags.neo4j === 'string' ? flags.neo4j : undefined);
  const uri = uriFromFlag ?? env.NEO4J_URI ?? DEFAULT_NEO4J_URI;
  const where = uriFromFlag ? '--neo4j-uri' : env.NEO4J_URI ? 'NEO4J_URI' : 'default';
  const scheme = /^([a-z0-9+]+):\/\//i.exec(uri)?.[1]?.toLowerCase();
  if (!scheme || !(NEO4J_URI_SCHEMES as readonly string[]).includes(scheme)) {
    throw new InputError(
      where,
      `not a Neo4j URI: ${JSON.stringify(uri)} (expected ${NEO4J_URI_SCHEMES.map((s) => `${s}://`).join(', ')})`,
    );
  }
  const timeout = Number(env.NEO4J_CONNECTION_TIMEOUT_MS ?? 5000);
  const database = flags.neo4jDatabase ?? env.NEO4J_DATABASE;
  return {
    uri,
    username: flags.neo4jUser ?? env.NEO4J_USERNAME ?? DEFAULT_NEO4J_USERNAME,
    password: flags.neo4jPassword ?? env.NEO4J_PASSWORD ?? DEFAULT_NEO4J_PASSWORD,
    ...(database ? { database } : {}),
    connectionTimeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : 5000,
  };
}

/** True when the user asked for Neo4j: `--neo4j`, `--neo4j-uri`, or NEO4J_URI in the environment. */
export function neo4jRequested(
  flags: Neo4jFlags = {},
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  return Boolean(flags.neo4j || flags.neo4jUri || env.NEO4J_URI);
}

/** The URI without credentials, for messages. */
export function describeTarget(config: Neo4jConfig): string {
  return `${config.uri.replace(/\/\/[^@/]*@/, '//')}${config.database ? ` (database ${config.database})` : ''}`;
}
