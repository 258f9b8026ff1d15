/** When `trama ingest` assembles on disk without being asked: large inputs, unless an option needs the graph. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUTO_LOW_MEMORY_BYTES, chooseLowMemory, inputBytes } from '../../src/cli/low-memory.js';
import { tempDirSync } from '../helpers/temp-dir.js';

const dir = tempDirSync('trama-low-memory-choice-');

describe('chooseLowMemory', () => {
  it('does as asked, whatever the size', () => {
    expect(chooseLowMemory(true, 0, false)).toEqual({ lowMemory: true });
    expect(chooseLowMemory(false, 10 * AUTO_LOW_MEMORY_BYTES, false)).toEqual({ lowMemory: false });
  });

  it('chooses the disk above the limit, with a note, unless the whole graph is needed', () => {
    expect(chooseLowMemory(undefined, AUTO_LOW_MEMORY_BYTES, false)).toEqual({ lowMemory: false });
    const big = chooseLowMemory(undefined, 20 * 2 ** 20, false);
    expect(big.lowMemory).toBe(true);
    expect(big.note).toBe(
      '20 MiB of input: assembling the graph on disk to keep memory bounded (--no-low-memory keeps it in memory)',
    );
    expect(chooseLowMemory(undefined, 20 * 2 ** 20, true)).toEqual({ lowMemory: false });
  });

  it('counts the bytes of the files an ingest would read, not those it skips', async () => {
    await writeFile(join(dir, 'a.txt'), 'x'.repeat(1000));
    await writeFile(join(dir, 'b.md'), 'y'.repeat(500));
    await writeFile(join(dir, 'README.md'), 'z'.repeat(300)); // a project file: skipped
    expect(await inputBytes([dir], {})).toBe(1500);
    expect(await inputBytes([dir], { exclude: ['*.md'] })).toBe(1000);
    expect(await inputBytes(['-', join(dir, 'a.txt')], {})).toBe(1000);
  });
});
