/**
 * Reads CoNLL-style column files: one token per line, whitespace-separated columns, blank line between
 * sentences. `TOKEN TAG` lines give gold tags only; lines with three or more columns are read as
 * `TOKEN ... GOLD PRED` (the last two columns, as conlleval does). `-DOCSTART-` lines end a sentence
 * and are otherwise ignored.
 */
import { InputError } from '../../schema/index.js';
import type { ConllSentence } from './types.js';

interface Pending {
  tokens: string[];
  gold: string[];
  pred: string[];
}

/**
 * Parses `text` (the contents of `source`, used in error messages). Every non-blank line of a file must
 * have the same number of columns class: either all two-column or all three-plus-column.
 */
export function parseConll(text: string, source = '<conll>'): ConllSentence[] {
  const sentences: ConllSentence[] = [];
  let current: Pending = { tokens: [], gold: [], pred: [] };
  let hasPred: boolean | undefined;
  const flush = (): void => {
    if (current.tokens.length === 0) return;
    sentences.push(
      hasPred
        ? { tokens: current.tokens, gold: current.gold, pred: current.pred }
        : { tokens: current.tokens, gold: current.gold },
    );
    current = { tokens: [], gold: [], pred: [] };
  };
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    const cols = line
      .trim()
      .split(/\s+/)
      .filter((c) => c !== '');
    if (cols.length === 0) {
      flush();
      continue;
    }
    if (cols[0] === '-DOCSTART-') {
      flush();
      continue;
    }
    if (cols.length < 2) {
      throw new InputError(
        source,
        `line ${i + 1}: expected "TOKEN TAG" or "TOKEN ... GOLD PRED", got ${JSON.stringify(line)}`,
      );
    }
    const lineHasPred = cols.length >= 3;
    if (hasPred === undefined) hasPred = lineHasPred;
    else if (hasPred !== lineHasPred) {
      throw new InputError(
        source,
        `line ${i + 1}: has ${cols.length} columns but earlier lines had ${hasPred ? '3 or more' : '2'}`,
      );
    }
    current.tokens.push(cols[0]!);
    if (lineHasPred) {
      current.gold.push(cols[cols.length - 2]!);
      current.pred.push(cols[cols.length - 1]!);
    } else {
      current.gold.push(cols[1]!);
    }
  }
  flush();
  return sentences;
}

/** Writes sentences back as `TOKEN GOLD [PRED]` lines with blank lines between sentences. */
export function formatConll(sentences: readonly ConllSentence[]): string {
  const out: string[] = [];
  for (const s of sentences) {
    for (let i = 0; i < s.tokens.length; i++) {
      out.push(s.pred ? `${s.tokens[i]} ${s.gold[i]} ${s.pred[i]}` : `${s.tokens[i]} ${s.gold[i]}`);
    }
    out.push('');
  }
  return out.join('\n');
}
