import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError, ServiceError } from '../../src/schema/errors.js';
import { startServer, type QueryRunner, type RunningServer } from '../../src/server/index.js';

/** A runner that records what it was asked and answers from a script. */
function fakeRunner(
  answer: (
    cypher: string,
    params: Record<string, unknown>,
  ) => Promise<{ columns: string[]; rows: unknown[][] }>,
) {
  const calls: Array<{ cypher: string; params: Record<string, unknown> }> = [];
  let closed = false;
  const runner: QueryRunner = {
    async run(cypher, params) {
      calls.push({ cypher, params });
      return answer(cypher, params);
    },
    async close() {
      closed = true;
    },
  };
  return { runner, calls, isClosed: () => closed };
}

/** Raw HTTP, so paths are sent exactly as written (fetch would normalise "..") and bodies can lie. */
function raw(
  url: string,
  options: {
    method?: string;
    path: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
  },
) {
  return new Promise<{
    status: number;
    headers: Record<string, string | string[] | undefined>;
    body: string;
  }>((done, fail) => {
    const { hostname, port } = new URL(url);
    const req = request(
      {
        hostname,
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          done({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', fail);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const postJson = (server: RunningServer, body: unknown, path = 'api/query') =>
  fetch(new URL(path, server.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

let dir: string;
let viewerDir: string;
let graphPath: string;
const GRAPH_TEXT = JSON.stringify({ format: 'trama-graph', version: 1, note: 'served as is' });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'trama-server-'));
  viewerDir = join(dir, 'viewer');
  await mkdir(join(viewerDir, 'assets'), { recursive: true });
  await writeFile(join(viewerDir, 'index.html'), '<!doctype html><title>viewer</title>');
  await writeFile(join(viewerDir, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(dir, 'secret.txt'), 'do not serve');
  graphPath = join(dir, 'graph.json');
  await writeFile(graphPath, GRAPH_TEXT);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('startServer without Neo4j', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ graphPath, viewerDir, maxBodyBytes: 1024 });
  });
  afterAll(async () => server.close());

  it('binds 127.0.0.1 on a free port by default', () => {
    expect(server.host).toBe('127.0.0.1');
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
  });

  it('reports health, the graph file and that Cypher is off', async () => {
    const body = await (await fetch(new URL('api/health', server.url))).json();
    expect(body).toMatchObject({
      ok: true,
      neo4j: false,
      graph: { path: graphPath, exists: true },
    });
  });

  it('serves the graph file byte for byte', async () => {
    const response = await fetch(new URL('api/graph', server.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(await response.text()).toBe(GRAPH_TEXT);
  });

  it('explains how to start Neo4j when /api/query has no runner', async () => {
    const response = await postJson(server, { cypher: 'MATCH (n) RETURN n LIMIT 1' });
    expect(response.status).toBe(503);
    const body = (await response.json()) as { error: { message: string; hint: string } };
    expect(body.error.message).toMatch(/no Neo4j/);
    expect(body.error.hint).toContain('trama neo4j start');
    expect(body.error.hint).toContain('docker compose');
  });

  it('rejects a body over the limit with 413, by Content-Length or by counting', async () => {
    const big = JSON.stringify({ cypher: 'x'.repeat(5000) });
    const declared = await postJson(server, { cypher: 'x'.repeat(5000) });
    expect(declared.status).toBe(413);
    expect(((await declared.json()) as { error: { message: string } }).error.message).toMatch(
      /limit of 1024 bytes/,
    );
    const chunked = await raw(server.url, {
      method: 'POST',
      path: '/api/query',
      headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
      body: big,
    });
    expect(chunked.status).toBe(413);
    expect(JSON.parse(chunked.body).error.status).toBe(413);
  });

  it('answers bad requests with JSON errors that name the problem', async () => {
    const notJson = await raw(server.url, {
      method: 'POST',
      path: '/api/query',
      headers: { 'Content-Type': 'application/json' },
      body: '{nope',
    });
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body).error.message).toMatch(/not valid JSON/);
    const wrongType = await raw(server.url, {
      method: 'POST',
      path: '/api/query',
      headers: { 'Content-Type': 'text/plain' },
      body: 'MATCH (n) RETURN n',
    });
    expect(wrongType.status).toBe(415);
    const noCypher = await postJson(server, { query: 'MATCH (n) RETURN n' });
    expect(noCypher.status).toBe(400);
    expect(((await noCypher.json()) as { error: { message: string } }).error.message).toMatch(
      /"cypher" must be a non-empty string/,
    );
    const badParams = await postJson(server, { cypher: 'RETURN 1', params: [1] });
    expect(badParams.status).toBe(400);
    const wrongMethod = await fetch(new URL('api/query', server.url));
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('POST');
    const unknown = await fetch(new URL('api/nothing', server.url));
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { message: string } }).error.message).toContain(
      '/api/nothing',
    );
  });

  it('serves the viewer with a content security policy and never leaves its folder', async () => {
    const index = await fetch(server.url);
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('<title>viewer</title>');
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    const asset = await fetch(new URL('assets/app.js', server.url));
    expect(asset.headers.get('content-type')).toMatch(/text\/javascript/);
    for (const path of [
      '/../secret.txt',
      '/..%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/%2e%2e/secret.txt',
    ]) {
      const response = await raw(server.url, { path });
      expect(response.body, path).not.toContain('do not serve');
      expect([400, 404], path).toContain(response.status);
    }
    const missing = await fetch(new URL('nope.js', server.url));
    expect(missing.status).toBe(404);
  });
});

