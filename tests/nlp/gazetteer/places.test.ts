import { describe, expect, it } from 'vitest';
import { lookupCity } from '../../../src/nlp/gazetteer/cities.js';
import { containingCountry, lookupPlace } from '../../../src/nlp/gazetteer/places.js';
import { lookupRegion } from '../../../src/nlp/gazetteer/regions.js';

describe('lookupCity', () => {
  it.each([
    ['Moscú', 'Moscú', 'RU'],
    ['Moscow', 'Moscú', 'RU'],
    ['moscu', 'Moscú', 'RU'],
    ['Pekín', 'Pekín', 'CN'],
    ['Beijing', 'Pekín', 'CN'],
    ['Nueva York', 'Nueva York', 'US'],
    ['Londres', 'Londres', 'GB'],
    ['Ciudad de México', 'Ciudad de México', 'MX'],
    ['Bruselas', 'Bruselas', 'BE'],
    ['Pionyang', 'Pionyang', 'KP'],
    ['Pyongyang', 'Pionyang', 'KP'],
    ['Seúl', 'Seúl', 'KR'],
    ['Kiev', 'Kiev', 'UA'],
    ['Kyiv', 'Kiev', 'UA'],
    ['Estambul', 'Estambul', 'TR'],
    ['Washington', 'Washington', 'US'],
  ])('%s -> %s (%s)', (surface, name, cc) => {
    expect(lookupCity(surface)[0]).toMatchObject({ name, countryCode: cc });
  });

  it('returns every city of an ambiguous name, most populous first', () => {
    const cities = lookupCity('Córdoba');
    expect(cities.length).toBeGreaterThan(1);
    expect(new Set(cities.map((c) => c.countryCode))).toEqual(
      expect.objectContaining(new Set(['AR', 'ES', 'MX'])),
    );
    for (let i = 1; i < cities.length; i++)
      expect(cities[i - 1]!.population).toBeGreaterThanOrEqual(cities[i]!.population);
  });

  it('finds nothing for a non-place', () => {
    expect(lookupCity('presidente')).toEqual([]);
  });
});

describe('lookupRegion', () => {
  it('finds subdivisions by Spanish, English and local names', () => {
    expect(lookupRegion('Cataluña')[0]).toMatchObject({
      code: 'ES-CT',
      countryCode: 'ES',
      names: { es: 'Cataluña', en: 'Catalonia' },
    });
    expect(lookupRegion('Catalunya')[0]?.code).toBe('ES-CT');
    expect(lookupRegion('Baviera')[0]?.code).toBe('DE-BY');
    expect(lookupRegion('Bayern')[0]?.code).toBe('DE-BY');
    expect(lookupRegion('Texas')[0]?.code).toBe('US-TX');
    expect(lookupRegion('Crimea')[0]?.code).toBe('UA-43');
    expect(lookupRegion('Sichuan')[0]?.code).toBe('CN-SC');
  });

  it('derives oblast names from their capital city', () => {
    expect(lookupRegion('Belgorod Oblast')[0]).toMatchObject({ code: 'RU-BEL', countryCode: 'RU' });
    expect(lookupRegion('región de Járkov')[0]?.code).toBe('UA-63');
  });

  it('knows supranational regions without a country', () => {
    for (const s of [
      'Europa',
      'América Latina',
      'Latinoamérica',
      'Oriente Medio',
      'África',
      'Asia',
      'Sudeste Asiático',
      'el Caribe',
      'Balcanes',
      'the Middle East',
    ]) {
      const r = lookupRegion(s)[0];
      expect(r?.kind, s).toBe('supranational');
      expect(r?.countryCode, s).toBeUndefined();
    }
  });
});

describe('lookupPlace', () => {
  const top = (s: string) => lookupPlace(s)[0];

  it('ranks an ambiguous country/state name with the country first and keeps both', () => {
    const georgia = lookupPlace('Georgia');
    expect(georgia[0]).toMatchObject({ type: 'Country', countryCode: 'GE' });
    expect(georgia.some((c) => c.type === 'Region' && c.countryCode === 'US')).toBe(true);
  });

  it('prefers big cities to same-named regions, and regions to nothing', () => {
    expect(top('Madrid')).toMatchObject({ type: 'City', countryCode: 'ES' });
    expect(top('Nueva York')).toMatchObject({ type: 'City', countryCode: 'US' });
    expect(top('Texas')).toMatchObject({ type: 'Region', countryCode: 'US' });
    expect(top('México')).toMatchObject({ type: 'Country', countryCode: 'MX' });
    expect(top('Oriente Medio')).toMatchObject({ type: 'Region', source: 'supranational' });
  });

  it('gives the containing country of cities and regions for LOCATED_IN', () => {
    expect(containingCountry(top('Moscú')!)).toBe('Rusia');
    expect(containingCountry(lookupCity('Pionyang')[0]!)).toBe('Corea del Norte');
    expect(containingCountry(lookupRegion('Cataluña')[0]!)).toBe('España');
    expect(containingCountry(top('Rusia')!)).toBeUndefined();
    expect(containingCountry(top('Europa')!)).toBeUndefined();
  });

  it('returns nothing for words that are no place', () => {
    expect(lookupPlace('ministro')).toEqual([]);
  });
});
