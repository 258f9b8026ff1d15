import type { CorefWords } from '../types.js';
import { words } from '../words.js';

export const EN_COREF: CorefWords = {
  acronymSkips: words('of the and'),
  scopeAdjectives: words('national federal central regional provincial municipal general'),
  institutionSynonyms: {},
  countryMetonyms: new Set(),
};
