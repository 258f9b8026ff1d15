#!/usr/bin/env node
// `npm start`: ingest the sample article into graph-data/graph.json, store it in Neo4j when one is
// reachable (NEO4J_URI, or a local server started with `trama neo4j start`), then serve the viewer.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'trama.js');
const trama = (args, options = {}) =>
  spawnSync('node', [bin, ...args], { cwd: root, stdio: 'inherit', ...options });

if (
  !existsSync(join(root, 'dist', 'cli', 'main.js')) ||
  !existsSync(join(root, 'viewer', 'dist', 'index.html'))
) {
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// Which Neo4j, if any: NEO4J_URI wins; else the local server of `trama neo4j start`, when it runs.
const neo4j = [];
if (process.env.NEO4J_URI) {
  neo4j.push('--neo4j');
} else {
  const status = spawnSync('node', [bin, 'neo4j', 'status', '--json'], {
    cwd: root,
    encoding: 'utf8',
  });
  try {
    const s = JSON.parse(status.stdout);
    if (s.running && s.uri) neo4j.push('--neo4j-uri', s.uri);
  } catch {
    // no local server: the graph file is enough
  }
}
if (neo4j.length === 0)
  process.stdout.write(
    '(no Neo4j reachable: set NEO4J_URI or run `npx trama neo4j start` to also store the graph)\n',
  );

const ingest = trama([
  'ingest',
  'graph-data/lavrov-wonsan.es.txt',
  '--out',
  'graph-data/graph.json',
  '--pretty', // the shipped sample graph is kept readable
  ...neo4j,
]);
if (ingest.status !== 0) process.exit(ingest.status ?? 1);
const serve = trama([
  'serve',
  '--graph',
  'graph-data/graph.json',
  '--pretty', // the shipped sample graph is kept readable
  ...neo4j,
  ...process.argv.slice(2),
]);
process.exit(serve.status ?? 0);
