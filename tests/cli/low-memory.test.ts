/**
 * `trama ingest --low-memory`: assembly in temporary files writes the same graph file and the same
 * summary as assembly in memory, leaves no temporary files, and refuses the options that need the
 * whole graph in memory. Invented articles.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir.js';
import { trama } from './run-cli.js';

const SENTENCES = [
  'La ministra de Exteriores de Noruega, Ingrid Dalen, se reunió en Oslo con el canciller de Chile, Tomás Ibarra.',
  'El canciller Tomás Ibarra se reunió con Ingrid Dalen el 3 de marzo de 2024.',
  'El Gobierno de Perú envió 300 soldados a la frontera, informó la agencia Andina.',
  'La alcaldesa de Valencia, Marta Soler, criticó al Ministerio de Hacienda.',
];

describe('ingest --low-memory', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir('trama-low-memory-');
    await mkdir(join(dir, 'in'));
    await mkdir(join(dir, 'tmp'));
    for (let k = 0; k < 6; k++) {
      const body = Array.from({ length: 2 + (k % 3) }, (_, i) => SENTENCES[(i + k) % 4]);
      await writeFile(join(dir, 'in', `a${k}.txt`), `Noticia ${k}\n\n${body.join(' ')}\n`);
    }
  });

  const ingest = async (file: string, ...flags: string[]) => {
    const run = await trama(
      ['ingest', join(dir, 'in'), '--out', file, '--no-progress', '--json', ...flags],
      // The spill folder goes in the system's temporary folder: here, one the test can list.
      { env: { TMPDIR: join(dir, 'tmp') } },
    );
    if (run.code !== 0) throw new Error(run.stderr);
    const {
      seconds: _seconds,
      out: _out,
      ...summary
    } = JSON.parse(run.stdout) as Record<string, unknown>;
    return { text: await readFile(file, 'utf8'), summary };
  };

  it('writes the same file and summary as in memory, pretty or compact, and cleans up', async () => {
    for (const pretty of [[], ['--pretty']]) {
      const memory = await ingest(join(dir, 'm.json'), ...pretty);
      const disk = await ingest(join(dir, 'd.json'), '--low-memory', '--jobs', '2', ...pretty);
      expect(disk.text).toBe(memory.text);
      expect(disk.summary).toEqual(memory.summary);
    }
    // Asked to stay in memory (the default for an input this small): the same.
    const kept = await ingest(join(dir, 'k.json'), '--no-low-memory');
    expect(kept.text).toBe((await ingest(join(dir, 'm.json'))).text);
    const envelope = JSON.parse(await readFile(join(dir, 'd.json'), 'utf8')) as {
      meta: { articleCount: number; relationCount: number };
    };
    expect(envelope.meta.articleCount).toBe(6);
    expect(envelope.meta.relationCount).toBeGreaterThan(0);
    expect(await readdir(join(dir, 'tmp'))).toEqual([]);
  }, 180_000);

  it('refuses --merges and --neo4j, before any work', async () => {
    const merges = join(dir, 'merges.json');
    await writeFile(merges, JSON.stringify({ merges: [] }));
    await expect(ingest(join(dir, 'x.json'), '--low-memory', '--merges', merges)).rejects.toThrow(
      /--low-memory: cannot be combined with --merges, which needs the whole graph in memory/,
    );
    await expect(
      ingest(join(dir, 'x.json'), '--low-memory', '--neo4j-uri', 'bolt://127.0.0.1:1'),
    ).rejects.toThrow(/--low-memory: cannot be combined with --neo4j/);
  }, 60_000);
});
