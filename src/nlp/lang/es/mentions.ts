import type { MentionWords } from '../types.js';
import { ENGLISH_TITLE_WORDS } from '../title-words.js';
import { words } from '../words.js';

export const ES_MENTIONS: MentionWords = {
  portfolio: {
    abstractNouns: /(cion|sion|cia|dad|ia|ura|miento|ismo|asunto)(es|s)?$/u,
    inside: words('y e para con en'),
    prepositions: words('de en'),
    of: 'de',
    purpose: 'para',
    degrees:
      /^(doctorado|doctora?|licenciatura|licenciad[oa]|grado|máster|maestría|carrera|catedrátic[oa]|diplomad[oa]|ingenier[oa]|especialista)$/,
    roles: new Set([
      'director',
      'director general',
      'director ejecutivo',
      'subdirector',
      'coordinador',
      'jefe',
      'secretario',
      'subsecretario',
      'ministro',
      'viceministro',
      'consejero',
      'concejal',
      'gerente',
      'delegado',
      'comisario',
      'titular',
      'responsable',
      'asesor',
      'catedratico',
      'profesor',
    ]),
  },
  languageCues: words(
    'en habla hablan hablar hablaba hablaban hablando domina dominaba idioma lengua',
  ),
  notLanguageEnding: /(a|as|os|es)$/,
  fixedExpressions: new Map([
    [
      'estado',
      [
        ['golpe', 'de'],
        ['golpes', 'de'],
        ['razón', 'de'],
        ['razones', 'de'],
      ],
    ],
  ]),
  titleWords: ENGLISH_TITLE_WORDS,
  territoryOrBodyHeads: words('departamento'),
  ambiguousHeads: words('liga'),
  exampleOpeners: words('como'),
  classNominals: new Map([
    ['país', 'Country'],
    ['nación', 'Country'],
    ['ciudad', 'City'],
  ]),
  chamber: { noun: 'Cámara', sides: words('alta baja') },
  works: {
    naming: /^(titulad[oa]s?|llamad[oa]s?|denominad[oa]s?|título)$/,
    namingUnquoted: /^titulad[oa]s?$/,
    nouns:
      /^(novelas?|libros?|series?|docuseries?|documentales?|informes?|reportajes?|películas?|obras?|ensayos?|canciones?|canción|discos?|álbum(es)?|programas?|investigaci(ón|ones)|estudios?|artículos?|poemas?|cuentos?|trailers?|tráiler(es)?)$/,
  },
  described: {
    elections: /^(elecciones|elección|comicios)$/,
    electionKinds:
      /^(presidencial(es)?|legislativas?|generales|autonómicas?|municipales|regionales|parlamentarias|primarias|europeas|federales|intermedias)$/,
    events:
      /^(atentados?|matanzas?|masacres?|epidemias?|sismos?|terremotos?|revolución|revoluciones|guerras?|huelgas?|golpes?|incendios?|inundaciones|huracán|explosión|naufragio|tiroteos?|ataques?)$/,
    laws: /^(ley|reforma|decreto)$/,
    compounds: [
      {
        heads:
          /^(islas?|islotes?|archipiélago|mar|río|lago|laguna|golfo|bahía|península|cordillera|sierra|volcán|desierto|estrecho|cabo)$/,
        type: 'Place',
        unlessPlace: true,
      },
      { heads: /^(carretera|autopista|colonia)$/, type: 'Place', unlessPlace: false },
      { heads: /^(cártel(es)?|cartel(es)?)$/, type: 'Organization', unlessPlace: false },
      { heads: /^ministerio$/, type: 'Organization', unlessPlace: false },
    ],
  },
  eponymCues: words('caso escándalo affaire'),
};
