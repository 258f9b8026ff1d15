#!/usr/bin/env node
/**
 * Makes sure Debian's Chromium is at /usr/bin/chromium for the browser tests and the viewer bench.
 * Missing and root: installs it with apt-get (non-interactive). Missing and not root: says what to run.
 * Never downloads a browser build of its own.
 *
 *   node scripts/ensure-chromium.mjs        # CLI
 *   import { ensureChromium } from './scripts/ensure-chromium.mjs'
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Launch flags for headless runs. WebGL goes through SwiftShader, so `--disable-software-rasterizer`
 * must never be added (sigma then fails with "reading 'blendFunc'").
 */
export const CHROMIUM_FLAGS = Object.freeze([
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]);

export class ChromiumMissingError extends Error {}

const INSTALL_HINT = `run as root: apt-get update && apt-get install -y chromium`;

function run(command, args) {
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) {
    throw new ChromiumMissingError(
      `ensureChromium: \`${command} ${args.join(' ')}\` failed (exit ${result.status ?? result.signal}); ${INSTALL_HINT}`,
    );
  }
}

/** Returns the Chromium path, installing it first when missing and allowed. */
export function ensureChromium({
  path = CHROMIUM_PATH,
  log = (line) => process.stderr.write(`${line}\n`),
} = {}) {
  if (existsSync(path)) return path;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    throw new ChromiumMissingError(
      `ensureChromium: ${path} is missing and this process is not root; ${INSTALL_HINT}`,
    );
  }
  log(`ensureChromium: ${path} missing; installing Debian's chromium with apt-get…`);
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', '-q', 'chromium']);
  if (!existsSync(path))
    throw new ChromiumMissingError(`ensureChromium: apt-get finished but ${path} is still missing`);
  return path;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    process.stdout.write(`${ensureChromium()}\n`);
  } catch (error) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
