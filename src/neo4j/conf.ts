/** Renders the `neo4j.conf` of a local instance: Bolt and HTTP on 127.0.0.1 only, modest memory, no telemetry. */
import { UsageError } from '../schema/index.js';
import type { InstancePaths } from './paths.js';

export interface Neo4jConfOptions {
  boltPort: number;
  httpPort: number;
  paths: InstancePaths;
  heap: string;
  pageCache: string;
  authEnabled: boolean;
}

export function renderNeo4jConf(o: Neo4jConfOptions): string {
  const settings: Array<[string, string]> = [
    ['server.default_listen_address', '127.0.0.1'],
    ['server.default_advertised_address', '127.0.0.1'],
    ['server.bolt.enabled', 'true'],
    ['server.bolt.listen_address', `127.0.0.1:${o.boltPort}`],
    // Advertised so that neo4j:// (routing) URIs resolve to this very server.
    ['server.bolt.advertised_address', `127.0.0.1:${o.boltPort}`],
    ['server.http.enabled', 'true'],
    ['server.http.listen_address', `127.0.0.1:${o.httpPort}`],
    ['server.http.advertised_address', `127.0.0.1:${o.httpPort}`],
    ['server.https.enabled', 'false'],
    ['dbms.security.auth_enabled', String(o.authEnabled)],
    ['server.memory.heap.initial_size', o.heap],
    ['server.memory.heap.max_size', o.heap],
    ['server.memory.pagecache.size', o.pageCache],
    ['dbms.usage_report.enabled', 'false'],
    ['server.directories.data', o.paths.data],
    ['server.directories.logs', o.paths.logs],
    ['server.directories.run', o.paths.run],
    ['db.tx_log.rotation.retention_policy', '2 files'],
  ];
  return `# Written by trama (src/neo4j/conf.ts) at each start; edit the trama options instead.\n${settings.map(([k, v]) => `${k}=${v}`).join('\n')}\n`;
}

/**
 * Extra JVM flags for the local server and the admin tools, from TRAMA_NEO4J_JVM_OPTS (space-separated),
 * e.g. `-XX:TieredStopAtLevel=1`: a quicker warm-up for short-lived servers, which the test suite uses.
 */
export function extraJvmArgs(env: NodeJS.ProcessEnv): string[] {
  const flags = (env.TRAMA_NEO4J_JVM_OPTS ?? '').split(/\s+/).filter(Boolean);
  const bad = flags.find((f) => !f.startsWith('-'));
  if (bad !== undefined)
    throw new UsageError(
      'TRAMA_NEO4J_JVM_OPTS',
      `${JSON.stringify(bad)} is not a JVM option (options start with "-")`,
    );
  return flags;
}

/** JVM flags: the ones Neo4j's own launcher passes on Java 17/21, plus the heap and any extra flags. */
export function jvmArgs(heap: string, extra: readonly string[] = []): string[] {
  return [
    ...extra,
    `-Xms${heap}`,
    `-Xmx${heap}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+UnlockExperimentalVMOptions',
    '-XX:+TrustFinalNonStaticFields',
    '-XX:+DisableExplicitGC',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dlog4j2.disable.jmx=true',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '--enable-native-access=ALL-UNNAMED',
  ];
}
