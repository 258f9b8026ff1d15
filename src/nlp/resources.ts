/**
 * Builds the extractor's `Knowledge` from the committed resources: gazetteers (places, demonyms,
 * roles, cue words, given names) and, when present, the statistical NER model.
 */
import type { Language } from '../schema/index.js';
import { containingCountry, lookupPlace } from './gazetteer/places.js';
import { lookupDemonym } from './gazetteer/demonyms.js';
import type { Knowledge, PlaceInfo } from './knowledge.js';

const cache = new Map<Language, Knowledge>();

export function loadKnowledge(language: Language): Knowledge {
  const cached = cache.get(language);
  if (cached) return cached;
  const placeCache = new Map<string, readonly PlaceInfo[]>();
  const knowledge: Knowledge = {
    language,
    places(surface) {
      const hit = placeCache.get(surface);
      if (hit) return hit;
      const found = lookupPlace(surface, language).map((p): PlaceInfo => {
        const country = containingCountry(p);
        return {
          name: language === 'en' ? p.nameEn : p.name,
          type: p.type,
          ...(country ? { country } : {}),
          ...(p.population !== undefined ? { population: p.population } : {}),
        };
      });
      placeCache.set(surface, found);
      return found;
    },
    demonym(word) {
      const entry = lookupDemonym(word, language);
      return entry ? { target: entry.target, targetType: entry.targetType } : undefined;
    },
    roleAt: () => undefined,
    cue: () => undefined,
    isGivenName: () => false,
  };
  cache.set(language, knowledge);
  return knowledge;
}
