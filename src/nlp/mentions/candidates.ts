/**
 * Proper-name candidates from orthography: runs of capitalised words joined by name particles
 * ("Corea del Norte", "Organización de las Naciones Unidas"), acronyms, all-caps datelines.
 * A capital at the start of a sentence is evidence only when the word is not a function word and
 * the article also capitalises it elsewhere, or the knowledge base knows it.
 */
import { isNonCountryPlaceType } from '../../schema/index.js';
import type { GrammarLexicon } from '../lang/index.js';
import { isSmallTown, type Knowledge } from '../knowledge.js';
import { spanText } from '../segment/index.js';
import type { Sentence } from '../types.js';
import { extendName } from './extensions.js';
import { isInstitutionHead } from './heads.js';
import {
  isAcronym,
  isAllCaps,
  isCapitalized,
  isHandle,
  isInitialPosition,
  isRomanNumeral,
} from './shape.js';
import { ruleOn } from '../ablation.js';

export interface SpanCandidate {
  readonly sentenceIndex: number;
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

/** Words the article capitalises somewhere other than a sentence start. */
export function capitalizedElsewhere(sentences: readonly Sentence[]): Set<string> {
  const seen = new Set<string>();
  for (const s of sentences) {
    s.tokens.forEach((t, i) => {
      if (!isInitialPosition(s.tokens, i) && isCapitalized(t.text)) seen.add(t.text);
    });
  }
  return seen;
}

export function findNameCandidates(
  sentences: readonly Sentence[],
  grammar: GrammarLexicon,
  knowledge: Knowledge,
): SpanCandidate[] {
  const elsewhere = capitalizedElsewhere(sentences);
  const out: SpanCandidate[] = [];
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    const lineIsCaps = tokens
      .filter((t) => /\p{L}/u.test(t.text))
      .every((t) => isAllCaps(t.text) || t.text.length === 1);
    let i = 0;
    while (i < tokens.length) {
      const word = tokens[i]!.text;
      // A handle names an account on its own, whatever its case ("@usuario", "@Agencia_X").
      if (ruleOn('handles') && isHandle(word)) {
        out.push({ sentenceIndex: sentence.index, tokenStart: i, tokenEnd: i + 1 });
        i++;
        continue;
      }
      const initialFunctionWord =
        isInitialPosition(tokens, i) &&
        grammar.functionWords.has(word.toLowerCase()) &&
        !isAcronym(word);
      if (!isCapitalized(word) || initialFunctionWord) {
        i++;
        continue;
      }
      // Extend over capitalised words and connector particles followed by a capitalised word.
      let j = i + 1;
      while (j < tokens.length) {
        const w = tokens[j]!.text;
        if (isCapitalized(w)) {
          j++;
          continue;
        }
        let k = j;
        // Institution names may coordinate inside: "Comisión Estatal de Aguas y de Riegos".
        const institution = isInstitutionHead(tokens[i]!.text.toLowerCase(), knowledge);
        // …but "el Gobierno y La Alameda" are two: after "y", an article starts a new name.
        // "y de Riegos", "y Control" continue the name; "y la Comisión …", "y La Alameda" start another.
        const nextAfterY = tokens[j + 1]?.text ?? '';
        // "y Federación …" after an institution starts a second institution.
        const secondInstitution = knowledge.cue(nextAfterY.toLowerCase()) === 'Organization';
        const coordinates =
          institution &&
          !secondInstitution &&
          (grammar.ofWords.has(nextAfterY) ||
            (isCapitalized(nextAfterY) && !grammar.functionWords.has(nextAfterY.toLowerCase())));
        const joins = (w: string): boolean =>
          grammar.nameConnectors.has(w) || (coordinates && grammar.andWords.has(w));
        while (
          k < tokens.length &&
          k - j < 3 &&
          joins(tokens[k]!.text.toLowerCase()) &&
          (tokens[k]!.text === tokens[k]!.text.toLowerCase() || lineIsCaps)
        )
          k++;
        // An ordinal after the particles opens a new name: "en Santander la XIII Cumbre".
        if (
          k > j &&
          k < tokens.length &&
          isCapitalized(tokens[k]!.text) &&
          !(ruleOn('ordinalOpensName') && isRomanNumeral(tokens[k]!.text))
        ) {
          j = k + 1;
          continue;
        }
        break;
      }
      j = extendName(tokens, i, j, knowledge);
      // Capitalised titles, demonyms and calendar words in front of a name are not part of it
      // ("French Foreign Minister Jean Dupont", "President Smith", "Saturday").
      const start = i;
      // …unless the gazetteer knows the whole run ("Estados Unidos", "Reino Unido" opening a sentence).
      if (
        j - i > 1 &&
        ruleOn('initialCommonWord') &&
        isInitialPosition(tokens, i) &&
        initialCommonWord(tokens[i]!.text, knowledge) &&
        !(ruleOn('expansionAfterAcronym') && spellsAcronymBefore(tokens, i, j, grammar)) &&
        !(ruleOn('knownPlaceWhole') && knowledge.places(spanText(sentence, i, j)).length > 0)
      )
        i++;
      i = skipLeadingNonNames(sentence.lower, i, j, knowledge, grammar);
      if (i >= j) continue;
      const initial =
        isInitialPosition(tokens, i) || (i > start && isInitialPosition(tokens, start));
      // A lone capitalised word that opens a longer title is part of it ("Foreign ministers meet", "Primer ministro").
      const opensTitle = j - i === 1 && (knowledge.roleAt(sentence.lower, i)?.length ?? 0) > 1;
      if (
        j - i === 1 &&
        ((initial &&
          (!acceptInitialSingle(tokens[i]!.text, elsewhere, knowledge) ||
            initialEventNoun(tokens[i]!.text, knowledge))) ||
          isCapitalizedCommonNoun(tokens[i]!.text, knowledge) ||
          opensTitle)
      ) {
        i = j;
        continue;
      }
      out.push({ sentenceIndex: sentence.index, tokenStart: i, tokenEnd: j });
      i = j;
    }
  }
  return out;
}

