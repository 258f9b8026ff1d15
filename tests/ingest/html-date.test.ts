import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { finalizeArticle, readInput } from '../../src/ingest/index.js';
import { htmlPublishedAt } from '../../src/ingest/formats/html-date.js';

describe('publication date of an HTML page', () => {
  it('reads the standard metadata, in any attribute order', () => {
    expect(
      htmlPublishedAt(
        '<meta content="2024-05-03T09:15:00+02:00" property="article:published_time">',
      ),
    ).toBe('2024-05-03T09:15:00+02:00');
    expect(htmlPublishedAt('<meta name="date" content="2023-11-30">')).toBe('2023-11-30');
    expect(htmlPublishedAt('<span itemprop="datePublished" content="2022-01-02"></span>')).toBe(
      '2022-01-02',
    );
    expect(htmlPublishedAt('<time pubdate datetime="2021-07-08">8 de julio</time>')).toBe(
      '2021-07-08',
    );
  });

  it('ignores values that are not ISO dates and pages without metadata', () => {
    expect(htmlPublishedAt('<meta name="date" content="ayer">')).toBeUndefined();
    expect(htmlPublishedAt('<p>Publicado el 3 de mayo de 2024</p>')).toBeUndefined();
  });

  it('reaches the article read from an HTML file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'trama-html-date-'));
    const file = join(dir, 'a.html');
    await writeFile(
      file,
      '<html><head><title>Pacto</title><meta property="article:published_time" content="2024-05-03"></head><body><p>Dos gobiernos firmaron un pacto.</p></body></html>',
    );
    const article = finalizeArticle((await readInput(file))[0]!);
    expect(article.publishedAt).toBe('2024-05-03');
  });
});
