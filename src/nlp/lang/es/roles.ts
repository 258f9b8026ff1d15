import type { RoleWords } from '../types.js';
import { words } from '../words.js';

export const ES_ROLES: RoleWords = {
  roleArticles: words('el la'),
  degreeWords: words('más menos muy tan'),
  demonstratives: words('este esta ese esa aquel aquella dicho dicha mismo misma'),
  countryNouns: words('país nación estado república reino'),
  teamNouns: words('gabinete gobierno administración equipo campaña'),
  titleModifiers: words('la los las el un una primer primera nuevo nueva actual anterior'),
  notTitleModifiers: words('y e o a al de del en que con por para quien cuyo cuya según'),
  durationUnits: words('años meses'),
  memberLemma: 'miembro',
  groups: {
    canciller: 'ministro:exteriores',
    'ministro de relaciones exteriores': 'ministro:exteriores',
    'ministro de exteriores': 'ministro:exteriores',
    'ministro de asuntos exteriores': 'ministro:exteriores',
    'secretario de estado': 'ministro:exteriores',
    mandatario: 'jefe',
    'primer mandatario': 'jefe',
  },
};
