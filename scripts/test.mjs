#!/usr/bin/env node
// `npm test`: build, make sure what the suites need is installed (Chromium for the viewer tests;
// the Neo4j suites start their own server from Maven Central jars), then run the whole vitest suite.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const step = (title, command, args) => {
  process.stdout.write(`\n▶ ${title}\n`);
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (r.status !== 0) {
    process.stderr.write(`\n✖ ${title} failed (exit ${r.status ?? r.signal})\n`);
    process.exit(r.status ?? 1);
  }
};

step('format (prettier --check; fix with npm run format)', 'npx', ['prettier', '--check', '.']);
step('lint (eslint: typescript-eslint rules and module boundaries)', 'npm', [
  'run',
  '--silent',
  'lint',
]);
step('build (TypeScript → dist, viewer → viewer/dist)', 'npm', ['run', '--silent', 'build']);
step('typecheck (node: src, tests, scripts)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
step('typecheck (DOM: viewer)', 'npx', ['tsc', '--noEmit', '-p', 'viewer/tsconfig.json']);
if (existsSync(join(root, 'scripts', 'ensure-chromium.mjs')))
  step('browser for the viewer tests', 'node', ['scripts/ensure-chromium.mjs']);
const report = join(root, 'test-results', 'vitest.json');
mkdirSync(dirname(report), { recursive: true });
const run = spawnSync(
  'npx',
  [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit', env: process.env },
);
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  process.stdout.write(
    `\n${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped\n`,
  );
}
process.exit(run.status ?? 1);
