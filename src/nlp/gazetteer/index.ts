/** Public API of the gazetteer: general knowledge for typing and linking entities (see docs/gazetteers.md). */
export { lookupKeys } from './normalize.js';
export { lookupCountry, lookupCountries, countryByCode, allCountries } from './countries.js';
export { lookupDemonym, lookupDemonyms, startsDemonymPhrase } from './demonyms.js';
export { lookupCity, allCities } from './cities.js';
export { lookupRegion, regionByCode, allRegions } from './regions.js';
export { lookupPlace, containingCountry, isCapital } from './places.js';
export { lookupRole, matchRoleAt } from './roles.js';
export {
  lookupCues,
  matchCueAt,
  isOrgHead,
  isOrgSuffix,
  placeCue,
  isEventCue,
  isLawCue,
  type Cue,
  type CueKind,
  type CueMatch,
} from './cues.js';
export { inflectSpanish, inflectEnglishDemonym } from './inflect.js';
export type * from './types.js';
// The raw lexicons and resource reader, for building training resources (src/training/ner).
export { readResource } from './resources.js';
export { ROLES_ES } from './lexicon/roles-es.js';
export { EVENT_CUES_ES, LAW_CUES_ES, ORG_HEADS_ES, PLACE_CUES_ES } from './lexicon/cues.js';
export { CANONICAL_LANGUAGE, countryNameIn, nameIn, placeNameIn } from './names.js';
