/** Well-known locations, resolved from the package root so they work from src/ (tsx) and dist/. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

function findPackageRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return start;
    dir = parent;
  }
  return dir;
}

export const PACKAGE_ROOT = findPackageRoot(dirname(fileURLToPath(import.meta.url)));

/** The read-only shared data folder (sample, CoNLL, news + gold): TRAMA_SHARED_DATA or ../shared/data. */
export function sharedDataDir(): string {
  return process.env.TRAMA_SHARED_DATA
    ? resolve(process.env.TRAMA_SHARED_DATA)
    : resolve(PACKAGE_ROOT, '..', 'shared', 'data');
}

export const DEFAULT_GRAPH_PATH = join('graph-data', 'graph.json');
