import { foldName } from '../../../src/schema/names.js';
import { describe, expect, it } from 'vitest';
import {
  countryByCode,
  lookupCountry,
  lookupCountries,
} from '../../../src/nlp/gazetteer/countries.js';

describe('foldName', () => {
  it('folds case, accents, dots and hyphens', () => {
    expect(foldName('EE.UU.')).toBe('eeuu');
    expect(foldName('  Perú ')).toBe('peru');
    expect(foldName('Guinea-Bisáu')).toBe('guinea bisau');
    expect(foldName("Côte d'Ivoire")).toBe('cote divoire');
  });
});

describe('lookupCountry', () => {
  it.each([
    ['Estados Unidos', 'US'],
    ['EE UU', 'US'],
    ['EE. UU.', 'US'],
    ['EE.UU.', 'US'],
    ['EEUU', 'US'],
    ['EUA', 'US'],
    ['los Estados Unidos', 'US'],
    ['United States', 'US'],
    ['U.S.', 'US'],
    ['Reino Unido', 'GB'],
    ['UK', 'GB'],
    ['Corea del Norte', 'KP'],
    ['Norcorea', 'KP'],
    ['North Korea', 'KP'],
    ['Corea del Sur', 'KR'],
    ['el Perú', 'PE'],
    ['Peru', 'PE'],
    ['PERÚ', 'PE'],
    ['Holanda', 'NL'],
    ['Birmania', 'MM'],
    ['Costa de Marfil', 'CI'],
    ['RDC', 'CD'],
    ['Rusia', 'RU'],
    ['Federación Rusa', 'RU'],
    ['Türkiye', 'TR'],
    ['Turquía', 'TR'],
    ['Arabia Saudita', 'SA'],
  ])('%s -> %s', (surface, iso2) => {
    expect(lookupCountry(surface)?.iso2).toBe(iso2);
  });

  it('gives canonical Spanish and English names and capitals', () => {
    const kp = lookupCountry('Corea del Norte');
    expect(kp).toMatchObject({
      name: 'Corea del Norte',
      names: { es: 'Corea del Norte', en: 'North Korea' },
      iso3: 'PRK',
      capital: { es: 'Pionyang', en: 'Pyongyang' },
    });
    expect(lookupCountry('China')?.capital?.es).toBe('Pekín');
    expect(lookupCountry('Rusia')?.capital?.es).toBe('Moscú');
    expect(lookupCountry('Estados Unidos')).toMatchObject({
      names: { en: 'United States' },
      unMember: true,
    });
  });

  it('does not take cities or unknown words for countries', () => {
    expect(lookupCountry('Moscú')).toBeUndefined();
    expect(lookupCountry('Kyiv')).toBeUndefined();
    expect(lookupCountry('el')).toBeUndefined();
  });

  it('returns both Congos for the ambiguous "Congo"', () => {
    expect(
      lookupCountries('Congo')
        .map((c) => c.iso2)
        .sort(),
    ).toEqual(['CD', 'CG']);
  });

  it('covers all 193 UN member states and resolves ISO codes', () => {
    expect(countryByCode('prk')?.iso2).toBe('KP');
    expect(countryByCode('ES')?.name).toBe('España');
  });
});
