import { describe, expect, it } from 'vitest';
import {
  EXTERNAL_LIST_NAMES,
  externalEntries,
  externalGazetteer,
  parseExternalLists,
  phraseTokens,
} from '../../../src/training/ner/external-gazetteer.js';
import { PhraseGazetteer } from '../../../src/nlp/ner/gazetteer.js';
import { sentenceFeatures } from '../../../src/nlp/ner/features.js';
import { emptyResources, type FeatureResources } from '../../../src/nlp/ner/resources.js';
import { InputError } from '../../../src/schema/errors.js';

describe('phraseTokens', () => {
  it('lower-cases and splits running-text names like the tagger, and skips descriptive forms', () => {
    expect(phraseTokens('Nueva  York')).toEqual(['nueva', 'york']);
    expect(phraseTokens('EE.UU.')).toEqual(['ee.uu.']);
    expect(phraseTokens('Corea, República de')).toBeUndefined();
    expect(phraseTokens('   ')).toBeUndefined();
  });
});

describe('parseExternalLists', () => {
  it('accepts all, none and named lists, and names an unknown list in its error', () => {
    expect(parseExternalLists('all')).toEqual(EXTERNAL_LIST_NAMES);
    expect(parseExternalLists('none')).toEqual([]);
    expect(parseExternalLists('countries, roles')).toEqual(['countries', 'roles']);
    expect(() => parseExternalLists('countries,planets')).toThrow(InputError);
    expect(() => parseExternalLists('planets')).toThrow(/"planets"/);
  });
});

describe('externalGazetteer', () => {
  const g = externalGazetteer('ext', ['countries', 'cities', 'demonyms', 'roles', 'given'], {
    givenNames: ['Zoilo'],
  });

  it('labels phrases from the general gazetteer by the list they come from', () => {
    const colombia = g.annotate(['el', 'presidente', 'de', 'colombia']);
    expect(colombia.slice(0, 3)).toEqual([undefined, 'B-ROLE', undefined]);
    // A phrase in several lists carries all their labels (there is also a town called Colombia).
    expect(colombia[3]).toMatch(/^B-COUNTRY(\|CITY\d)?$/);
    expect(g.annotate(['viajó', 'a', 'nueva', 'york'])).toEqual([
      undefined,
      undefined,
      'B-CITY1',
      'I-CITY1',
    ]);
    expect(g.annotate(['el', 'ministro', 'ruso', 'zoilo'])).toEqual([
      undefined,
      'B-ROLE',
      'B-DEMONYM',
      'B-GIVEN',
    ]);
    // Compound roles match as one phrase.
    expect(g.annotate(['ministro', 'de', 'defensa'])).toEqual(['B-ROLE', 'I-ROLE', 'I-ROLE']);
  });

  it('covers the whole lists, not only names seen in training: thousands of cities', () => {
    const cities = externalEntries(['cities'], { givenNames: [] });
    expect(cities.length).toBeGreaterThan(20_000);
    expect(new Set(cities.map((e) => e.label))).toEqual(new Set(['CITY1', 'CITY2', 'CITY3']));
    expect(
      externalEntries(['bigCities'], { givenNames: [] }).every((e) => e.label !== 'CITY3'),
    ).toBe(true);
  });

  it('is cased: a match on a lower-case token gets its own feature', () => {
    const res: FeatureResources = {
      ...emptyResources(),
      gazetteers: [new PhraseGazetteer('x', [{ tokens: ['mayor'], label: 'CITY3' }], 8, true)],
    };
    expect(sentenceFeatures(['Vive', 'en', 'Mayor'], res)[2]).toContain('gz:x=B-CITY3');
    expect(sentenceFeatures(['la', 'mayor', 'parte'], res)[1]).toContain('gz:x=B-CITY3:lc');
    const uncased: FeatureResources = {
      ...emptyResources(),
      gazetteers: [new PhraseGazetteer('x', [{ tokens: ['mayor'], label: 'CITY3' }])],
    };
    expect(sentenceFeatures(['la', 'mayor', 'parte'], uncased)[1]).toContain('gz:x=B-CITY3');
  });
});

describe('PhraseGazetteer lines format', () => {
  it('round-trips phrases, labels and longest-match behaviour', () => {
    const g = new PhraseGazetteer(
      't',
      [
        { tokens: ['nueva', 'york'], label: 'LOC' },
        { tokens: ['york'], label: 'LOC' },
        { tokens: ['york'], label: 'PER' },
        { tokens: ['nueva', 'york', 'times'], label: 'ORG' },
      ],
      8,
      true,
    );
    const back = PhraseGazetteer.fromLines('t', g.toLines(), 8, true);
    expect(back.entries()).toEqual(g.entries());
    const s = ['el', 'nueva', 'york', 'times', 'y', 'york', 'nueva', 'york'];
    expect(back.annotate(s)).toEqual(g.annotate(s));
    expect(back.annotate(s)).toEqual([
      undefined,
      'B-ORG',
      'I-ORG',
      'I-ORG',
      undefined,
      'B-LOC|PER',
      'B-LOC',
      'I-LOC',
    ]);
    expect(PhraseGazetteer.fromLines('e', '').entryCount).toBe(0);
  });
});
