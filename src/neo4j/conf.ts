/** Renders the `neo4j.conf` of a local instance: Bolt and HTTP on 127.0.0.1 only, modest memory, no telemetry. */
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

/** JVM flags: the ones Neo4j's own launcher passes on Java 17/21, plus the heap. */
export function jvmArgs(heap: string): string[] {
  return [
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
