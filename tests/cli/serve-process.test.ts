/** `trama serve` and `npm start` as processes: ports, a missing graph, and signals reaching every child. */
import { execFileSync, spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { createServer, connect } from 'node:net';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
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
    const exited = new Promise<number | null>((done) => child.once('exit', done));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(await portIsFree(port)).toBe(true);
  });

  it('SIGTERM to `npm start` reaches trama serve: the port is freed and no child survives', async () => {
    const home = await tempDir('trama-start-');
    const npm = spawn('npm', ['start', '--', '--port', '0'], {
      cwd: PACKAGE_ROOT,
      env: { ...process.env, TRAMA_HOME: home, NEO4J_URI: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const line = await waitForOutput(npm, /\(port (\d+)\)/, 120_000);
    const port = Number(/\d+/.exec(line)![0]);
    const family = descendants(npm.pid!);
    expect(family.length).toBeGreaterThan(0);
    const exited = new Promise<void>((done) => npm.once('exit', () => done()));
    npm.kill('SIGTERM');
    await exited;
    // Children exit right after the parent; give them a moment.
    for (let i = 0; i < 50 && family.some(alive); i++) await new Promise((r) => setTimeout(r, 100));
    expect(family.filter(alive)).toEqual([]);
    expect(await portIsFree(port)).toBe(true);
  }, 180_000);
});
