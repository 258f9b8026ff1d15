/** Where the built viewer lives: `<package>/viewer/dist`, whether running from src/ (tsx) or dist/. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** src/server/ and dist/server/ are both two levels below the package root. */
export function defaultViewerDir(): string {
  return fileURLToPath(new URL('../../viewer/dist/', import.meta.url));
}

export function isViewerBuilt(dir: string): boolean {
  return existsSync(join(dir, 'index.html'));
}

export const BUILD_VIEWER_HINT =
  'build the viewer with `npm run build:viewer` (or `npm run build`)';
