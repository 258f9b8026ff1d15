/** POST /api/query {cypher, params?}: read-only Cypher through the injected runner. */
import { HttpError } from '../http-error.js';
import { readJsonBody, sendJson } from '../http.js';
import type { Route } from '../context.js';

export const NO_NEO4J_HINT =
  'start Neo4j with `trama neo4j start` (or `docker compose up -d neo4j`), load the graph with `trama ingest`, then restart `trama serve`';

interface QueryRequest {
  cypher: string;
  params: Record<string, unknown>;
}

export function parseQueryRequest(body: unknown): QueryRequest {
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new HttpError(
      400,
      '/api/query: expected a JSON object {"cypher": "...", "params": {...}}',
    );
  }
  const { cypher, params } = body as { cypher?: unknown; params?: unknown };
  if (typeof cypher !== 'string' || cypher.trim() === '') {
    throw new HttpError(
      400,
      `/api/query: "cypher" must be a non-empty string, got ${JSON.stringify(cypher ?? null)}`,
    );
  }
  if (
    params !== undefined &&
    (params === null || typeof params !== 'object' || Array.isArray(params))
  ) {
    throw new HttpError(
      400,
      `/api/query: "params" must be an object, got ${JSON.stringify(params)}`,
    );
  }
  return { cypher, params: (params as Record<string, unknown> | undefined) ?? {} };
}

export const queryRoute: Route = {
  method: 'POST',
  path: '/api/query',
  async handle({ req, res, config }) {
    const body = await readJsonBody(req, config.maxBodyBytes);
    const { cypher, params } = parseQueryRequest(body);
    if (!config.queryRunner) {
      throw new HttpError(503, 'no Neo4j database is configured for this server', NO_NEO4J_HINT);
    }
    const result = await config.queryRunner.run(cypher, params);
    const truncated = result.rows.length > config.maxRows;
    sendJson(res, 200, {
      columns: result.columns,
      rows: truncated ? result.rows.slice(0, config.maxRows) : result.rows,
      rowCount: result.rows.length,
      truncated,
    });
  },
};