describe('startServer with a query runner', () => {
  it('runs Cypher through the runner with its params and returns a table', async () => {
    const fake = fakeRunner(async () => ({
      columns: ['n.key', 'count'],
      rows: [
        ['person:a', 1n],
        ['person:b', 2n],
      ],
    }));
    const server = await startServer({ graphPath, viewerDir, queryRunner: fake.runner });
    try {
      const health = (await (await fetch(new URL('api/health', server.url))).json()) as {
        neo4j: boolean;
      };
      expect(health.neo4j).toBe(true);
      const response = await postJson(server, {
        cypher: 'MATCH (n:Person) RETURN n.key, 1 AS count',
        params: { limit: 2 },
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        columns: ['n.key', 'count'],
        rows: [
          ['person:a', 1],
          ['person:b', 2],
        ],
        rowCount: 2,
        truncated: false,
      });
      expect(fake.calls).toEqual([
        { cypher: 'MATCH (n:Person) RETURN n.key, 1 AS count', params: { limit: 2 } },
      ]);
    } finally {
      await server.close();
    }
    expect(fake.isClosed()).toBe(true);
  });

  it('cuts long results at maxRows and says so', async () => {
    const fake = fakeRunner(async () => ({
      columns: ['i'],
      rows: Array.from({ length: 30 }, (_, i) => [i]),
    }));
    const server = await startServer({
      graphPath,
      viewerDir,
      queryRunner: fake.runner,
      maxRows: 10,
    });
    try {
      const body = (await (
        await postJson(server, { cypher: 'UNWIND range(0, 29) AS i RETURN i' })
      ).json()) as { rows: unknown[] };
      expect(body.rows).toHaveLength(10);
      expect(body).toMatchObject({ rowCount: 30, truncated: true });
    } finally {
      await server.close();
    }
  });

  it('maps runner errors to statuses: refused write 400, unreachable database 503, bug 500', async () => {
    const fake = fakeRunner(async (cypher) => {
      if (cypher.startsWith('CREATE'))
        throw new InputError('cypher', 'write queries are refused: CREATE');
      if (cypher.startsWith('DOWN'))
        throw new ServiceError('Neo4j at bolt://127.0.0.1:7687 is not reachable');
      throw new Error('boom');
    });
    const server = await startServer({ graphPath, viewerDir, queryRunner: fake.runner });
    try {
      const write = await postJson(server, { cypher: 'CREATE (n) RETURN n' });
      expect(write.status).toBe(400);
      expect(((await write.json()) as { error: { message: string } }).error.message).toContain(
        'write queries are refused',
      );
      const down = await postJson(server, { cypher: 'DOWN' });
      expect(down.status).toBe(503);
      const bug = await postJson(server, { cypher: 'RETURN 1' });
      expect(bug.status).toBe(500);
      expect(((await bug.json()) as { error: { message: string } }).error.message).toContain(
        'boom',
      );
    } finally {
      await server.close();
    }
  });
});

describe('startServer with missing pieces', () => {
  it('says how to make a graph when the file is missing, and how to build the viewer', async () => {
    const server = await startServer({
      graphPath: join(dir, 'missing.json'),
      viewerDir: join(dir, 'no-viewer'),
    });
    try {
      const graph = await fetch(new URL('api/graph', server.url));
      expect(graph.status).toBe(404);
      const body = (await graph.json()) as { error: { message: string; hint: string } };
      expect(body.error.message).toContain('missing.json');
      expect(body.error.hint).toContain('trama ingest');
      const page = await fetch(server.url);
      expect(page.status).toBe(503);
      expect(((await page.json()) as { error: { hint: string } }).error.hint).toContain(
        'npm run build:viewer',
      );
      const health = (await (await fetch(new URL('api/health', server.url))).json()) as {
        graph: { exists: boolean };
      };
      expect(health.graph.exists).toBe(false);
    } finally {
      await server.close();
    }
  });
});
