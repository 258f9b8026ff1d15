/**
 * Role nominals ("el canciller", "el líder norcoreano", "la ministra") and demonyms ("ruso",
 * "norcoreanos"): mentions that refer without a name. Coreference decides who they are.
 */
import { packFor, type GrammarLexicon, type MentionWords } from '../lang/index.js';
import type { Knowledge } from '../knowledge.js';
import type { EntityMention, Sentence } from '../types.js';
import { isCapitalized } from './shape.js';

const IS_WORD = /^\p{L}/u;
/** A lower-case word with a letter or digit that `foldName` keeps (it does not fold to ""). */
const FOLDS_TO_WORD = /[a-z0-9]/;

export function findDemonyms(
  sentence: Sentence,
  knowledge: Knowledge,
  taken: ReadonlySet<number>,
): EntityMention[] {
  const out: EntityMention[] = [];
  const tokens = sentence.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // Spanish writes demonyms in lower case; English capitalises them ("Russian").
    if (
      taken.has(token.i) ||
      (packFor(knowledge.language).typology.lowercaseDemonyms &&
        isCapitalized(token.text) &&
        token.i > 0)
    )
      continue;
    // Demonyms are words: a punctuation token is never part of one (the lookup folds it away).
    if (!IS_WORD.test(token.text)) continue;
    // Two-word demonyms first ("North Korean").
    const next = tokens[i + 1];
    const pair =
      next &&
      !taken.has(next.i) &&
      IS_WORD.test(next.text) &&
      (knowledge.demonymPhraseStart(sentence.lower[i]!) ||
        !FOLDS_TO_WORD.test(sentence.lower[i + 1]!))
        ? knowledge.demonym(`${token.text} ${next.text}`.toLowerCase())
        : undefined;
    const info = pair ?? knowledge.demonym(sentence.lower[i]!);
    if (!info || namesLanguage(sentence, i, packFor(knowledge.language).mentions)) continue;
    const last = pair ? next! : token;
    if (pair) i++;
    out.push({
      sentenceIndex: sentence.index,
      tokenStart: token.i,
      tokenEnd: last.i + 1,
      start: token.start,
      end: last.end,
      text: sentence.text.slice(token.start - sentence.start, last.end - sentence.start),
      form: 'demonym',
      type: info.targetType === 'Organization' ? 'Organization' : info.targetType,
      typeSource: 'demonym',
      typeConfidence: 0.9,
      target: info.target,
    });
  }
  return out;
}

/** "en español", "habla francés": a language, not a nationality (languages are masculine singular). */
function namesLanguage(sentence: Sentence, i: number, words: MentionWords): boolean {
  const masculineSingular = !words.notLanguageEnding.test(sentence.lower[i]!);
  return masculineSingular && words.languageCues.has(sentence.lower[i - 1] ?? '');
}

/** A determiner + role phrase (+ demonym) that is not the title of a following name. */
export function findRoleNominals(
  sentence: Sentence,
  knowledge: Knowledge,
  grammar: GrammarLexicon,
  taken: ReadonlySet<number>,
): EntityMention[] {
  const lower = sentence.lower;
  const out: EntityMention[] = [];
  for (let i = 1; i < lower.length; i++) {
    if (taken.has(i) || !grammar.determiners.has(lower[i - 1]!)) continue;
    const match = knowledge.roleAt(lower, i);
    if (!match) continue;
    let end = i + match.length;
    // Absorb a demonym or "de COUNTRY-like name" qualifier: "el líder norcoreano".
    let target: string | undefined;
    const demonym = end < lower.length ? knowledge.demonym(lower[end]!) : undefined;
    if (demonym) {
      target = demonym.target;
      end++;
    }
    const next = sentence.tokens[end];
    const following = next?.text === ',' ? sentence.tokens[end + 1] : next;
    // "el presidente Juan Pérez" / "la ministra ..., Ana Gómez": a title, not a nominal.
    if (
      following &&
      isCapitalized(following.text) &&
      !grammar.functionWords.has(following.text.toLowerCase())
    )
      continue;
    if (next && grammar.ofWords.has(lower[end] ?? '')) continue; // "el presidente de Francia": typed by relation
    out.push({
      ...nominalSpan(sentence, i, end, grammar),
      type: 'Person',
      typeSource: `nominal:${match.role.group}`,
      typeConfidence: 0.6,
      ...(target ? { target } : {}),
    });
    i = end - 1;
  }
  return out;
}

/**
 * "el país", "la ciudad", "del país": a place noun after a definite article (or a fused one) that names
 * no place of its own — no name or "de" after it — refers back to a place of its type.
 * Coreference attaches it to the last one named before it, or drops it.
 */
export function findClassNominals(
  sentence: Sentence,
  knowledge: Knowledge,
  grammar: GrammarLexicon,
  taken: ReadonlySet<number>,
): EntityMention[] {
  const lower = sentence.lower;
  const nouns = packFor(knowledge.language).mentions.classNominals;
  const out: EntityMention[] = [];
  for (let i = 1; i < lower.length; i++) {
    const word = lower[i]!;
    const type = nouns.get(word);
    if (taken.has(i) || !type || sentence.tokens[i]!.text !== word) continue;
    const before = lower[i - 1]!;
    if (!grammar.contractions.has(before) && !grammar.definiteArticles.has(before)) continue;
    // "la ciudad de Lyon", "la ciudad Lyon": the noun introduces a name, not a reference.
    const next = sentence.tokens[i + 1];
    if (next && (grammar.ofWords.has(lower[i + 1]!) || isCapitalized(next.text))) continue;
    out.push({
      ...nominalSpan(sentence, i, i + 1, grammar),
      type,
      typeSource: `class:${word}`,
      typeConfidence: 0.5,
    });
  }
  return out;
}

/**
 * The span of a nominal whose noun phrase runs from `head` to `end`, with the determiner before it —
 * except a fused one ("al", "del"), which stays out of the alias: "al líder norcoreano" → "líder
 * norcoreano".
 */
function nominalSpan(
  sentence: Sentence,
  head: number,
  end: number,
  grammar: GrammarLexicon,
): Omit<EntityMention, 'type' | 'typeSource' | 'typeConfidence'> {
  const fused = grammar.contractions.has(sentence.lower[head - 1] ?? '');
  const tokenStart = fused ? head : head - 1;
  const first = sentence.tokens[tokenStart]!;
  const last = sentence.tokens[end - 1]!;
  return {
    sentenceIndex: sentence.index,
    tokenStart,
    tokenEnd: end,
    start: first.start,
    end: last.end,
    text: sentence.text.slice(first.start - sentence.start, last.end - sentence.start),
    form: 'nominal',
  };
}
