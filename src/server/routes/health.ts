/** GET /api/health: is the server up, which graph does it serve, can it run Cypher. */
import { access } from 'node:fs/promises';
import { TRAMA_VERSION } from '../../version.js';
import { sendJson } from '../http.js';
import type { Route } from '../context.js';

export const healthRoute: Route = {
  method: 'GET',
  path: '/api/health',
  async handle({ res, config }) {
    const graphExists = await access(config.graphPath).then(
      () => true,
      () => false,
    );
    sendJson(res, 200, {
      ok: true,
      version: TRAMA_VERSION,
      graph: { path: config.graphPath, exists: graphExists },
      neo4j: config.queryRunner !== null,
    });
  },
};
