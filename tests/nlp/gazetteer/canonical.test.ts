import { describe, expect, it } from 'vitest';
import { loadNames, storeNames } from '../../../src/nlp/gazetteer/canonical.js';
import {
  allCities,
  allCountries,
  allRegions,
  lookupCity,
} from '../../../src/nlp/gazetteer/index.js';
import { LANGUAGES } from '../../../src/schema/types.js';

describe('names keyed by language', () => {
  it('stores a name that repeats the canonical one once, and loads it back for every language', () => {
    expect(storeNames({ es: 'Lugarejo', en: 'Lugarejo' })).toEqual({ es: 'Lugarejo' });
    expect(storeNames({ es: 'Villa Nueva', en: 'New Town' })).toEqual({
      es: 'Villa Nueva',
      en: 'New Town',
    });
    expect(loadNames({ es: 'Lugarejo' }, 'cities.json', 1)).toEqual({
      es: 'Lugarejo',
      en: 'Lugarejo',
    });
  });

  it('rejects a stored row without a canonical name, naming the row', () => {
    expect(() => loadNames({ en: 'New Town' }, 'cities.json', 7)).toThrow(
      /loadNames: cities\.json row 7 has no es name/,
    );
  });

  it('gives every country, city and region a name in every language, the canonical one as `name`', () => {
    for (const e of [...allCountries(), ...allCities(), ...allRegions()]) {
      for (const l of LANGUAGES) expect(typeof e.names[l]).toBe('string');
      expect(e.name).toBe(e.names.es);
    }
  });

  it('finds a city by its name in either language', () => {
    expect(lookupCity('Moscow')[0]?.names).toEqual({ es: 'Moscú', en: 'Moscow' });
    expect(lookupCity('Moscú')[0]?.id).toBe(lookupCity('Moscow')[0]?.id);
  });
});
