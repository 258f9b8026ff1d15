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
    const ev = evidence({ highlights: [at('Ana Ruiz'), at('Luis Paz')], trigger: 'se reunió con' });
    const parts = segment(ev.text, evidenceRanges(ev, []));
    expect(parts.map((p) => p.text).join('')).toBe(ev.text);
    expect(parts.filter((p) => p.kind === 'mention').map((p) => p.text)).toEqual([
      'Ana Ruiz',
      'Luis Paz',
    ]);
    expect(parts.filter((p) => p.kind === 'trigger').map((p) => p.text)).toEqual(['se reunió con']);
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
