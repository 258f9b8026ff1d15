/**
 * Builds the extractor's `Knowledge` from the committed resources: gazetteers (places, demonyms,
 * roles, cue words, given names) and, when present, the statistical NER model.
 */
import type { Language } from '../schema/index.js';
import { containingCountry, lookupCues, lookupDemonym, lookupPlace, matchRoleAt, type RoleEntry } from './gazetteer/index.js';
import { foldKey } from './mentions/shape.js';
import type { CueType, Knowledge, PlaceInfo, RoleInfo } from './knowledge.js';

/**
 * Role nominals that name the same office corefer ("el canciller" is the foreign minister). Groups
 * are keyed by folded lemma or portfolio.
 */
const ROLE_GROUPS: Readonly<Record<string, string>> = {
  canciller: 'ministro:exteriores',
  'ministro de relaciones exteriores': 'ministro:exteriores',
  'ministro de exteriores': 'ministro:exteriores',
  'ministro de asuntos exteriores': 'ministro:exteriores',
  'secretario de estado': 'ministro:exteriores',
  'foreign minister': 'ministro:exteriores',
  'foreign secretary': 'ministro:exteriores',
  mandatario: 'jefe',
  'primer mandatario': 'jefe',
};

function roleInfo(entry: RoleEntry): RoleInfo {
  const lemma = foldKey(entry.lemma);
  return {
    lemma: entry.lemma,
    group: ROLE_GROUPS[lemma] ?? lemma,
    predicate: entry.predicate,
    national: entry.attachesTo === 'Country' || entry.attachesTo === 'OrganizationOrCountry',
  };
}

const CUE_TYPES: Readonly<Record<string, CueType>> = { organization: 'Organization', orgSuffix: 'Organization', event: 'Event', law: 'Law' };

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
    roleAt(lowerTokens, i) {
      const match = matchRoleAt(lowerTokens, i, language);
      return match ? { role: roleInfo(match.entry), length: match.length } : undefined;
    },
    cue(lowerWord) {
      const cue = lookupCues(lowerWord, language)[0];
      if (!cue) return undefined;
      return cue.kind === 'place' ? (cue.placeType === 'Country' ? 'Region' : cue.placeType) : CUE_TYPES[cue.kind];
    },
    isGivenName: () => false,
  };
  cache.set(language, knowledge);
  return knowledge;
}
