/**
 * The local server's life cycle and a crash in the middle of a store. This file runs its own Neo4j
 * (it kills it), separate from the shared test server.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateSyntheticGraph } from '../../src/graph/synthetic.js';
import { neo4jStatus, startNeo4j, stopNeo4j, type RunningNeo4j } from '../../src/neo4j/index.js';
import { ServiceError, type GraphEnvelope } from '../../src/schema/index.js';
import { readGraphFromNeo4j, resolveNeo4jConfig, storeGraph } from '../../src/store/index.js';

const dataDir = mkdtempSync(join(tmpdir(), 'trama-neo4j-crash-'));
let server: RunningNeo4j | undefined;

afterAll(async () => {
  await stopNeo4j(dataDir);
  rmSync(dataDir, { recursive: true, force: true });
});

function relationsOf(envelope: GraphEnvelope) {
  return envelope.graph.edges
    .filter((e) => e.attributes.kind === 'relation')
    .map((e) => JSON.stringify([e.key, e.source, e.target, e.attributes]))
    .sort();
}

describe('local Neo4j server', () => {
  it('starts, reports its status, and refuses a second start on the same data folder', async () => {
    server = await startNeo4j({ dataDir, heap: '512m', pageCache: '128m' });
    expect(server.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    const status = neo4jStatus(dataDir);
    expect(status).toMatchObject({ running: true, pid: server.pid, uri: server.uri });
    await expect(startNeo4j({ dataDir })).rejects.toThrow(
      /already running on data folder .*trama neo4j stop/,
    );
    expect(neo4jStatus(dataDir).running).toBe(true);
  }, 240_000);

  it('a store interrupted by the server being killed fails clearly, and re-running it completes the identical graph', async () => {
    const running = server!;
    const config = resolveNeo4jConfig(
      { neo4jUri: running.uri, neo4jPassword: running.password },
      {},
    );
    const envelope = generateSyntheticGraph({ nodes: 1500, edges: 6000, articles: 40, seed: 7 });
    let killedAt = 0;
    const started = Date.now();
    // Five whole articles per transaction: the kill lands after the first transaction committed.
    const error = await storeGraph(config, envelope, {
      maxArticlesPerTransaction: 5,
      onArticle: (done) => {
        if (done === 5 && !killedAt) {
          process.kill(running.pid, 'SIGKILL');
          killedAt = Date.now();
        }
      },
    }).catch((e: unknown) => e);
    expect(killedAt).toBeGreaterThan(0);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as Error).message).toMatch(
      /cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:\d+ while storing articles \w+\.\.\w+ \(6-10 of 40, one transaction; the 5 before them are stored, re-run to finish\)/,
    );
    // It fails rather than hangs: retries (8 s) plus connection timeouts, with slack for a loaded CI machine.
    expect(Date.now() - killedAt).toBeLessThan(60_000);
    expect(Date.now() - started).toBeGreaterThan(0);

    // The state file of the killed server is stale: status says so, and a new start takes over.
    expect(neo4jStatus(dataDir).running).toBe(false);
    server = await startNeo4j({
      dataDir,
      boltPort: running.boltPort,
      httpPort: running.httpPort,
      heap: '512m',
      pageCache: '128m',
    });
    const summary = await storeGraph(config, envelope);
    expect(summary.articles).toBe(40);
    const once = await readGraphFromNeo4j(config);
    expect(relationsOf(once)).toEqual(relationsOf(envelope));
    expect(once.graph.nodes.map((n) => n.key).sort()).toEqual(
      envelope.graph.nodes.map((n) => n.key).sort(),
    );

    await storeGraph(config, envelope);
    expect(await readGraphFromNeo4j(config)).toEqual(once);
  }, 400_000);

  it('stops cleanly on SIGTERM', async () => {
    const result = await stopNeo4j(dataDir);
    expect(result).toMatchObject({ stopped: true, clean: true, pid: server!.pid });
    expect(neo4jStatus(dataDir).running).toBe(false);
    expect(await stopNeo4j(dataDir)).toMatchObject({ stopped: false });
  }, 120_000);
});
