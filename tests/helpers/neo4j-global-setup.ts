/**
 * vitest globalSetup of the `neo4j` test project: one real Neo4j for the whole run, on free ports
 * with a fresh temporary data folder, stopped (and the folder removed) afterwards.
 * When TRAMA_TEST_NEO4J_URI is set (e.g. by scripts/test.mjs, which may start the server itself),
 * that server is used instead; TRAMA_TEST_NEO4J_USERNAME/PASSWORD go with it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { startNeo4j, type RunningNeo4j } from '../../src/neo4j/index.js';

export interface TestNeo4j {
  uri: string;
  username: string;
  password: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

let server: RunningNeo4j | undefined;
let dataDir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  const external = process.env.TRAMA_TEST_NEO4J_URI;
  if (external) {
    project.provide('neo4j', {
      uri: external,
      username: process.env.TRAMA_TEST_NEO4J_USERNAME ?? 'neo4j',
      password: process.env.TRAMA_TEST_NEO4J_PASSWORD ?? 'trama-dev-password',
    });
    return;
  }
  dataDir = mkdtempSync(join(tmpdir(), 'trama-neo4j-test-'));
  const started = Date.now();
  server = await startNeo4j({
    dataDir,
    password: 'trama-test-password',
    heap: process.env.TRAMA_NEO4J_HEAP ?? '768m',
    onProgress: (line) => process.stderr.write(`[neo4j] ${line}\n`),
  });
  process.stderr.write(
    `[neo4j] test server ${server.uri} ready in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
  project.provide('neo4j', {
    uri: server.uri,
    username: server.username,
    password: server.password,
  });
}

export async function teardown(): Promise<void> {
  if (server) await server.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
