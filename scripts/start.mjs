#!/usr/bin/env node
// `npm start`: ingest the sample article into graph-data/graph.json (git-ignored; $TRAMA_START_GRAPH
// names another file), store it in Neo4j when one is reachable (NEO4J_URI, or a local server started
// with `trama neo4j start`), then serve the viewer. Arguments go to `trama serve` (npm start -- --port 0).
// When graph-data/graph.json holds a graph of other articles (your own `trama ingest`), it is left as it
// is and the sample goes to $TRAMA_HOME/sample-graph.json (default .trama/) instead.
// SIGINT/SIGTERM/SIGHUP are passed on to the running child, and this script exits when it exits.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { constants } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'trama.js');
const home = process.env.TRAMA_HOME ? resolve(process.env.TRAMA_HOME) : join(root, '.trama');
const graph = process.env.TRAMA_START_GRAPH
  ? resolve(process.env.TRAMA_START_GRAPH)
  : join(root, 'graph-data', 'graph.json');
const fallback = join(home, 'sample-graph.json');
/** `trama ingest`'s exit code for an output it will not write (here: a graph of other articles). */
const EXIT_OUTPUT = 2;

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

/**
 * Runs one step as a child; resolves with its exit code (128 + signal number when a signal ended it)
 * and, with `quiet`, its standard error (kept back instead of printed).
 */
function step(command, args, { quiet = false } = {}) {
  return new Promise((done) => {
    let stderr = '';
    current = spawn(command, args, {
      cwd: root,
      stdio: ['inherit', 'inherit', quiet ? 'pipe' : 'inherit'],
    });
    current.stderr?.on('data', (chunk) => (stderr += chunk));
    current.on('exit', (code, signal) => {
      current = null;
      done({ code: code ?? 128 + (constants.signals[signal] ?? 0), stderr });
    });
  });
}

async function main() {
  if (
    !existsSync(join(root, 'dist', 'cli', 'main.js')) ||
    !existsSync(join(root, 'viewer', 'dist', 'index.html'))
  ) {
    const { code: built } = await step('npm', ['run', '--silent', 'build']);
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
  // The sample replaces an earlier sample graph, never a graph of other articles: that one is kept
  // and the sample goes to the fallback file.
  let out = graph;
  const first = await step('node', [bin, 'ingest', sample, '--out', graph, ...neo4j], {
    quiet: true,
  });
  if (stopping) return first.code;
  if (first.code === EXIT_OUTPUT) {
    out = fallback;
    // "trama: FILE: holds a graph of other articles (…) — nothing was written; pass --force …"
    const reason = (first.stderr.trim().split('\n').pop() ?? '')
      .replace(/^trama: /, '')
      .replace(/ — nothing was written.*$/, '');
    process.stdout.write(
      `left as it is: ${reason}\nthe sample graph goes to ${fallback} instead\n`,
    );
    const { code } = await step('node', [bin, 'ingest', sample, '--out', out, '--force', ...neo4j]);
    if (code !== 0 || stopping) return code;
  } else {
    process.stderr.write(first.stderr);
    if (first.code !== 0) return first.code;
  }
  return (await step('node', [bin, 'serve', '--graph', out, ...neo4j, ...process.argv.slice(2)]))
    .code;
}

process.exitCode = await main();
