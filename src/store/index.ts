/** Storing trama graphs in Neo4j and reading them back. */
export {
  resolveNeo4jConfig,
  neo4jRequested,
  describeTarget,
  DEFAULT_NEO4J_URI,
  type Neo4jConfig,
  type Neo4jFlags,
} from './config.js';
export { openDriver, sessionConfig, verifyNeo4j, withDriver } from './driver.js';
export { neo4jError, ReadOnlyQueryError } from './errors.js';
export { ensureNeo4jSchema, schemaItems } from './schema-setup.js';
export {
  storeGraph,
  type StoreGraphOptions,
  type StoreSummary,
  type Neo4jTarget,
} from './writer.js';
export { readGraphFromNeo4j } from './reader.js';
export { splitContributions, type ArticleContribution } from './contributions.js';
export { warmUpStore, warmUpStatements } from './warm-up.js';
export {
  importGraphs,
  type ImportGraphsOptions,
  type ImportSummary,
} from './bulk/import-graphs.js';
export { finalState, type FinalState } from './bulk/final-state.js';
