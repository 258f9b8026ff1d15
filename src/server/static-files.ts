/** Serves the built viewer: plain files under one root, no directory listing, no escaping the root. */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { ServerResponse } from 'node:http';
import { COMMON_HEADERS } from './http.js';
import { HttpError } from './http-error.js';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Defence in depth for the viewer page: no inline script, no foreign script. Graph files may be
 * fetched from anywhere (the `graph` URL parameter), and the layout worker runs from a blob URL.
 * 'unsafe-eval' lets zod compile its validators (JIT): without it validating a large graph takes
 * about twice as long. Injected markup still cannot run: the viewer never parses data as HTML.
 */
export const VIEWER_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  'connect-src *',
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Maps a URL path to a file inside `root`, or null when it would leave the root. */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const absoluteRoot = resolve(root);
  const target = resolve(absoluteRoot, normalize(relative));
  if (target !== absoluteRoot && !target.startsWith(absoluteRoot + sep)) return null;
  return target;
}

export async function serveStatic(
  root: string,
  urlPath: string,
  res: ServerResponse,
  head: boolean,
): Promise<void> {
  const file = resolveStaticPath(root, urlPath);
  if (!file) throw new HttpError(400, `bad path ${JSON.stringify(urlPath)}`);
  let info;
  try {
    info = await stat(file);
  } catch {
    throw new HttpError(404, `not found: ${urlPath}`);
  }
  const path = info.isDirectory() ? join(file, 'index.html') : file;
  if (info.isDirectory()) {
    try {
      info = await stat(path);
    } catch {
      throw new HttpError(404, `not found: ${urlPath}`);
    }
  }
  const type = CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
  const headers: Record<string, string | number> = {
    ...COMMON_HEADERS,
    'Content-Type': type,
    'Content-Length': info.size,
  };
  if (type.startsWith('text/html')) headers['Content-Security-Policy'] = VIEWER_CSP;
  // Hashed asset names never change content, so they may be cached.
  if (urlPath.startsWith('/assets/'))
    headers['Cache-Control'] = 'public, max-age=31536000, immutable';
  res.writeHead(200, headers);
  if (head) {
    res.end();
    return;
  }
  await new Promise<void>((done, fail) => {
    const stream = createReadStream(path);
    stream.on('error', fail);
    stream.on('end', done);
    stream.pipe(res);
  });
}
