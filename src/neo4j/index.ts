/** The local Neo4j server: assembly from Maven Central, start/stop/status. */
export {
  ensureNeo4jInstalled,
  neo4jInstallation,
  type Neo4jInstallation,
  type EnsureInstalledOptions,
} from './install.js';
export {
  startNeo4j,
  stopNeo4j,
  neo4jStatus,
  type StartNeo4jOptions,
  type RunningNeo4j,
  type Neo4jStatus,
  type StopResult,
} from './server.js';
export { defaultDataDir, neo4jRoot, tramaHome } from './paths.js';
export {
  NEO4J_VERSION,
  DEFAULT_NEO4J_PASSWORD,
  DEFAULT_NEO4J_USERNAME,
  DEFAULT_BOLT_PORT,
  DEFAULT_HTTP_PORT,
} from './version.js';
export { freePort } from './ports.js';
export {
  adminImportArgs,
  runAdminImport,
  type AdminImportFile,
  type AdminImportOptions,
} from './admin-import.js';
export { instancePaths } from './paths.js';
