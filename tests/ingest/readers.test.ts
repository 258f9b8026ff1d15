import { writeFile } from 'node:fs/promises';
import { tempDir as makeTempDir } from '../helpers/temp-dir.js';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { finalizeArticle, listInputFiles, readInput } from '../../src/ingest/index.js';
import { InputError } from '../../src/schema/index.js';

const tempDir = (): Promise<string> => makeTempDir('trama-ingest-');

describe('input readers', () => {
  it('reads HTML as text: scripts and styles dropped, title kept, markup never leaks', async () => {
    const dir = await tempDir();
    const file = join(dir, 'a.html');
    await writeFile(
      file,
      '<html><head><title>Cumbre en Rabat</title><script>alert(1)</script></head><body><h1>Cumbre</h1><p>España y <b>Marruecos</b> aplazan la cumbre.</p><script>document.write("x")</script><style>p{}</style></body></html>',
    );
    const [raw] = await readInput(file);
    const article = finalizeArticle(raw!);
    expect(article.title).toBe('Cumbre en Rabat');
    expect(article.text).toContain('España y Marruecos aplazan la cumbre.');
    expect(article.text).not.toMatch(/alert|document\.write|<|p\{\}/);
  });

  it('reads markdown through HTML to plain text', async () => {
    const dir = await tempDir();
    const file = join(dir, 'a.md');
    await writeFile(file, '# Titular\n\nEl **presidente** visitó [Madrid](https://x.example).\n');
    const article = finalizeArticle((await readInput(file))[0]!);
    expect(article.text).toBe('Titular\n\nEl presidente visitó Madrid.');
  });

  it('reads JSON lines, one article per line, and names the line of a bad one', async () => {
    const dir = await tempDir();
    const good = join(dir, 'good.jsonl');
    await writeFile(
      good,
      `${JSON.stringify({ id: 1, title: 'Uno', text: 'Texto uno.' })}\n\n${JSON.stringify({ url: 'u2', body: 'Texto dos.', lang: 'es' })}\n`,
    );
    const articles = await readInput(good);
    expect(articles.map((a) => a.source)).toEqual([`${good}#1`, `${good}#u2`]);
    const bad = join(dir, 'bad.jsonl');
    await writeFile(bad, `${JSON.stringify({ text: 'ok' })}\n{"title": 3}\n`);
    await expect(readInput(bad)).rejects.toThrow(`${bad}:2`);
  });

  it('lists folders recursively in sorted order, skipping unknown extensions', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'b.txt'), 'Texto b.');
    await writeFile(join(dir, 'a.md'), 'Texto a.');
    await writeFile(join(dir, 'c.pdf'), 'x');
    const files = await listInputFiles([dir]);
    expect(files.map((f) => f.split('/').pop())).toEqual(['a.md', 'b.txt']);
  });
});

describe('bad input', () => {
  const expectInputError = async (
    promise: Promise<unknown>,
    file: string,
    problem: RegExp,
  ): Promise<void> => {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).file).toBe(file);
    expect((error as InputError).message).toMatch(problem);
  };

  it('refuses empty and whitespace-only files', async () => {
    const dir = await tempDir();
    const file = join(dir, 'empty.txt');
    await writeFile(file, ' \n\t \n');
    await expectInputError(readInput(file), file, /empty/);
  });

  it('refuses binary files and invalid UTF-8, naming the offset', async () => {
    const dir = await tempDir();
    const bin = join(dir, 'image.txt');
    await writeFile(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    await expectInputError(readInput(bin), bin, /binary/);
    const latin1 = join(dir, 'latin1.txt');
    await writeFile(latin1, Buffer.from('Espa\xf1a y M\xe9xico', 'latin1'));
    await expectInputError(
      readInput(latin1),
      latin1,
      /not valid UTF-8 \(first bad byte at offset 4\)/,
    );
  });

  it('refuses a folder with no articles', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'notes.pdf'), 'x');
    await expectInputError(listInputFiles([dir]), dir, /no articles/);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const dir = await tempDir();
    const big = join(dir, 'big.txt');
    await writeFile(big, 'a'.repeat(2 * 1024 * 1024));
    await expectInputError(
      readInput(big, { maxFileBytes: 1024 * 1024 }),
      big,
      /2\.0 MiB, over the 1 MiB limit/,
    );
  });

  it('refuses articles without words and over the character limit', () => {
    expect(() => finalizeArticle({ source: 's.txt', text: '12 34 ... !!', format: 'txt' })).toThrow(
      /s\.txt: contains no words/,
    );
    expect(() =>
      finalizeArticle(
        { source: 's.txt', text: 'palabra '.repeat(100), format: 'txt' },
        { maxChars: 50 },
      ),
    ).toThrow(/over the limit of 50/);
  });
});
