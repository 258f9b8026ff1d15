import { describe, expect, it } from 'vitest';
import { evidenceRanges, segment } from '../../viewer/src/panel/highlight.js';
import type { Evidence } from '../../src/schema/index.js';

const article = 'Intro. Ana Ruiz se reunió con Luis Paz en Lima. Fin.';
const sentenceStart = article.indexOf('Ana');
const sentenceEnd = article.indexOf(' Fin');
const evidence = (extra: Partial<Evidence> = {}): Evidence => ({
  articleId: 'a1',
  sentenceIndex: 1,
  start: sentenceStart,
  end: sentenceEnd,
  text: article.slice(sentenceStart, sentenceEnd),
  ...extra,
});
const at = (word: string) => ({
  start: article.indexOf(word),
  end: article.indexOf(word) + word.length,
});

describe('evidence highlighting', () => {
  it('turns absolute highlight offsets into marked segments of the sentence', () => {
    const ev = evidence({
      highlights: [at('Ana Ruiz'), at('Luis Paz')],
      trigger: at('reunió con'),
    });
    const parts = segment(ev.text, evidenceRanges(ev, []));
    expect(parts.map((p) => p.text).join('')).toBe(ev.text);
    expect(parts.filter((p) => p.kind === 'mention').map((p) => p.text)).toEqual([
      'Ana Ruiz',
      'Luis Paz',
    ]);
    expect(parts.filter((p) => p.kind === 'trigger').map((p) => p.text)).toEqual(['reunió con']);
  });

  it('marks the trigger where its span says, not where the word first occurs', () => {
    const text = 'Intro. Las agencias dicen que Ana Ruiz vive en Lima. Fin.';
    const s = text.indexOf('Las');
    const e = text.indexOf(' Fin');
    const trigger = { start: text.indexOf(' en ') + 1, end: text.indexOf(' en ') + 3 };
    const ev: Evidence = {
      articleId: 'a1',
      sentenceIndex: 1,
      start: s,
      end: e,
      text: text.slice(s, e),
      trigger,
    };
    const parts = segment(ev.text, evidenceRanges(ev, []));
    const at = parts.findIndex((p) => p.kind === 'trigger');
    expect(parts[at]).toEqual({ text: 'en', kind: 'trigger' });
    // The word before it is "vive", not the "en" inside "agencias" (what a text search found first).
    expect(parts[at - 1]!.text.endsWith('vive ')).toBe(true);
  });

  it('falls back to the nodes\u2019 mentions inside the sentence when the file has no highlights', () => {
    const ev = evidence();
    const mentions = [
      { articleId: 'a1', sentenceIndex: 1, ...at('Lima'), text: 'Lima' },
      { articleId: 'a1', sentenceIndex: 0, ...at('Intro'), text: 'Intro' },
      { articleId: 'other', sentenceIndex: 1, ...at('Ana Ruiz'), text: 'Ana Ruiz' },
    ];
    const marked = segment(ev.text, evidenceRanges(ev, mentions)).filter((p) => p.kind);
    expect(marked.map((p) => p.text)).toEqual(['Lima']);
  });

  it('keeps the text whole when ranges overlap or fall outside it', () => {
    const text = 'abcdefghij';
    const parts = segment(text, [
      { start: 2, end: 6, kind: 'mention' },
      { start: 4, end: 8, kind: 'trigger' },
      { start: -5, end: 1, kind: 'mention' },
      { start: 9, end: 40, kind: 'mention' },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.kind).map((p) => p.text)).toEqual(['a', 'cdef', 'j']);
  });
});

describe('highlights trimmed to words', () => {
  it('drops punctuation and spaces at the edges, keeps an abbreviation\u2019s period', async () => {
    const { trimToWords } = await import('../../viewer/src/panel/highlight.js');
    const text = 'Visitó Valdoria, con Bruma S.A. y «Lago» ayer.';
    const span = (from: string, length: number) => ({
      start: text.indexOf(from),
      end: text.indexOf(from) + length,
      kind: 'mention' as const,
    });
    const slice = (r: { start: number; end: number }) => text.slice(r.start, r.end);
    expect(slice(trimToWords(text, span('Valdoria', 'Valdoria, '.length)))).toBe('Valdoria');
    expect(slice(trimToWords(text, span('Bruma', 'Bruma S.A.'.length)))).toBe('Bruma S.A.');
    expect(slice(trimToWords(text, span('«', '«Lago»'.length)))).toBe('Lago');
    const comma = trimToWords(text, span(',', 1));
    expect(comma.end - comma.start).toBe(0);
  });
});
