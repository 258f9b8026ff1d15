/**
 * Capitalised portfolios in job titles are not names: "director de Ciencia e Innovación", "director de
 * Inspección de Operaciones y Evaluación de la Policía Regional" (the portfolio runs
 * up to "de la Policía Regional", which is a name), "los ministerios de Asuntos Exteriores", "un doctorado en
 * Ciencias Políticas". A portfolio follows a role word, a lower-case organisation noun or a degree, and a
 * bare "de"/"en" (no article), and starts with an abstract common noun ("Ciencia", "Evaluación", "Asuntos").
 */
import { foldName } from '../../schema/index.js';
import type { GrammarLexicon } from '../lexicon/index.js';
import type { Knowledge } from '../knowledge.js';
import type { Sentence } from '../types.js';
import { isCapitalized } from './shape.js';

/** Abstract-noun endings (accents folded, plural allowed): -ción, -sión, -cia, -dad, -ía, -ura, -miento, -ismo. */
const ABSTRACT = /(cion|sion|cia|dad|ia|ura|miento|ismo|asunto)(es|s)?$/u;
/** Lower-case words that continue a portfolio: "Inspección y Evaluación para la Operación". */
const INSIDE: ReadonlySet<string> = new Set(['y', 'e', 'para', 'con', 'en']);
const MAX_ADJECTIVES = 2;
const PREPOSITIONS: ReadonlySet<string> = new Set(['de', 'en']);
/** Degrees and chairs name a field: "doctorado en Ciencias Políticas", "catedrático de Sociología". */
const DEGREES =
  /^(doctorado|doctora?|licenciatura|licenciad[oa]|grado|máster|maestría|carrera|catedrátic[oa]|diplomad[oa]|ingenier[oa]|especialista)$/;

/**
 * Length of what announces a portfolio at token `i`: a role ("director general"), a lower-case
 * organisation noun ("los ministerios de …", "la secretaría de …"), or a degree. 0 when none.
 */
function triggerAt(sentence: Sentence, i: number, knowledge: Knowledge): number {
  const word = sentence.lower[i]!;
  if (DEGREES.test(word)) return 1;
  const text = sentence.tokens[i]!.text;
  if (
    text === word &&
    [word, word.replace(/s$/, ''), word.replace(/es$/, '')].some(
      (w) => knowledge.cue(w) === 'Organization',
    )
  )
    return 1;
  const role = knowledge.roleAt(sentence.lower, i);
  // Only offices that come with a portfolio: "director de Comunicación", but "portavoz de Renovación Nacional".
  return role && PORTFOLIO_ROLES.has(foldName(role.role.lemma)) ? role.length : 0;
}

/** Roles (folded lemmas) that take a portfolio after "de". */
const PORTFOLIO_ROLES: ReadonlySet<string> = new Set([
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
]);

/** Token indices of one sentence that belong to a title's portfolio. */
export function portfolioTokens(
  sentence: Sentence,
  knowledge: Knowledge,
  grammar: GrammarLexicon,
): Set<number> {
  const lower = sentence.lower;
  const tokens = sentence.tokens;
  const out = new Set<number>();
  for (let i = 0; i < lower.length; i++) {
    const length = triggerAt(sentence, i, knowledge);
    if (!length) continue;
    let k = i + length;
    // "director adjunto de", "coordinador general de"
    for (
      let gap = 0;
      gap < MAX_ADJECTIVES &&
      k < lower.length &&
      !PREPOSITIONS.has(lower[k]!) &&
      /^\p{Ll}+$/u.test(tokens[k]!.text) &&
      !grammar.functionWords.has(lower[k]!);
      gap++
    )
      k++;
    if (!PREPOSITIONS.has(lower[k]!)) continue;
    const first = tokens[k + 1];
    const abstract = (t: number): boolean =>
      isCapitalized(tokens[t]?.text ?? '') &&
      ABSTRACT.test(foldName(lower[t]!)) &&
      knowledge.isCommonWord(lower[t]!) &&
      knowledge.places(tokens[t]!.text).length === 0;
    if (!first || !abstract(k + 1)) continue;
    let end = k + 1;
    while (end < tokens.length) {
      const word = lower[end]!;
      if (isCapitalized(tokens[end]!.text)) {
        end++;
        continue;
      }
      // "para la Operación" continues; "de la Policía Regional" names the body the title belongs to.
      // "de Operaciones" continues with another abstract noun; "de Telefónica" names the employer.
      if (
        (INSIDE.has(word) && isCapitalized(tokens[end + 1]?.text ?? '')) ||
        (word === 'de' && abstract(end + 1))
      ) {
        end++;
        continue;
      }
      if (
        word === 'para' &&
        grammar.definiteArticles.has(lower[end + 1] ?? '') &&
        isCapitalized(tokens[end + 2]?.text ?? '')
      ) {
        end += 2;
        continue;
      }
      break;
    }
    for (let t = k + 1; t < end; t++) out.add(t);
    i = end - 1;
  }
  return out;
}
