import type { GrammarLexicon } from '../types.js';
import { words } from '../words.js';

export const ES: GrammarLexicon = {
  functionWords: words(`
    el la los las lo un una unos unas al del de a ante bajo con contra desde durante en entre hacia hasta
    mediante para por según sin so sobre tras y e ni o u pero sino aunque porque pues que quien quienes
    cual cuales cuyo cuya donde cuando como cuanto si no sí ya también tampoco además incluso solo sólo
    este esta estos estas ese esa esos esas aquel aquella aquellos aquellas esto eso aquello
    mi mis tu tus su sus nuestro nuestra nuestros nuestras vuestro vuestra
    yo tú él ella ello nosotros nosotras vosotros ellos ellas usted ustedes me te se nos os le les
    hay ha han he hemos habían había será serán fue fueron es son era eran está están estaba sido ser estar
    tiene tienen tenía puede pueden podría debe deben
    muy más menos mucho mucha muchos muchas poco pocos otro otra otros otras todo toda todos todas
    cada ambos ambas varios varias algunos algunas alguno alguna ningún ninguna mismo misma
    hoy ayer mañana ahora luego después antes entonces así aquí allí allá ahí
    previamente finalmente actualmente recientemente posteriormente asimismo mientras aun aún
    tal tan tanto qué cómo dónde cuándo quién cuál
    sin embargo además cambio pese dicho dicha dichos según
    lunes martes miércoles jueves viernes sábado domingo
    primero primera segundo segunda tercero tercera último última
    nuevo nueva gran grandes buen buena
  `),
  nameConnectors: words('de del la las los da do dos das di van von der den bin al'),
  determiners: words(
    'el la los las al del un una su sus este esta ese esa aquel aquella dicho dicha',
  ),
  ofWords: words('de del'),
  definiteArticles: words('el la los las'),
  negations: words('no nunca jamás tampoco ni'),
  hedges: [
    'supuestamente',
    'presuntamente',
    'al parecer',
    'posible',
    'posiblemente',
    'probablemente',
    'habría',
    'habrían',
    'podría',
    'podrían',
    'tendría',
    'tendrían',
    'estaría',
    'estarían',
    'sería',
    'serían',
    'alegan',
    'alega',
    'apunta a',
    'apuntan a',
    'se cree',
    'se sospecha',
    'reportes',
    'rumores',
    'presunto',
    'presunta',
    'aparentemente',
    'no confirmado',
    'sin confirmar',
    'no hay confirmación',
  ],
  attributions: [['según'], ['de', 'acuerdo', 'con'], ['citando', 'a'], ['informó'], ['reportó']],
  months: new Map([
    ['enero', 1],
    ['febrero', 2],
    ['marzo', 3],
    ['abril', 4],
    ['mayo', 5],
    ['junio', 6],
    ['julio', 7],
    ['agosto', 8],
    ['septiembre', 9],
    ['setiembre', 9],
    ['octubre', 10],
    ['noviembre', 11],
    ['diciembre', 12],
  ]),
  weekdays: words('lunes martes miércoles jueves viernes sábado domingo'),
  numberWords: new Map([
    ['uno', 1],
    ['un', 1],
    ['una', 1],
    ['dos', 2],
    ['tres', 3],
    ['cuatro', 4],
    ['cinco', 5],
    ['seis', 6],
    ['siete', 7],
    ['ocho', 8],
    ['nueve', 9],
    ['diez', 10],
    ['once', 11],
    ['doce', 12],
    ['quince', 15],
    ['veinte', 20],
    ['treinta', 30],
    ['cuarenta', 40],
    ['cincuenta', 50],
    ['cien', 100],
    ['ciento', 100],
    ['doscientos', 200],
    ['trescientos', 300],
    ['quinientos', 500],
    ['mil', 1000],
    ['docena', 12],
    ['decena', 10],
    ['centenar', 100],
    ['medio', 0.5],
    ['media', 0.5],
  ]),
  scaleWords: new Map([
    ['mil', 1e3],
    ['millón', 1e6],
    ['millones', 1e6],
    ['mil millones', 1e9],
    ['billón', 1e12],
    ['billones', 1e12],
  ]),
  dates: {
    dayMonth: 'de',
    monthYear: 'de(?:l)?',
    weekdayBefore: ['en', 'este', 'el', 'esta', 'la', 'el pasado', 'el próximo'],
    weekdayAfter: ['pasado', 'próximo'],
    periodBefore: ['el', 'la', 'este', 'esta'],
    periodNouns: ['año', 'mes', 'semana', 'verano', 'invierno', 'otoño', 'primavera'],
    periodAfter: ['pasado', 'pasada', 'próximo', 'próxima', 'que viene'],
    ago: { word: 'hace', units: ['años', 'meses', 'semanas', 'días', 'año', 'mes'] },
    deicticDays: ['ayer', 'anteayer', 'hoy', 'mañana'],
    yearPrepositions: ['en', 'de', 'del', 'desde', 'hasta'],
  },
  weakNumberWords: words('un una uno medio media'),
  percentWords: ['por', 'ciento'],
  numberFormat: { thousands: '.', decimal: ',' },
  prepositions: words(
    'de del en con a al por para según desde entre sobre contra ante hacia hasta tras durante sin',
  ),
  articles: words('el la los las un una'),
  nounDeterminers: words(
    'el la los las un una unos unas este esta estos estas ese esa esos esas su sus',
  ),
  contractions: words('al del'),
  contractedOf: words('del'),
  conjunctions: words('y e o u ni'),
  andWords: words('y e'),
};