function skipLeadingNonNames(
  lower: readonly string[],
  i: number,
  j: number,
  knowledge: Knowledge,
  grammar: GrammarLexicon,
): number {
  let k = i;
  while (k < j) {
    const w = lower[k]!;
    if (grammar.weekdays.has(w) || grammar.months.has(w)) {
      k++;
      continue;
    }
    // "North Korean soldiers", "Russian Foreign Minister …" — but "Argentina" is a country as well.
    const pair = k + 1 < j ? `${w} ${lower[k + 1]}` : '';
    if (pair && knowledge.demonym(pair) && knowledge.places(pair).length === 0) {
      k += 2;
      continue;
    }
    if (knowledge.demonym(w) && knowledge.places(w).length === 0) {
      k++;
      continue;
    }
    // Accent-insensitive role matching must not eat institutions ("Secretaría" is not "secretaria").
    const role = knowledge.cue(w) === 'Organization' ? undefined : knowledge.roleAt(lower, k);
    if (role && k + role.length < j) {
      k += role.length;
      continue;
    }
    break;
  }
  return k;
}

/**
 * A lone capitalised title or place noun ("Rey", "Estado", "República") is a common noun dressed up,
 * not a name. Organisation heads ("Gobierno", "Congreso"), laws ("Constitución") and named periods
 * ("Conquista") stay: capitalised, they name one specific thing.
 */
function isCapitalizedCommonNoun(word: string, knowledge: Knowledge): boolean {
  const lower = word.toLowerCase();
  if (isAcronym(word)) return false;
  if (knowledge.roleAt([lower], 0)?.length === 1) return true;
  const cue = knowledge.cue(lower);
  return cue !== undefined && isNonCountryPlaceType(cue);
}

