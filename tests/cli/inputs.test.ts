/** What `trama ingest` reads and how it reports it: paths as typed, folders, bad files, encodings, --out. */
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readInput } from '../../src/ingest/index.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { assertBuilt, tempDir, trama } from './run-cli.js';

const ARTICLE = 'Titular\n\nLa ministra de Defensa de España, Margarita Robles, viajó a Rabat.\n';
const OTHER = 'Otro titular\n\nEl presidente de Francia, Emmanuel Macron, visitó Lisboa.\n';

interface GraphFile {
  graph: { nodes: Array<{ attributes: { kind: string; source?: string; name?: string } }> };
}
const sources = (g: GraphFile): string[] =>
  g.graph.nodes.filter((n) => n.attributes.kind === 'article').map((n) => n.attributes.source!);

describe('ingest inputs', () => {
  let dir: string;
  beforeAll(async () => {
    assertBuilt();
    dir = await tempDir();
  });

  it('shows and stores paths exactly as typed, from whatever folder it runs in', async () => {
    const sub = join(dir, 'run-here');
    await mkdir(sub);
    await writeFile(join(dir, 'a.txt'), ARTICLE);
    await writeFile(join(dir, 'bin.txt'), Buffer.from([1, 0, 2, 0, 3]));
    const ok = await trama(['ingest', '../a.txt', '--out', 'g.json'], { cwd: sub });
    expect(ok.code).toBe(0);
    expect(sources(JSON.parse(await readFile(join(sub, 'g.json'), 'utf8')))).toEqual(['../a.txt']);
    const bad = await trama(['ingest', '../bin.txt', '--out', 'g2.json'], { cwd: sub });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^trama: \.\.\/bin\.txt: looks like a binary file/);
    // The same file typed another way has the same canonical sourceKey (what the store replaces on).
    await symlink(join(dir, 'a.txt'), join(sub, 'link.txt'));
    const [typed] = await readInput(relative(process.cwd(), join(dir, 'a.txt')));
    const [linked] = await readInput(join(sub, 'link.txt'));
    expect(typed!.sourceKey).toBe(linked!.sourceKey);
    expect(typed!.source).not.toBe(linked!.source);
  });

  it('skips README/LICENSE-like files and other formats in folders, says so, and takes --include/--exclude', async () => {
    const news = join(dir, 'news');
    await mkdir(join(news, 'gold'), { recursive: true });
    await mkdir(join(news, 'drafts'));
    await writeFile(join(news, 'one.txt'), ARTICLE);
    await writeFile(join(news, 'README.md'), '# Data\n\nEncoding: UTF-8. Person, URL.\n');
    await writeFile(join(news, 'LICENSE.txt'), 'Permission is hereby granted.\n');
    await writeFile(join(news, 'gold', 'one.json'), '{"entities": []}');
    await writeFile(join(news, 'drafts', 'two.txt'), OTHER);
    const out = join(dir, 'news.json');
    const r = await trama(['ingest', news, '--out', out, '--force']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/articles:\s+2/);
    expect(r.stdout).toMatch(
      /skipped: .*2 project files \(README, LICENSE, \.\.\.\): .*LICENSE\.txt, .*README\.md/,
    );
    expect(r.stdout).toMatch(/1 other formats \(\.json\): .*gold\/one\.json/);
    const names = JSON.parse(await readFile(out, 'utf8')).graph.nodes.map(
      (n: { attributes: { name?: string } }) => n.attributes.name,
    );
    expect(names).not.toContain('UTF-8');
    const excluded = await trama([
      'ingest',
      news,
      '--out',
      out,
      '--force',
      '--exclude',
      'drafts/**',
    ]);
    expect(excluded.stdout).toMatch(/articles:\s+1/);
    expect(excluded.stdout).toMatch(/excluded by --exclude drafts\/\*\*: .*two\.txt/);
    const included = await trama([
      'ingest',
      news,
      '--out',
      out,
      '--force',
      '--include',
      'README.md',
    ]);
    expect(included.stdout).toMatch(/articles:\s+1/);
    expect(sources(JSON.parse(await readFile(out, 'utf8')))).toEqual([join(news, 'README.md')]);
  });

  it('reports every bad file once, then stops without writing', async () => {
    const folder = join(dir, 'mixed');
    await mkdir(folder);
    await writeFile(join(folder, 'a-empty.txt'), ' \n');
    await writeFile(join(folder, 'b-good.txt'), ARTICLE);
    await writeFile(join(folder, 'c-binary.txt'), Buffer.from([0, 1, 0, 2]));
    const out = join(dir, 'mixed.json');
    const r = await trama(['ingest', folder, '--out', out]);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.filter((l) => l.includes('a-empty.txt'))).toHaveLength(1);
    expect(lines.filter((l) => l.includes('c-binary.txt'))).toHaveLength(1);
    expect(lines[1]).toMatch(/nothing was written \(2 bad inputs/);
    await expect(readFile(out)).rejects.toThrow();
  });

  it('decodes UTF-16 files with a byte-order mark', async () => {
    const text = 'Titular\n\nLa ministra de Defensa de España, Margarita Robles, viajó a Rabat.';
    const le = join(dir, 'utf16le.txt');
    await writeFile(le, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const be = join(dir, 'utf16be.txt');
    await writeFile(
      be,
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
    );
    const r = await trama(['ingest', le, be, '--out', '-', '--no-progress']);
    expect(r.code).toBe(0);
    const names = JSON.parse(r.stdout).graph.nodes.map(
      (n: { attributes: { name?: string } }) => n.attributes.name,
    );
    expect(names).toContain('Margarita Robles');
  });

  it('refuses to replace a graph of other articles without --force; the default output is git-ignored', async () => {
    const a = join(dir, 'first.txt');
    const b = join(dir, 'second.txt');
    await writeFile(a, ARTICLE);
    await writeFile(b, OTHER);
    const out = join(dir, 'mine.json');
    expect((await trama(['ingest', a, '--out', out])).code).toBe(0);
    const before = await readFile(out, 'utf8');
    const refused = await trama(['ingest', b, '--out', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      `${out}: holds a graph of other articles (1 not in this run: ${a})`,
    );
    expect(refused.stderr).toContain('--force');
    expect(await readFile(out, 'utf8')).toBe(before);
    expect((await trama(['ingest', a, '--out', out])).code).toBe(0); // same articles: fine
    expect((await trama(['ingest', b, '--out', out, '--force'])).code).toBe(0);
    expect(sources(JSON.parse(await readFile(out, 'utf8')))).toEqual([b]);
    // `git check-ignore` exits 0 when the path is ignored.
    execFileSync('git', ['check-ignore', '-q', 'graph-data/graph.json'], { cwd: PACKAGE_ROOT });
    expect(basename(out)).toBe('mine.json');
  });
});
