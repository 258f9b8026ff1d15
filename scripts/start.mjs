#!/usr/bin/env node
// `npm start`: ingest the sample article into a git-ignored graph ($TRAMA_HOME/sample-graph.json,
// default .trama/), store it in Neo4j when one is reachable (NEO4J_URI, or a local server started
// with `trama neo4j start`), then serve the viewer. Arguments go to `trama serve` (npm start -- --port 0).
// SIGINT/SIGTERM/SIGHUP are passed on to the running child, and this script exits when it exits.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { constants } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'trama.js');
const home = process.env.TRAMA_HOME ? resolve(process.env.TRAMA_HOME) : join(root, '.trama');
const graph = join(home, 'sample-graph.json');

let current = null;
let stopping = null;
function stop(signal) {
  stopping = signal;
  if (current) current.kill(signal);
  else process.exit(128 + constants.signals[signal]);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(signal));
// npm runs this through `sh -c`, and a shell that does not pass signals on dies alone: when our
// parent goes away (we are re-parented), stop as if told to.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent && !stopping) stop('SIGTERM');
}, 500).unref();

/** Runs one step as a child; resolves with its exit code (128 + signal number when a signal ended it). */
function step(command, args) {
  return new Promise((done) => {
    current = spawn(command, args, { cwd: root, stdio: 'inherit' });
    current.on('exit', (code, signal) => {
      current = null;
      done(code ?? 128 + (constants.signals[signal] ?? 0));
    });
  });
}

async function main() {
  if (
    !existsSync(join(root, 'dist', 'cli', 'main.js')) ||
    !existsSync(join(root, 'viewer', 'dist', 'index.html'))
  ) {
    const built = await step('npm', ['run', '--silent', 'build']);
    if (built !== 0 || stopping) return built;
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
  const sample = join('graph-data', 'lavrov-wonsan.es.txt');
  const ingested = await step('node', [bin, 'ingest', sample, '--out', graph, '--force', ...neo4j]);
  if (ingested !== 0 || stopping) return ingested;
  return step('node', [bin, 'serve', '--graph', graph, ...neo4j, ...process.argv.slice(2)]);
}

process.exitCode = await main();
