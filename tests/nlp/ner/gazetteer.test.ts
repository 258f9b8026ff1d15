import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PhraseGazetteer, type GazetteerEntry } from '../../../src/nlp/ner/gazetteer.js';

/** The plain definition: at each position the longest phrase (first added among equals), left to right. */
function reference(
  entries: readonly GazetteerEntry[],
  lower: readonly string[],
): (string | undefined)[] {
  const labels = new Map<string, string[]>();
  const phrases: string[][] = [];
  for (const e of entries) {
    const key = e.tokens.join(' ');
    if (!labels.has(key)) {
      labels.set(key, []);
      phrases.push([...e.tokens]);
    }
    if (!labels.get(key)!.includes(e.label)) labels.get(key)!.push(e.label);
  }
  const out: (string | undefined)[] = lower.map(() => undefined);
  let i = 0;
  while (i < lower.length) {
    let best: string[] | undefined;
    for (const p of phrases)
      if (p.every((t, k) => lower[i + k] === t) && (best === undefined || p.length > best.length))
        best = p;
    if (!best) {
      i++;
      continue;
    }
    const joined = labels.get(best.join(' '))!.join('|');
    best.forEach((_, k) => (out[i + k] = `${k === 0 ? 'B' : 'I'}-${joined}`));
    i += best.length;
  }
  return out;
}

describe('PhraseGazetteer.annotate', () => {
  const word = fc.constantFrom('de', 'la', 'casa', 'real', 'madrid', 'san', 'juan');
  const entry = fc.record({
    tokens: fc.array(word, { minLength: 1, maxLength: 4 }),
    label: fc.constantFrom('LOC', 'ORG', 'PER'),
  });

  it('marks the longest phrase at each position, as the plain definition does', () => {
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 40 }),
        fc.array(entry, { maxLength: 10 }),
        fc.array(word, { maxLength: 25 }),
        (first, later, sentence) => {
          const g = new PhraseGazetteer('t', first);
          const words = sentence.map((w) => g.word(w));
          expect(g.annotate(sentence)).toEqual(reference(first, sentence));
          expect(g.annotate(sentence, words)).toEqual(reference(first, sentence));
          // Phrases added after a first annotation are found too, also with per-word entries made before.
          for (const e of later) g.add(e.tokens, e.label);
          expect(g.annotate(sentence)).toEqual(reference([...first, ...later], sentence));
          expect(g.annotate(sentence, words)).toEqual(reference([...first, ...later], sentence));
          // Another gazetteer's entries are not read as this one's.
          const other = new PhraseGazetteer('o', later);
          expect(
            g.annotate(
              sentence,
              sentence.map((w) => other.word(w)),
            ),
          ).toEqual(reference([...first, ...later], sentence));
        },
      ),
    );
  });

  it('finds a long phrase behind a common first word that starts many others', () => {
    const entries: GazetteerEntry[] = [];
    for (let k = 0; k < 500; k++) entries.push({ tokens: ['de', `w${k}`], label: 'ORG' });
    entries.push({ tokens: ['de', 'la', 'casa', 'real'], label: 'LOC' });
    const g = new PhraseGazetteer('t', entries);
    expect(g.annotate(['de', 'la', 'casa', 'real', 'de', 'w7'])).toEqual([
      'B-LOC',
      'I-LOC',
      'I-LOC',
      'I-LOC',
      'B-ORG',
      'I-ORG',
    ]);
  });
});
