import { AGENTS, PLACES } from '../trigger-frames.js';
import type { NounFrame, NounFrameWords } from '../types.js';
import { words } from '../words.js';

const ES_FRAMES: readonly NounFrame[] = [
  {
    noun: /^(apoyo|respaldo|adhesión)$/,
    preps: ['a', 'al'],
    predicate: 'SUPPORTS',
    objectTypes: [...AGENTS, 'Region', 'Event', 'Law'],
  },
  {
    noun: /^(choques?|enfrentamientos?|peleas?|disputas?|conflictos?|rivalidad|pugna|guerra)$/,
    preps: ['con', 'contra'],
    predicate: 'OPPOSED',
    objectTypes: AGENTS,
  },
  {
    noun: /^(rechazo|oposición)$/,
    preps: ['a', 'al', 'contra'],
    predicate: 'OPPOSED',
    objectTypes: [...AGENTS, 'Law', 'Event'],
  },
  {
    noun: /^(críticas?|ataques?)$/,
    preps: ['a', 'al', 'contra'],
    predicate: 'CRITICIZED',
    objectTypes: AGENTS,
  },
  {
    noun: /^(victoria|triunfo)$/,
    preps: ['en'],
    predicate: 'WON',
    objectTypes: ['Event', ...PLACES],
  },
  { noun: /^(visita|viaje)$/, preps: ['a', 'al'], predicate: 'VISITED', objectTypes: PLACES },
  {
    noun: /^(reuniones|reunión|encuentros?|cumbre)$/,
    preps: ['con'],
    predicate: 'MET_WITH',
    objectTypes: AGENTS,
  },
  {
    noun: /^(alianza|pacto|acuerdo)$/,
    preps: ['con'],
    predicate: 'ALLIED_WITH',
    objectTypes: AGENTS,
  },
  {
    noun: /^(paso|etapa|trabajo|carrera|servicio|salida)$/,
    preps: ['por', 'en', 'de', 'del'],
    predicate: 'WORKS_FOR',
    objectTypes: ['Organization'],
  },
];

/** Nouns for an opponent or an ally, whose name follows in apposition or after a copula. */
const ES_RIVALS =
  /^(rival|rivales|adversari[oa]s?|contrincantes?|contradictor(a|es)?|oponentes?|competidor(a|es)?|enemig[oa]s?)$/;
const ES_ALLIES = /^(aliad[oa]s?|socios?|mentor(a)?|padrino|valedor(a)?)$/;

export const ES_NOUN_FRAMES: NounFrameWords = {
  frames: ES_FRAMES,
  rivals: ES_RIVALS,
  allies: ES_ALLIES,
  possessives: words('su sus'),
  one: words('uno una'),
  serviceSpans: words('años décadas'),
  serviceNouns: /^(servicio|militancia|trayectoria|carrera|trabajo)$/,
  servicePrepositions: words('en a al'),
};
