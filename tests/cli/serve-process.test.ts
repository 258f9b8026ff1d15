/** `trama serve` and `npm start` as processes: ports, a missing graph, and signals reaching every child. */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer, connect } from 'node:net';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { parseGraphEnvelope } from '../../src/schema/index.js';
import { assertBuilt, spawnTrama, tempDir, trama, waitForOutput } from './run-cli.js';

const SAMPLE_GRAPH = join(PACKAGE_ROOT, 'graph-data', 'sample.json');

function portIsFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      done(false);
    });
    socket.once('error', () => done(true));
  });
}

/** Every descendant pid of `pid` (children, grandchildren, ...). */
function descendants(pid: number): number[] {
  let out: string;
  try {
    out = execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' });
  } catch {
    return [];
  }
  const children = out.split('\n').filter(Boolean).map(Number);
  return [...children, ...children.flatMap(descendants)];
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Sends SIGTERM and resolves with the exit code once `child` has exited. */
function terminate(child: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((done) => child.once('exit', done));
  child.kill('SIGTERM');
  return exited;
}

describe('serve and npm start as processes', () => {
  let dir: string;
  beforeAll(async () => {
    assertBuilt();
    dir = await tempDir();
  });

  it('a busy port is named, with --port suggested (exit 4, no stack trace)', async () => {
    const blocker = createServer();
    await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
    const port = (blocker.address() as { port: number }).port;
    try {
      const r = await trama(['serve', '--graph', SAMPLE_GRAPH, '--port', String(port)]);
      expect(r.code).toBe(4);
      expect(r.stderr).toContain(`port ${port} is already in use`);
      expect(r.stderr).toContain('--port');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    } finally {
      blocker.close();
    }
  });

  it('refuses to start on a missing (exit 2) or invalid (exit 3) graph', async () => {
    const missing = await trama(['serve', '--graph', join(dir, 'none.json'), '--port', '0']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/none\.json: graph file not found; make one with `trama ingest/);
    const invalid = join(dir, 'invalid.json');
    await writeFile(invalid, '{"format":"trama-graph","version":1}');
    const bad = await trama(['serve', '--graph', invalid, '--port', '0']);
    expect(bad.code).toBe(3);
    expect(bad.stderr).toContain(invalid);
  });

  it('--port 0 picks a free port and prints it; SIGTERM stops the server', async () => {
    const child = spawnTrama(['serve', '--graph', SAMPLE_GRAPH, '--port', '0']);
    const line = await waitForOutput(child, /\(port (\d+)\)/);
    const port = Number(/\d+/.exec(line)![0]);
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(health.status).toBe(200);
    expect(await terminate(child)).toBe(0);
    expect(await portIsFree(port)).toBe(true);
  });

  /** `npm start -- --port 0` with its output file and fallback home in a temporary folder. */
  async function npmStart(home?: string): Promise<{
    npm: ChildProcess;
    graph: string;
    home: string;
    output: () => string;
  }> {
    home ??= await tempDir('trama-start-');
    const graph = join(home, 'graph.json');
    const npm = spawn('npm', ['start', '--', '--port', '0'], {
      cwd: PACKAGE_ROOT,
      env: { ...process.env, TRAMA_HOME: home, TRAMA_START_GRAPH: graph, NEO4J_URI: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    npm.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    return { npm, graph, home, output: () => output };
  }

  it('`npm start` writes the sample graph to its output file (graph-data/graph.json by default) and serves it', async () => {
    const { npm, graph, home, output } = await npmStart();
    await waitForOutput(npm, /press Ctrl\+C/, 120_000);
    await terminate(npm);
    const written = parseGraphEnvelope(await readFile(graph, 'utf8'), graph);
    expect(written.meta?.articleCount).toBe(1);
    expect(output()).toContain(`graph: ${graph}`);
    expect(existsSync(join(home, 'sample-graph.json'))).toBe(false);
  }, 180_000);

  it('`npm start` leaves a graph of other articles where it is and serves the sample from $TRAMA_HOME', async () => {
    // Someone's own graph in the output file: another article.
    const home = await tempDir('trama-start-');
    const graph = join(home, 'graph.json');
    const article = join(home, 'otra.txt');
    await writeFile(article, 'Otra noticia\n\nLa ministra Ana Ruiz visitó Lima el lunes.\n');
    const own = await trama(['ingest', article, '--out', graph, '--force', '--no-progress']);
    expect(own.code).toBe(0);
    const before = await readFile(graph, 'utf8');
    const { npm, output } = await npmStart(home);
    await waitForOutput(npm, /press Ctrl\+C/, 120_000);
    await terminate(npm);
    expect(await readFile(graph, 'utf8')).toBe(before);
    const fallback = join(home, 'sample-graph.json');
    expect(output()).toContain(`left as it is: ${graph}: holds a graph of other articles`);
    expect(output()).toContain(`graph: ${fallback}`);
    expect(parseGraphEnvelope(await readFile(fallback, 'utf8'), fallback).meta?.articleCount).toBe(
      1,
    );
  }, 180_000);

  it('SIGTERM to `npm start` reaches trama serve: the port is freed and no child survives', async () => {
    const { npm } = await npmStart();
    const line = await waitForOutput(npm, /\(port (\d+)\)/, 120_000);
    const port = Number(/\d+/.exec(line)![0]);
    const family = descendants(npm.pid!);
    expect(family.length).toBeGreaterThan(0);
    await terminate(npm);
    // Children exit right after the parent; give them a moment.
    for (let i = 0; i < 50 && family.some(alive); i++) await new Promise((r) => setTimeout(r, 100));
    expect(family.filter(alive)).toEqual([]);
    expect(await portIsFree(port)).toBe(true);
  }, 180_000);
});
