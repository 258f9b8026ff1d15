/** Runs the built CLI as a user would (`node bin/trama.js ...`); temp folders come from tests/helpers/temp-dir.ts. */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';

export const BIN = join(PACKAGE_ROOT, 'bin', 'trama.js');

// Each CLI run loads the pipeline (a few seconds, more on a busy machine); tests run several.
vi.setConfig({ testTimeout: 180_000 });

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  input?: string | Buffer;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

export function assertBuilt(): void {
  if (!existsSync(join(PACKAGE_ROOT, 'dist', 'cli', 'main.js')))
    throw new Error('dist/ missing: run `npm run build` (npm test does it)');
}

export function trama(args: string[], options: CliOptions = {}): Promise<CliResult> {
  return new Promise((done) => {
    const child = execFile(
      'node',
      [BIN, ...args],
      {
        cwd: options.cwd ?? PACKAGE_ROOT,
        env: { ...process.env, ...options.env },
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error ? Number((error as { code?: unknown }).code ?? 1) : 0;
        done({ code, stdout, stderr });
      },
    );
    child.stdin!.end(options.input ?? '');
  });
}

/** Starts the CLI without waiting for it (servers); the caller stops it. */
export function spawnTrama(args: string[], options: CliOptions = {}): ChildProcess {
  return spawn('node', [BIN, ...args], {
    cwd: options.cwd ?? PACKAGE_ROOT,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Resolves with the first stdout text matching `pattern` (or rejects when the process exits first). */
export function waitForOutput(child: ChildProcess, pattern: RegExp, ms = 60_000): Promise<string> {
  return new Promise((done, fail) => {
    let text = '';
    const timer = setTimeout(() => fail(new Error(`no ${pattern} within ${ms} ms: ${text}`)), ms);
    const onData = (chunk: Buffer) => {
      text += chunk.toString();
      const m = pattern.exec(text);
      if (m) {
        clearTimeout(timer);
        done(m[0]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`exited with ${code} before ${pattern}: ${text}`));
    });
  });
}

export { tempDir } from '../helpers/temp-dir.js';
