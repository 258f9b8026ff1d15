import { describe, expect, it } from 'vitest';
import { allCountries } from '../../../src/nlp/gazetteer/countries.js';
import {
  lookupDemonym,
  lookupDemonyms,
  startsDemonymPhrase,
} from '../../../src/nlp/gazetteer/demonyms.js';
import { inflectSpanish } from '../../../src/nlp/gazetteer/inflect.js';
import { readResource } from '../../../src/nlp/gazetteer/resources.js';

describe('inflectSpanish', () => {
  const forms = (w: string) => inflectSpanish(w).map((f) => f.form);
  it('applies the regular rules', () => {
    expect(forms('ruso')).toEqual(['ruso', 'rusa', 'rusos', 'rusas']);
    expect(forms('alemán')).toEqual(['alemán', 'alemana', 'alemanes', 'alemanas']);
    expect(forms('andaluz')).toEqual(['andaluz', 'andaluza', 'andaluces', 'andaluzas']);
    expect(forms('estadounidense')).toEqual(['estadounidense', 'estadounidenses']);
    expect(forms('marroquí')).toEqual(['marroquí', 'marroquíes', 'marroquís']);
    expect(forms('belga')).toEqual(['belga', 'belgas']);
  });
  it('rejects a malformed paradigm', () => {
    expect(() => inflectSpanish('a/b/c')).toThrow(/inflectSpanish/);
    expect(() => inflectSpanish('primer ministro')).toThrow(/explicit paradigm/);
  });
});

describe('lookupDemonym', () => {
  it.each([
    ['ruso', 'Rusia', 'm', 'sg'],
    ['rusa', 'Rusia', 'f', 'sg'],
    ['rusos', 'Rusia', 'm', 'pl'],
    ['rusas', 'Rusia', 'f', 'pl'],
    ['norcoreana', 'Corea del Norte', 'f', 'sg'],
    ['norcoreanos', 'Corea del Norte', 'm', 'pl'],
    ['españolas', 'España', 'f', 'pl'],
    ['Españoles', 'España', 'm', 'pl'],
    ['británicos', 'Reino Unido', 'm', 'pl'],
    ['mexicana', 'México', 'f', 'sg'],
    ['colombianos', 'Colombia', 'm', 'pl'],
    ['francesas', 'Francia', 'f', 'pl'],
  ])('%s -> %s (%s %s)', (word, target, gender, number) => {
    expect(lookupDemonym(word, 'es')).toMatchObject({
      target,
      targetType: 'Country',
      gender,
      number,
    });
  });

  it('has common-gender forms without gender', () => {
    const d = lookupDemonym('estadounidenses');
    expect(d).toMatchObject({ target: 'Estados Unidos', number: 'pl' });
    expect(d?.gender).toBeUndefined();
    expect(lookupDemonym('marroquíes')?.target).toBe('Marruecos');
    expect(lookupDemonym('marroqui')?.target).toBe('Marruecos');
  });

  it('maps regional and city demonyms', () => {
    expect(lookupDemonym('catalanes')).toMatchObject({
      target: 'Cataluña',
      targetType: 'Region',
      countryCode: 'ES',
    });
    expect(lookupDemonym('vasca')).toMatchObject({ target: 'País Vasco', targetType: 'Region' });
    expect(lookupDemonym('texanos')).toMatchObject({
      target: 'Texas',
      targetType: 'Region',
      countryCode: 'US',
    });
    expect(lookupDemonym('madrileña')).toMatchObject({ target: 'Madrid', targetType: 'City' });
    expect(lookupDemonym('moscovitas')).toMatchObject({ target: 'Moscú', targetType: 'City' });
    expect(lookupDemonym('neoyorquino')).toMatchObject({
      target: 'Nueva York',
      targetType: 'City',
    });
  });

  it('reads English demonyms', () => {
    expect(lookupDemonym('Russian', 'en')).toMatchObject({ target: 'Rusia', lang: 'en' });
    expect(lookupDemonym('North Koreans', 'en')).toMatchObject({
      target: 'Corea del Norte',
      number: 'pl',
    });
    expect(lookupDemonym('American', 'en')?.target).toBe('Estados Unidos');
  });

  it('keeps every reading of an ambiguous demonym', () => {
    expect(
      lookupDemonyms('congoleños')
        .map((d) => d.countryCode)
        .sort(),
    ).toEqual(['CD', 'CG']);
  });

  it('has a Spanish demonym for every UN member state', () => {
    type Row = [string, string, string, string, string, string, string];
    const covered = new Set(
      readResource<Row[]>('demonyms.json')
        .filter((r) => r[6] === 'es' && r[2] === 'C')
        .map((r) => r[3]),
    );
    const missing = allCountries()
      .filter((c) => c.unMember && !covered.has(c.iso2))
      .map((c) => c.iso2);
    expect(missing).toEqual([]);
    expect(allCountries().filter((c) => c.unMember).length).toBeGreaterThanOrEqual(193);
  });
});

describe('startsDemonymPhrase', () => {
  it('is true for the first word of a demonym of several words, in any case or accent', () => {
    expect(lookupDemonym('norte macedonios')?.target).toBe('Macedonia del Norte');
    expect(startsDemonymPhrase('norte')).toBe(true);
    expect(startsDemonymPhrase('Nórte')).toBe(true);
    expect(startsDemonymPhrase('costa')).toBe(true); // "Costa Rican"
    expect(startsDemonymPhrase('south-korean')).toBe(true);
  });

  it('is false for words no demonym of several words starts with, and then no pair is one', () => {
    for (const word of ['rusos', 'macedonio', 'el', 'presidente'])
      expect(startsDemonymPhrase(word)).toBe(false);
    for (const next of ['macedonio', 'rican', 'korean', 'rusos'])
      expect(lookupDemonym(`rusos ${next}`)).toBeUndefined();
  });

  it('is true for a word that folds to nothing (the pair is then the next word alone)', () => {
    expect(startsDemonymPhrase('ʼ')).toBe(true);
    expect(lookupDemonym('ʼ rusos')?.target).toBe(lookupDemonym('rusos')?.target);
  });
});
