#!/usr/bin/env node
// `npm start`: ingest the sample article into graph-data/graph.json, then serve the viewer when it is built.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const trama = (args) => spawnSync('node', [join(root, 'bin', 'trama.js'), ...args], { cwd: root, stdio: 'inherit' });

if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) {
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const ingest = trama(['ingest', 'graph-data/lavrov-wonsan.es.txt', '--out', 'graph-data/graph.json']);
if (ingest.status !== 0) process.exit(ingest.status ?? 1);
const help = spawnSync('node', [join(root, 'bin', 'trama.js'), '--help'], { cwd: root, encoding: 'utf8' });
if (help.stdout.includes('serve')) {
  trama(['serve', '--graph', 'graph-data/graph.json', ...process.argv.slice(2)]);
} else {
  process.stdout.write('\nGraph written to graph-data/graph.json. (The viewer is not part of this build yet.)\n');
}
