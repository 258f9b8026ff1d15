import type { RoleWords } from '../types.js';
import { words } from '../words.js';

export const EN_ROLES: RoleWords = {
  roleArticles: words('the'),
  degreeWords: words('more most less least very'),
  demonstratives: words('this that these those said same'),
  countryNouns: words('country nation state republic kingdom'),
  teamNouns: words('cabinet government administration team campaign'),
  titleModifiers: words('the a an first new current'),
  notTitleModifiers: words('and or a of in that with by for who whose according'),
  durationUnits: words('years months'),
  memberLemma: 'member',
  groups: {
    'foreign minister': 'ministro:exteriores',
    'foreign secretary': 'ministro:exteriores',
  },
};
