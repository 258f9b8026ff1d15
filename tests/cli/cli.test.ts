/** The built CLI as a user runs it: exit codes, help, summary, and no half-written output. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { HAS_SHARED, SAMPLE_PATH } from '../helpers/shared-data.js';
import { assertBuilt, tempDir, trama as run } from './run-cli.js';

const trama = (args: string[], input?: string) => run(args, input === undefined ? {} : { input });

describe('trama CLI', () => {
  let dir: string;
  beforeAll(async () => {
    assertBuilt();
    dir = await tempDir();
  });

  it('prints help for every command and exits 0', async () => {
    for (const args of [
      ['--help'],
      ['ingest', '--help'],
      ['export', '--help'],
      ['eval', 'gold', '--help'],
    ]) {
      const r = await trama(args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout).toMatch(/Usage: trama/);
    }
  });

  it('exits non-zero on an unknown command or a bad option value', async () => {
    expect((await trama(['frobnicate'])).code).not.toBe(0);
    const bad = await trama(['ingest', '--lang', 'fr', 'x.txt']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/--lang/);
  });

  it.skipIf(!HAS_SHARED)(
    'ingests the sample and prints a summary by type and category',
    async () => {
      const out = join(dir, 'sample.json');
      const r = await trama(['ingest', SAMPLE_PATH, '--out', out]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/articles:\s+1/);
      expect(r.stdout).toMatch(/Person \d+/);
      expect(r.stdout).toMatch(/meeting_visit \d+/);
      expect(JSON.parse(await readFile(out, 'utf8')).format).toBe('trama-graph');
    },
  );

  it('reads stdin with "-" and writes the graph to stdout with --out -', async () => {
    const r = await trama(
      ['ingest', '-', '--out', '-', '--no-progress'],
      'Titular\n\nEl presidente de Francia, Emmanuel Macron, visitó Madrid.',
    );
    expect(r.code).toBe(0);
    const env = JSON.parse(r.stdout);
    expect(
      env.graph.nodes.some(
        (n: { attributes: { name: string } }) => n.attributes.name === 'Emmanuel Macron',
      ),
    ).toBe(true);
  });

  it('on bad input exits 2, names the file, and leaves an existing output untouched', async () => {
    const out = join(dir, 'keep.json');
    await writeFile(out, 'previous content');
    const empty = join(dir, 'empty.txt');
    await writeFile(empty, '   \n');
    const r = await trama(['ingest', empty, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(empty);
    expect(r.stderr).toMatch(/empty/);
    expect(await readFile(out, 'utf8')).toBe('previous content');
  });

  it('exports GEXF to stdout and refuses CSV without a folder', async () => {
    const graph = join(dir, 'g.json');
    await trama(
      ['ingest', '-', '--out', graph],
      'Titular\n\nLa ministra de Defensa de España, Margarita Robles, viajó a Rabat.',
    );
    const gexf = await trama(['export', '--graph', graph, '--format', 'gexf']);
    expect(gexf.code).toBe(0);
    expect(gexf.stdout).toMatch(/<gexf/);
    const csv = await trama(['export', '--graph', graph, '--format', 'csv']);
    expect(csv.code).toBe(1); // a usage error: the format needs a folder
    expect(csv.stderr).toMatch(/--out/);
  });

  it('reports an invalid graph file with exit code 3 naming the file', async () => {
    const bad = join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify({ format: 'trama-graph', version: 9 }));
    const r = await trama(['export', '--graph', bad]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(bad);
  });
});
