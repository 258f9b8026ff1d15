/**
 * Left context of a name: a title or role ("el presidente X", "la ministra de Exteriores norcoreana, X")
 * or a cue noun ("la ciudad portuaria de X", "la región rusa de X", "la agencia X"), with the
 * adjectives and demonyms between them.
 */
import { isNonCountryPlaceType } from '../../schema/index.js';
import type { GrammarLexicon } from '../lang/index.js';
import type { CueType, DemonymInfo, Knowledge, RoleMatch } from '../knowledge.js';
import type { Sentence } from '../types.js';
import { isCapitalized, isInitialPosition, OPEN_QUOTES } from './shape.js';
import { ruleOn } from '../ablation.js';
import { pluralCue } from './coordination.js';

export interface LeftContext {
  readonly role?: RoleMatch & { readonly tokenStart: number };
  readonly cue?: { readonly type: CueType; readonly tokenStart: number; readonly word: string };
  /** Demonyms between the cue/role and the name ("región rusa de X" → rusa). */
  readonly demonyms: readonly (DemonymInfo & { readonly tokenIndex: number })[];
  /** The name is what a role is "of" ("la portavoz de X", "fundador del X"): an organisation or a place. */
  readonly roleOf?: RoleMatch & { readonly tokenStart: number };
  /** The role or cue is separated from the name by a comma (apposition). */
  readonly apposition: boolean;
}

const MAX_GAP = 4;

export function leftContext(
  sentence: Sentence,
  tokenStart: number,
  knowledge: Knowledge,
  grammar: GrammarLexicon,
): LeftContext {
  const lower = sentence.lower;
  const demonyms: (DemonymInfo & { tokenIndex: number })[] = [];
  let p = tokenStart - 1;
  // A quoted name keeps its cue: 'el diario mexicano "Reforma"', 'la revista «Time»'.
  if (ruleOn('cueOverQuote') && p >= 0 && OPEN_QUOTES.has(lower[p]!)) p--;
  let apposition = false;
  if (p >= 0 && lower[p] === ',') {
    apposition = true;
    p--;
  }
  // Walk left over connectors, adjectives and demonyms, looking for a role phrase or cue noun.
  let crossedDe = false;
  for (let gap = 0; p >= 0 && gap <= MAX_GAP; gap++, p--) {
    const word = lower[p]!;
    for (let q = Math.max(0, p - 5); q <= p; q++) {
      const match = knowledge.roleAt(lower, q);
      // "el presidente X" titles X; "el presidente de X" makes X what is presided, not the holder.
      if (match && q + match.length - 1 >= p && q + match.length <= tokenStart) {
        if (!crossedDe) return { role: { ...match, tokenStart: q }, demonyms, apposition };
        return directComplement(lower, tokenStart, grammar)
          ? { roleOf: { ...match, tokenStart: q }, demonyms, apposition }
          : { demonyms, apposition };
      }
    }
    // A plural cue noun types the names it introduces: "los partidos X e Y", "las empresas X, Y y Z".
    const cue =
      knowledge.cue(word) ?? (ruleOn('pluralCues') ? pluralCue(word, knowledge) : undefined);
    // A capitalised cue inside the sentence ends another name ("… del Departamento de Estado | Ana Ruiz"):
    // it announces nothing about this one.
    if (cue && !isInitialPosition(sentence.tokens, p) && isCapitalized(sentence.tokens[p]!.text))
      break;
    // "la ciudad de X" names a city, but "la visita de X" / "la alcaldía de X" do not name a visit or an office.
    // When the "de" opens the cue's own modifier and the name follows a plain word, the name is in
    // apposition to the whole phrase: "la empresa de seguridad informática X", "la agencia de noticias X".
    if (
      cue &&
      !apposition &&
      (!crossedDe ||
        isNonCountryPlaceType(cue) ||
        (ruleOn('cueAcrossModifier') && !directComplement(lower, tokenStart, grammar)))
    )
      return { cue: { type: cue, tokenStart: p, word }, demonyms, apposition };
    if (grammar.ofWords.has(word)) crossedDe = true;
    const demonym = knowledge.demonym(word);
    if (demonym) {
      demonyms.push({ ...demonym, tokenIndex: p });
      continue;
    }
    if (grammar.nameConnectors.has(word) || /^\p{Ll}+$/u.test(word)) {
      if (grammar.functionWords.has(word) && !grammar.nameConnectors.has(word)) break;
      continue;
    }
    break;
  }
  return { demonyms, apposition };
}

/** "de X", "del X", "de la X", "of the X": the name is the complement of what precedes it. */
function directComplement(
  lower: readonly string[],
  tokenStart: number,
  grammar: GrammarLexicon,
): boolean {
  const before = lower[tokenStart - 1] ?? '';
  if (grammar.ofWords.has(before)) return true;
  return grammar.definiteArticles.has(before) && grammar.ofWords.has(lower[tokenStart - 2] ?? '');
}
