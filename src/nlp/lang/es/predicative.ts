import type { PredicativeWords, VerbWords } from '../types.js';
import { words } from '../words.js';

export const ES_PREDICATIVE: PredicativeWords = {
  copulas: words('es era fue será sería sido'),
  namingParticiples: /^(nombrad|designad|elegid|elect|nominad|ratificad|reelegid)[oa]s?$/,
  become: /^(convirtió|convierte|convertirá|convertiría|convirtiera|convertirse|convertido)$/,
  becomePreposition: 'en',
  as: 'como',
  partNouns: words('parte'),
  skippable: words(`
    el la un una su primer primera nuevo nueva actual entonces después luego también ya además ahora
    aún todavía así en de del a
  `),
  fillers: words(
    'la los las el un una extinta extinto actual antigua antiguo entonces propia propio',
  ),
  links: words('con sin por para contra y e o u ni entre sobre ante tras no'),
  bodyLinks: words('de del en'),
  withPreposition: 'con',
};

export const ES_VERBS: VerbWords = { locative: 'en' };
