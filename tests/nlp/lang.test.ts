import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/schema/index.js';
import { LANGUAGE_PACKS, packFor, type LanguagePack } from '../../src/nlp/lang/index.js';
import { isNegated } from '../../src/nlp/relations/certainty.js';
import { buildSentenceViews } from '../../src/nlp/relations/sentence-view.js';
import { splitSentences } from '../../src/nlp/segment/index.js';
import { findDates, findQuantities } from '../../src/nlp/values/index.js';

const SPANISH = packFor('es');

/** The Spanish pack with one section changed: what a rule reads must come from the pack. */
function withGrammar(changes: Partial<LanguagePack['grammar']>): LanguagePack {
  return { ...SPANISH, grammar: { ...SPANISH.grammar, ...changes } };
}

describe('packFor', () => {
  it('returns the pack of each schema language', () => {
    for (const language of Object.keys(LANGUAGE_PACKS) as Language[])
      expect(packFor(language).language).toBe(language);
  });

  it('names the call and the language it has no pack for', () => {
    expect(() => packFor('xx' as Language)).toThrow(/packFor: no language pack for "xx"/);
  });

  it('gives every pack the same sections', () => {
    const sections = (pack: LanguagePack): string[] => Object.keys(pack).sort();
    for (const pack of Object.values(LANGUAGE_PACKS))
      expect(sections(pack)).toEqual(sections(SPANISH));
  });
});

describe('rules read their words from the pack', () => {
  const sentence = (text: string) => splitSentences(text)[0]!;

  it('negation: a negation word is whatever the pack lists', () => {
    const [s] = splitSentences('Ana Ruiz nie visitó la ciudad.');
    const index = s!.lower.indexOf('visitó');
    const view = (pack: LanguagePack) => buildSentenceViews([s!], [], pack)[0]!;
    expect(isNegated(view(SPANISH), index)).toBe(false);
    expect(isNegated(view(withGrammar({ negations: new Set(['nie']) })), index)).toBe(true);
  });

  it('dates: relative-day words come from the pack', () => {
    const s = sentence('La reunión fue heute por la tarde.');
    expect(findDates(s, SPANISH.grammar)).toEqual([]);
    const pack = withGrammar({ dates: { ...SPANISH.grammar.dates, deicticDays: ['heute'] } });
    expect(findDates(s, pack.grammar).map((d) => d.text)).toEqual(['heute']);
  });

  it('quantities: the percentage words come from the pack', () => {
    const s = sentence('Subió un 12 per cent en un año.');
    const units = (pack: LanguagePack) =>
      findQuantities(s, pack.grammar, 'es', []).map((q) => q.unit);
    expect(units(SPANISH)).not.toContain('%');
    expect(units(withGrammar({ percentWords: ['per', 'cent'] }))).toContain('%');
  });
});
