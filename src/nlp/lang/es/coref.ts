import type { CorefWords } from '../types.js';
import { words } from '../words.js';

export const ES_COREF: CorefWords = {
  acronymSkips: words('de del al la las los el y'),
  scopeAdjectives: words(
    'nacional federal central estatal regional provincial municipal autonomico general',
  ),
  institutionSynonyms: {
    ejecutivo: 'gobierno',
    'gobierno central': 'gobierno',
    monarquia: 'corona',
    'casa real': 'corona',
    'camara baja': 'congreso',
    'camara alta': 'senado',
    'carta magna': 'constitucion',
    'fiscalia general': 'fiscalia',
  },
  countryMetonyms: words('estado republica nacion'),
};
