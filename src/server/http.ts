/** Small helpers over node:http: JSON replies, JSON errors, bounded body reading. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError } from './http-error.js';

const COMMON_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
} as const;

/** JSON.stringify that survives bigint (Neo4j integers) by turning them into numbers or strings. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'bigint' ? (Number.isSafeInteger(Number(v)) ? Number(v) : v.toString()) : v,
  );
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = toJson(body);
  res.writeHead(status, {
    ...COMMON_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

export function sendError(res: ServerResponse, error: HttpError): void {
  const body: { error: { status: number; message: string; hint?: string } } = {
    error: { status: error.status, message: error.message },
  };
  if (error.hint) body.error.hint = error.hint;
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendJson(res, error.status, body);
}

/** Reads the body, refusing more than `limit` bytes (413) whether or not Content-Length says so. */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    throw new HttpError(
      413,
      `request body of ${declared} bytes is larger than the limit of ${limit} bytes`,
    );
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limit)
      throw new HttpError(413, `request body is larger than the limit of ${limit} bytes`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

export async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const type = String(req.headers['content-type'] ?? '');
  if (!/^application\/json\b/i.test(type)) {
    throw new HttpError(
      415,
      `expected Content-Type application/json, got ${JSON.stringify(type || '(none)')}`,
    );
  }
  const body = await readBody(req, limit);
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch (error) {
    throw new HttpError(400, `request body is not valid JSON (${(error as Error).message})`);
  }
}

export { COMMON_HEADERS };
