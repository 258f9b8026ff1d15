/** `trama ingest --merges FILE`: a curator's "same entity" decisions survive the next ingest. */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import type { EntityNode, GraphEnvelope } from '../../src/schema/index.js';

const run = promisify(execFile);
const BIN = join(PACKAGE_ROOT, 'bin', 'trama.js');

/** Invented article. */
const ARTICLE =
  'Visita oficial\n\nLa ministra Carmen Robles viajó a Quito el martes. Robles se reunió con el presidente de Ecuador, Julio Andrade.\n';

async function trama(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', [BIN, ...args], { cwd: PACKAGE_ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('trama ingest --merges', () => {
  let dir: string;
  beforeAll(async () => {
    if (!existsSync(join(PACKAGE_ROOT, 'dist', 'cli', 'main.js')))
      throw new Error('dist/ missing: run `npm run build` (npm test does it)');
    dir = await mkdtemp(join(tmpdir(), 'trama-merges-'));
    await writeFile(join(dir, 'visita.txt'), ARTICLE);
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('applies the merge list to the ingested graph', async () => {
    const plain = await trama([
      'ingest',
      join(dir, 'visita.txt'),
      '--out',
      join(dir, 'plain.json'),
    ]);
    expect(plain.code, plain.stderr).toBe(0);
    const before = JSON.parse(await readFile(join(dir, 'plain.json'), 'utf8')) as GraphEnvelope;
    const keys = before.graph.nodes.map((n) => n.key);
    expect(keys).toEqual(expect.arrayContaining(['Country:ecuador', 'City:quito']));

    const mergesPath = join(dir, 'merges.json');
    await writeFile(
      mergesPath,
      JSON.stringify({
        format: 'trama-merges',
        version: 1,
        merges: [
          { into: 'Country:ecuador', from: 'City:quito', note: 'invented test decision' },
          { into: 'Country:ecuador', from: 'Person:not-in-this-ingest' },
        ],
      }),
    );
    const out = join(dir, 'merged.json');
    const r = await trama([
      'ingest',
      join(dir, 'visita.txt'),
      '--out',
      out,
      '--merges',
      mergesPath,
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/1 of 2 merges applied/);
    expect(r.stderr).toMatch(/Person:not-in-this-ingest.*skipped: no node/);
    const after = JSON.parse(await readFile(out, 'utf8')) as GraphEnvelope;
    expect(after.graph.nodes.map((n) => n.key)).not.toContain('City:quito');
    const ecuador = after.graph.nodes.find((n) => n.key === 'Country:ecuador')!
      .attributes as EntityNode;
    expect(ecuador.aliases).toContain('Quito');
    expect(ecuador.mentions.map((m) => m.text)).toContain('Quito');
    expect(
      after.graph.edges.some((e) => e.source === 'City:quito' || e.target === 'City:quito'),
    ).toBe(false);
    expect(
      after.graph.edges.some(
        (e) => e.target === 'Country:ecuador' && e.attributes.predicate === 'VISITED',
      ),
    ).toBe(true);
    expect(after.meta.entityCount).toBe(before.meta.entityCount - 1);
  });

  it('refuses a bad merge list with exit 3, naming the file, and writes nothing', async () => {
    const bad = join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify({ format: 'trama-merges', version: 1, merges: [{}] }));
    const out = join(dir, 'never.json');
    const r = await trama(['ingest', join(dir, 'visita.txt'), '--out', out, '--merges', bad]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(bad);
    expect(r.stderr).toMatch(/merges\.0\.into/);
    expect(existsSync(out)).toBe(false);
    const missing = await trama([
      'ingest',
      join(dir, 'visita.txt'),
      '--out',
      out,
      '--merges',
      join(dir, 'nope.json'),
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.json: cannot read the merge list/);
  });
});
