/**
 * Gender and number inflection of Spanish adjectives and role nouns (masculine singular -> the four forms),
 * and plural of English demonyms. Shared by the build script (demonym tables) and the role lexicon.
 */
import type { Gender, GrammaticalNumber } from './types.js';

export interface InflectedForm {
  readonly form: string;
  /** Absent when the form serves both genders. */
  readonly gender?: Gender;
  readonly number: GrammaticalNumber;
}

const ACCENT_IN_LAST_SYLLABLE = /([áéíóú])([^aeiouáéíóú]*)$/;
const UNACCENT: Readonly<Record<string, string>> = { á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u' };

/** "alemán" -> "aleman": the written accent of an oxytone goes when a syllable is added. */
function dropFinalAccent(word: string): string {
  return word.replace(
    ACCENT_IN_LAST_SYLLABLE,
    (_m, vowel: string, rest: string) => (UNACCENT[vowel] ?? vowel) + rest,
  );
}

/**
 * The forms of a Spanish adjective or role noun given its masculine singular.
 * A spec "m/f/mpl/fpl" (four slash-separated forms) gives the paradigm explicitly; a spec "x/y" with two forms
 * gives singular/plural of a form used for both genders.
 * Rules: -o -> -a/-os/-as; -a, -e, unstressed -i -> same for both genders, plural -s; stressed -í/-ú -> same for
 * both genders, plural -es and -s; -z -> -za/-ces/-zas; other consonant -> +a/+es/+as, dropping a final accent.
 */
export function inflectSpanish(spec: string): InflectedForm[] {
  const parts = spec.split('/').map((p) => p.trim());
  if (parts.length === 4) {
    const [m, f, mpl, fpl] = parts as [string, string, string, string];
    if (m === f && mpl === fpl)
      return [
        { form: m, number: 'sg' },
        { form: mpl, number: 'pl' },
      ];
    return [
      { form: m, gender: 'm', number: 'sg' },
      { form: f, gender: 'f', number: 'sg' },
      { form: mpl, gender: 'm', number: 'pl' },
      { form: fpl, gender: 'f', number: 'pl' },
    ];
  }
  if (parts.length === 2) {
    const [sg, pl] = parts as [string, string];
    return [
      { form: sg, number: 'sg' },
      { form: pl, number: 'pl' },
    ];
  }
  if (parts.length !== 1)
    throw new Error(`inflectSpanish: bad paradigm spec ${JSON.stringify(spec)} (1, 2 or 4 forms)`);
  const word = parts[0] as string;
  if (word === '') throw new Error('inflectSpanish: empty word');
  if (word.includes(' '))
    throw new Error(
      `inflectSpanish: multi-word ${JSON.stringify(word)} needs an explicit paradigm m/f/mpl/fpl`,
    );
  const last = word.slice(-1);
  const stem = word.slice(0, -1);
  if (last === 'o') {
    return [
      { form: word, gender: 'm', number: 'sg' },
      { form: `${stem}a`, gender: 'f', number: 'sg' },
      { form: `${stem}os`, gender: 'm', number: 'pl' },
      { form: `${stem}as`, gender: 'f', number: 'pl' },
    ];
  }
  if (last === 'a' || last === 'e' || last === 'i' || last === 'u') {
    return [
      { form: word, number: 'sg' },
      { form: `${word}s`, number: 'pl' },
    ];
  }
  if (last === 'í' || last === 'ú') {
    return [
      { form: word, number: 'sg' },
      { form: `${word}es`, number: 'pl' },
      { form: `${word}s`, number: 'pl' },
    ];
  }
  const base = dropFinalAccent(word);
  const plural = last === 'z' ? `${base.slice(0, -1)}ces` : `${base}es`;
  return [
    { form: word, gender: 'm', number: 'sg' },
    { form: `${base}a`, gender: 'f', number: 'sg' },
    { form: plural, gender: 'm', number: 'pl' },
    { form: `${base}as`, gender: 'f', number: 'pl' },
  ];
}

const ENGLISH_INVARIANT = /(ese|ish|ch|ss|sh)$/i;

/** English demonym forms: "Russian" -> Russian, Russians; "Chinese", "British", "Swiss" have no -s plural. */
export function inflectEnglishDemonym(word: string): InflectedForm[] {
  if (ENGLISH_INVARIANT.test(word)) return [{ form: word, number: 'sg' }];
  return [
    { form: word, number: 'sg' },
    { form: `${word}s`, number: 'pl' },
  ];
}
