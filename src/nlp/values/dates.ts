/**
 * Temporal expressions: absolute ("12 de junio de 2024", "junio de 2015", "2024") normalised to ISO,
 * relative ("este sábado", "el año pasado", "hace tres años") kept with iso = null.
 */
import type { GrammarLexicon } from '../lang/index.js';
import type { Sentence, TextDate } from '../types.js';

const pad = (n: number): string => String(n).padStart(2, '0');

interface DatePattern {
  readonly re: RegExp;
  /** Every match has a digit: a text without one is not searched. */
  readonly digit?: true;
  readonly iso: (m: RegExpExecArray, months: ReadonlyMap<string, number>) => string | null;
}

function monthAlternation(months: ReadonlyMap<string, number>): string {
  return [...months.keys()].join('|');
}

const alt = (words: readonly string[]): string => words.join('|');
/** " pasado| próximo" as an optional suffix group's body. */
const suffixes = (words: readonly string[]): string => words.map((w) => ` ${w}`).join('|');

function patternsFor(grammar: GrammarLexicon): DatePattern[] {
  const M = monthAlternation(grammar.months);
  const W = [...grammar.weekdays].join('|');
  const words = grammar.dates;
  const month = (m: RegExpExecArray, i: number): number =>
    grammar.months.get(m[i]!.toLowerCase()) ?? 0;
  const patterns: DatePattern[] = [];
  if (words.dayMonth)
    patterns.push({
      re: new RegExp(
        `\\b(\\d{1,2}) ${words.dayMonth} (${M})(?: ${words.monthYear} (\\d{4}))?`,
        'giu',
      ),
      digit: true,
      iso: (m) => (m[3] ? `${m[3]}-${pad(month(m, 2))}-${pad(Number(m[1]))}` : null),
    });
  patterns.push(
    {
      re: new RegExp(`\\b(${M}) (\\d{1,2}),? (\\d{4})`, 'giu'),
      digit: true,
      iso: (m) => `${m[3]}-${pad(month(m, 1))}-${pad(Number(m[2]))}`,
    },
    {
      re: new RegExp(`\\b(\\d{1,2}) (${M}),? (\\d{4})`, 'giu'),
      digit: true,
      iso: (m) => `${m[3]}-${pad(month(m, 2))}-${pad(Number(m[1]))}`,
    },
    {
      re: new RegExp(`\\b(${M}) (?:(?:${words.monthYear}) )?(\\d{4})`, 'giu'),
      digit: true,
      iso: (m) => `${m[2]}-${pad(month(m, 1))}`,
    },
    {
      re: new RegExp(
        `\\b(?:(?:${alt(words.weekdayBefore)}) )?(${W})(?:${suffixes(words.weekdayAfter)})?\\b`,
        'giu',
      ),
      iso: () => null,
    },
    {
      re: new RegExp(
        `\\b(?:${alt(words.periodBefore)}) (?:${alt(words.periodNouns)})(?:${suffixes(words.periodAfter)})?\\b`,
        'giu',
      ),
      iso: () => null,
    },
  );
  if (words.ago)
    patterns.push({
      re: new RegExp(`\\b${words.ago.word} (?:\\p{L}+|\\d+) (?:${alt(words.ago.units)})\\b`, 'giu'),
      iso: () => null,
    });
  patterns.push(
    { re: new RegExp(`\\b(?:${alt(words.deicticDays)})\\b`, 'giu'), iso: () => null },
    {
      re: new RegExp(
        `\\b(?:${alt(words.yearPrepositions)}) ((?:19|20)\\d{2})\\b(?![.,]\\d)`,
        'giu',
      ),
      digit: true,
      iso: (m) => m[1]!,
    },
  );
  return patterns;
}

const cache = new Map<GrammarLexicon, DatePattern[]>();

export function findDates(sentence: Sentence, grammar: GrammarLexicon): TextDate[] {
  const patterns = cache.get(grammar) ?? patternsFor(grammar);
  cache.set(grammar, patterns);
  const found: TextDate[] = [];
  const covered = (s: number, e: number): boolean => found.some((d) => s < d.end && d.start < e);
  const hasDigit = /\d/.test(sentence.text);
  for (const { re, iso, digit } of patterns) {
    if (digit && !hasDigit) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(sentence.text)) !== null) {
      // A bare year keeps only the year as its text ("en 2024" → "2024").
      const isYear = /^\d{4}$/.test(m[1] ?? '') && m[0].endsWith(m[1]!) && m.length === 2;
      const text = isYear ? m[1]! : m[0];
      const start = sentence.start + m.index + (isYear ? m[0].length - m[1]!.length : 0);
      const end = start + text.length;
      if (covered(start, end)) continue;
      found.push({ sentenceIndex: sentence.index, start, end, text, iso: iso(m, grammar.months) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
