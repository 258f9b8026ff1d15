/**
 * `trama ingest --jobs N`: extraction on the main thread and worker threads gives the byte-identical graph for every N
 * (results are assembled in input order whatever finishes first). Invented articles of very different
 * lengths, so workers finish out of order.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';

const exec = promisify(execFile);
const BIN = join(PACKAGE_ROOT, 'bin', 'trama.js');

const SENTENCES = [
  'La ministra de Exteriores de Noruega, Ingrid Dalen, se reunió en Oslo con el canciller de Chile, Tomás Ibarra.',
  'Según fuentes oficiales, el presidente de Portugal, Rui Alves, visitó Lisboa el 3 de marzo de 2024.',
  'El Gobierno de Perú envió 300 soldados a la frontera, informó la agencia Andina.',
  'La alcaldesa de Valencia, Marta Soler, criticó al Ministerio de Hacienda.',
];

describe('ingest --jobs', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'trama-jobs-'));
    await mkdir(join(dir, 'in'));
    for (let k = 0; k < 7; k++) {
      const body = Array.from(
        { length: 1 + ((k * 5) % 13) },
        (_, i) => SENTENCES[(i + k) % SENTENCES.length],
      );
      await writeFile(join(dir, 'in', `a${k}.txt`), `Noticia ${k}\n\n${body.join(' ')}\n`);
    }
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('writes the same bytes with 1 and 2 workers, pretty or compact', async () => {
    const out = async (jobs: number, pretty: boolean): Promise<string> => {
      const file = join(dir, `g${jobs}${pretty ? 'p' : ''}.json`);
      const flags = ['--jobs', String(jobs), ...(pretty ? ['--pretty'] : [])];
      await exec('node', [
        BIN,
        'ingest',
        join(dir, 'in'),
        '--out',
        file,
        '--no-progress',
        ...flags,
      ]);
      return readFile(file, 'utf8');
    };
    const one = await out(1, true);
    const two = await out(2, true);
    expect(two).toBe(one);
    const envelope = JSON.parse(one) as { meta: { articleCount: number; relationCount: number } };
    expect(envelope.meta.articleCount).toBe(7);
    expect(envelope.meta.relationCount).toBeGreaterThan(0);
    expect(await out(2, false)).toBe(`${JSON.stringify(envelope)}\n`);
  }, 180_000);
});
