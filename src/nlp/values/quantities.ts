/**
 * Quantities: a number (digits or number words, with an optional scale such as "millones") and the
 * counted unit after it ("30.000 soldados", "1,5 millones de dólares", "el 90%").
 */
import type { Language } from '../../schema/index.js';
import type { GrammarLexicon } from '../lang/index.js';
import type { Sentence, TextDate, TextQuantity } from '../types.js';
import { parseNumber } from './numbers.js';

export function findQuantities(
  sentence: Sentence,
  grammar: GrammarLexicon,
  language: Language,
  dates: readonly TextDate[],
): TextQuantity[] {
  const tokens = sentence.tokens;
  const out: TextQuantity[] = [];
  const inDate = (start: number, end: number): boolean =>
    dates.some((d) => start < d.end && d.start < end);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const lower = t.text.toLowerCase();
    let value = parseNumber(t.text, language);
    if (value === null && grammar.numberWords.has(lower) && !grammar.weakNumberWords.has(lower))
      value = grammar.numberWords.get(lower)!;
    if (value === null || inDate(t.start, t.end)) continue;
    let j = i + 1;
    // Scale words: "1,5 millones", "mil millones".
    while (j < tokens.length) {
      const w = tokens[j]!.text.toLowerCase();
      const two = `${w} ${tokens[j + 1]?.text.toLowerCase() ?? ''}`;
      if (grammar.scaleWords.has(two)) {
        value *= grammar.scaleWords.get(two)!;
        j += 2;
      } else if (grammar.scaleWords.has(w)) {
        value *= grammar.scaleWords.get(w)!;
        j++;
      } else break;
    }
    let unit: string | null = null;
    let k = j;
    const next = tokens[k]?.text;
    const [per, cent] = grammar.percentWords;
    if (
      next === '%' ||
      (next?.toLowerCase() === per && tokens[k + 1]?.text.toLowerCase() === cent)
    ) {
      unit = '%';
      k += next === '%' ? 1 : 2;
    } else {
      if (grammar.ofWords.has(next ?? '') && j > i + 1) k++; // "millones de dólares"
      const word = tokens[k]?.text;
      if (word && /^\p{Ll}{3,}$/u.test(word) && !grammar.functionWords.has(word)) {
        unit = word;
        k++;
      } else {
        k = j;
      }
    }
    if (unit === null && j === i + 1 && /^\d{4}$/.test(t.text)) continue; // a bare year-like number
    if (unit === null && j === i + 1) continue; // a bare number is not a quantity
    const last = tokens[k - 1]!;
    out.push({
      sentenceIndex: sentence.index,
      start: t.start,
      end: last.end,
      text: sentence.text.slice(t.start - sentence.start, last.end - sentence.start),
      value,
      unit,
    });
    i = k - 1;
  }
  return out;
}
