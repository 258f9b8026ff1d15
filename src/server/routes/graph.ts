/**
 * GET /api/graph: the graph file, streamed as it is on disk. The viewer validates it with the shared
 * schema; the server only says clearly when there is no file.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { COMMON_HEADERS } from '../http.js';
import { HttpError } from '../http-error.js';
import type { Route } from '../context.js';

export const graphRoute: Route = {
  method: 'GET',
  path: '/api/graph',
  async handle({ res, config }) {
    let size: number;
    try {
      const info = await stat(config.graphPath);
      if (!info.isFile()) throw new Error('not a file');
      size = info.size;
    } catch {
      throw new HttpError(
        404,
        `no graph file at ${config.graphPath}`,
        'run `trama ingest <articles>` to make one, or start the server with `trama serve --graph FILE`',
      );
    }
    res.writeHead(200, {
      ...COMMON_HEADERS,
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': size,
    });
    await new Promise<void>((done, fail) => {
      const stream = createReadStream(config.graphPath);
      stream.on('error', fail);
      stream.on('end', done);
      stream.pipe(res);
    });
  },
};
