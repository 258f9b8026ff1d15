/** Access to ../shared/data for tests; suites that need it skip with a clear reason when it is absent. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDataDir } from '../../src/paths.js';

export const SHARED = sharedDataDir();
export const HAS_SHARED = existsSync(join(SHARED, 'sample', 'lavrov-wonsan.es.txt'));
export const SAMPLE_PATH = join(SHARED, 'sample', 'lavrov-wonsan.es.txt');

export function readShared(...parts: string[]): string {
  return readFileSync(join(SHARED, ...parts), 'utf8');
}

if (!HAS_SHARED) {
  process.stderr.write(
    `[tests] shared data not found at ${SHARED}: suites that need it are skipped (set TRAMA_SHARED_DATA)\n`,
  );
}
