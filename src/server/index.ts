/** The trama HTTP server's public surface. */
export {
  startServer,
  createRequestHandler,
  resolveConfig,
  API_ROUTES,
  DEFAULT_HOST,
} from './server.js';
export type { QueryRunner, QueryResult, ServerOptions, RunningServer } from './types.js';
export { HttpError } from './http-error.js';
export { NO_NEO4J_HINT } from './routes/query.js';
export { defaultViewerDir, isViewerBuilt, BUILD_VIEWER_HINT } from './viewer-dir.js';
