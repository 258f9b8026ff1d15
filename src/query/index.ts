/** Running Cypher against the trama graph in Neo4j, and formatting the results. */
export {
  runQuery,
  createQueryRunner,
  type QueryRunner,
  type QueryOutcome,
  type RunQueryOptions,
} from './run.js';
export {
  formatQueryResult,
  isQueryFormat,
  QUERY_FORMATS,
  type QueryFormat,
  type QueryResult,
} from './format.js';
export { parseParam, toPlain, toNeo4jParams } from './values.js';
export { EXAMPLE_QUERIES, exampleQuery, type ExampleQuery } from './examples.js';
export {
  exampleQueriesMarkdown,
  renderExampleQueries,
  QUERIES_START,
  QUERIES_END,
} from './render.js';
