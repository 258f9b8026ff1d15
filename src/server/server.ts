/**
 * The trama HTTP server: the built viewer plus /api/graph, /api/query and /api/health.
 * Binds 127.0.0.1 unless told otherwise; every error is a JSON body with a clear message.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { ResolvedServerConfig, Route } from './context.js';
import { ServiceError } from '../schema/index.js';
import { HttpError, toHttpError } from './http-error.js';
import { sendError } from './http.js';
import { graphRoute } from './routes/graph.js';
import { healthRoute } from './routes/health.js';
import { queryRoute } from './routes/query.js';
import { serveStatic } from './static-files.js';
import type { RunningServer, ServerOptions } from './types.js';
import { BUILD_VIEWER_HINT, defaultViewerDir, isViewerBuilt } from './viewer-dir.js';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;
export const DEFAULT_MAX_ROWS = 5000;

/** The API routes: adding one is a line here. */
export const API_ROUTES: readonly Route[] = [healthRoute, graphRoute, queryRoute];

export function resolveConfig(options: ServerOptions): ResolvedServerConfig {
  return {
    graphPath: resolve(options.graphPath),
    viewerDir: resolve(options.viewerDir ?? defaultViewerDir()),
    queryRunner: options.queryRunner ?? null,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    maxRows: options.maxRows ?? DEFAULT_MAX_ROWS,
  };
}

export function createRequestHandler(config: ResolvedServerConfig) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const method = req.method ?? 'GET';
      if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
        const routes = API_ROUTES.filter((route) => route.path === url.pathname);
        if (routes.length === 0) throw new HttpError(404, `no API endpoint ${url.pathname}`);
        const route = routes.find(
          (r) => r.method === method || (method === 'HEAD' && r.method === 'GET'),
        );
        if (!route) {
          res.setHeader('Allow', routes.map((r) => r.method).join(', '));
          throw new HttpError(
            405,
            `${method} is not allowed on ${url.pathname}; use ${routes.map((r) => r.method).join(' or ')}`,
          );
        }
        await route.handle({ req, res, url, config });
        return;
      }
      if (method !== 'GET' && method !== 'HEAD')
        throw new HttpError(405, `${method} is not allowed on ${url.pathname}`);
      if (!isViewerBuilt(config.viewerDir)) {
        throw new HttpError(
          503,
          `the viewer is not built (no ${config.viewerDir}/index.html)`,
          BUILD_VIEWER_HINT,
        );
      }
      await serveStatic(config.viewerDir, url.pathname, res, method === 'HEAD');
    } catch (error) {
      // A client that sent too much is told so; the rest of its upload is not read.
      const httpError = toHttpError(error);
      if (httpError.status === 413) res.setHeader('Connection', 'close');
      sendError(res, httpError);
    }
  };
}

/** Why the server could not listen, in words: the port, and what to do about it. */
export function listenError(error: unknown, port: number, host: string): Error {
  const code = (error as NodeJS.ErrnoException).code;
  const where = `${host.includes(':') ? `[${host}]` : host}:${port}`;
  const advice = 'pick another with --port N (--port 0 picks a free one)';
  if (code === 'EADDRINUSE')
    return new ServiceError(
      `port ${port} is already in use on ${host} (is another trama serve running?); stop it, or ${advice}`,
    );
  if (code === 'EACCES')
    return new ServiceError(
      `not allowed to listen on ${where} (ports below 1024 need privileges); ${advice}`,
    );
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND')
    return new ServiceError(
      `cannot listen on ${where}: --host ${host} is not an address of this machine`,
    );
  return error as Error;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const config = resolveConfig(options);
  const host = options.host ?? DEFAULT_HOST;
  const handler = createRequestHandler(config);
  const server = createServer((req, res) => {
    void handler(req, res);
  });
  server.headersTimeout = 20_000;
  server.requestTimeout = 60_000;
  await new Promise<void>((done, fail) => {
    server.once('error', (error) => fail(listenError(error, options.port ?? 0, host)));
    server.listen(options.port ?? 0, host, () => {
      server.off('error', fail);
      done();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  let closed = false;
  return {
    url: `http://${urlHost}:${port}/`,
    port,
    host,
    async close() {
      if (closed) return;
      closed = true;
      await new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      });
      await config.queryRunner?.close();
    },
  };
}
