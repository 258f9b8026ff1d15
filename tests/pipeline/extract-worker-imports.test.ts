import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractWithKnowledge as fromExtract } from '../../src/pipeline/extract.js';
import { extractWithKnowledge as fromIndex } from '../../src/pipeline/index.js';

/** Modules a source file imports at run time (`import type` is erased by the compiler). */
function runtimeImports(file: string): string[] {
  const text = readFileSync(new URL(`../../src/pipeline/${file}`, import.meta.url), 'utf8');
  return [...text.matchAll(/^import (?!type )[^;]*?from '([^']+)';/gms)].map((m) => m[1]!);
}

describe('extraction worker start-up', () => {
  it('loads the NLP layer only: no reading, decoding or graph assembly modules', () => {
    const loaded = [...runtimeImports('extract-worker.ts'), ...runtimeImports('extract.ts')];
    expect(loaded).toContain('./extract.js');
    expect(loaded.filter((m) => /\/(ingest|graph)\/|\.\/ingest\.js$/.test(m))).toEqual([]);
  });

  it('is the same extraction the pipeline exports', () => {
    expect(fromExtract).toBe(fromIndex);
  });
});