/**
 * What a bracket opened right after an acronym holds, from token `i` (the first inside) to its closing
 * bracket: the initials of its capitalised words, and how many name particles and list separators
 * stand between them. Undefined when the bracket does not follow an acronym, does not close, or holds
 * any other word.
 */
function bracketAfterAcronym(
  tokens: Sentence['tokens'],
  i: number,
  grammar: GrammarLexicon,
):
  | { letters: string; initials: string; end: number; connectors: number; separators: number }
  | undefined {
  const acronym = tokens[i - 2]?.text ?? '';
  if (tokens[i - 1]?.text !== '(' || !isAcronym(acronym)) return undefined;
  let initials = '';
  let connectors = 0;
  let separators = 0;
  let k = i;
  for (; k < tokens.length && tokens[k]!.text !== ')'; k++) {
    const w = tokens[k]!.text;
    if (w === ',' || grammar.andWords.has(w)) separators++;
    else if (grammar.nameConnectors.has(w.toLowerCase())) connectors++;
    else if (isCapitalized(w)) initials += w[0]!.toLowerCase();
    else return undefined;
  }
  if (k === tokens.length) return undefined;
  const letters = acronym.replace(/[^\p{L}]/gu, '').toLowerCase();
  return { letters, initials, end: k, connectors, separators };
}

/**
 * "los PAV (Puestos de Apoyo Vecinal)": a bracket right after an acronym holds its expansion,
 * whose capitalised words' initials spell it; the first word is part of the name, not a common word
 * opening a quotation. `i`–`j` is the name run.
 */
function spellsAcronymBefore(
  tokens: Sentence['tokens'],
  i: number,
  j: number,
  grammar: GrammarLexicon,
): boolean {
  const bracket = bracketAfterAcronym(tokens, i, grammar);
  return (
    bracket !== undefined &&
    bracket.end === j &&
    bracket.separators === 0 &&
    bracket.initials === bracket.letters
  );
}

/**
 * Where the bracket opened at `i` closes, when it holds a coordinated list of capitalised words whose
 * initials spell the acronym before the bracket: common nouns capitalised to show the letters, not names
 * ("ABC (Artistas, Bailarines y Cantantes)"). Otherwise 0.
 */
export function listExpansionEnd(
  tokens: Sentence['tokens'],
  i: number,
  grammar: GrammarLexicon,
): number {
  const bracket = bracketAfterAcronym(tokens, i, grammar);
  return bracket !== undefined &&
    bracket.connectors === 0 &&
    bracket.separators > 0 &&
    bracket.initials === bracket.letters
    ? bracket.end
    : 0;
}

/**
 * A common noun that heads event names ("Día", "Paro") alone at a sentence start is the noun ("Día
 * tras día …"), although the article capitalises it inside a name ("el Día del Libro").
 */
function initialEventNoun(word: string, knowledge: Knowledge): boolean {
  const lower = word.toLowerCase();
  return (
    ruleOn('initialEventNoun') &&
    knowledge.cue(lower) === 'Event' &&
    knowledge.isCommonWord(lower) &&
    knowledge.places(word).length === 0
  );
}

/** A sentence-initial verb or adverb in front of a name ("Llegó Rubén Olmedo"). */
function initialCommonWord(word: string, knowledge: Knowledge): boolean {
  return (
    !knowledge.isGivenName(word) &&
    knowledge.isCommonWord(word.toLowerCase()) &&
    knowledge.places(word).length === 0 &&
    knowledge.cue(word.toLowerCase()) === undefined
  );
}

function acceptInitialSingle(
  word: string,
  elsewhere: ReadonlySet<string>,
  knowledge: Knowledge,
): boolean {
  if (isAcronym(word)) return true;
  if (elsewhere.has(word)) return true;
  const place = knowledge.places(word)[0];
  // "Nada que objetar": a town named like a common word is not evidence at a sentence start.
  if (place && !knowledge.isCommonWord(word.toLowerCase()) && !isSmallTown(place)) return true;
  return knowledge.isGivenName(word);
}
