/** Public API of the gazetteer: general knowledge for typing and linking entities (see docs/gazetteers.md). */
export { lookupKeys } from './normalize.js';
export { lookupCountry, lookupCountries, countryByCode, allCountries } from './countries.js';
export { lookupDemonym, lookupDemonyms } from './demonyms.js';
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
