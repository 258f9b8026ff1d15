import type { LocatedWords, NounPhraseWords } from '../types.js';
import { words } from '../words.js';

export const ES_NOUN_PHRASES: NounPhraseWords = {
  cooperationNouns:
    /^(acuerdo|alianza|pacto|tratado|relaciones|cooperación|colaboración|negociaci|diálogo|coalición)/,
  meetingNouns: /^(reuni[óo]n|cumbre|encuentro|entrevista)$/,
  conflictNouns: /^(guerra|conflicto|disputa|enfrentamiento|choque|pugna|tensi[óo]n)/,
  between: 'entre',
  ownerNouns: /^(propietari[oa]s?|dueñ[oa]s?|accionista)$/,
  propertyNouns: new Map([
    ['propiedad', 'sg'],
    ['propiedades', 'pl'],
  ]),
  groupNouns: /^(conglomerado|holding|grupo|consorcio|emporio)$/,
  listOpeners: words('como incluidas entre'),
};

export const ES_LOCATED: LocatedWords = {
  holdingVerbs: /^(celebr|realiz|desarroll|lugar$|organiz)/,
  placeClassNouns:
    /^(país|países|nación|naciones|ciudad|ciudades|estado|región|provincia|capital|territorio|isla|municipio|departamento)$/,
  classCopulas: /^(es|era|fue|será|convirtió|convierte|convertirá)$/,
};
