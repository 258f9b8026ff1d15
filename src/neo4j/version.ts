/** The Neo4j release trama assembles from Maven Central (Community Edition, 5.26 LTS line). */
export const NEO4J_VERSION = '5.26.30';
/** The Maven coordinates of the server: the `neo4j` artifact carries the kernel, Cypher, Bolt and the HTTP server. */
export const NEO4J_ARTIFACT = {
  groupId: 'org.neo4j',
  artifactId: 'neo4j',
  version: NEO4J_VERSION,
} as const;
/** Default password of the local server and of the docker-compose service (override with NEO4J_PASSWORD). */
export const DEFAULT_NEO4J_PASSWORD = 'trama-dev-password';
export const DEFAULT_NEO4J_USERNAME = 'neo4j';
export const DEFAULT_BOLT_PORT = 7687;
export const DEFAULT_HTTP_PORT = 7474;
