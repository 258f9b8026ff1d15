import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { packFor } from '../../../src/nlp/lang/index.js';
import { sentenceCertainty } from '../../../src/nlp/relations/certainty.js';
import type { SentenceView } from '../../../src/nlp/relations/sentence-view.js';

/** The plain definition: a hedge or attribution phrase, space-delimited, in the tokens joined by spaces. */
function reported(lower: readonly string[], pack: SentenceView['pack']): boolean {
  const text = ` ${lower.join(' ')} `;
  const { hedges, attributions } = pack.grammar;
  return [...hedges, ...attributions.map((a) => a.join(' '))].some((c) => text.includes(` ${c} `));
}

const viewOf = (lower: string[], pack: SentenceView['pack']): SentenceView =>
  ({ lower, pack }) as unknown as SentenceView;

describe('sentenceCertainty', () => {
  for (const language of ['es', 'en'] as const) {
    const pack = packFor(language);
    const cueWords = [
      ...pack.grammar.hedges.flatMap((h) => h.split(' ')),
      ...pack.grammar.attributions.flat(),
    ];
    it(`${language}: reported exactly when the joined tokens hold a cue`, () => {
      const token = fc.oneof(
        fc.constantFrom(...cueWords),
        fc.constantFrom('el', ',', 'dijo', 'a b', ''),
      );
      fc.assert(
        fc.property(fc.array(token, { maxLength: 12 }), (lower) => {
          expect(sentenceCertainty(viewOf(lower, pack))).toBe(
            reported(lower, pack) ? 'reported' : 'stated',
          );
        }),
        { numRuns: 500 },
      );
    });
  }
});
