/** Longest-match lookup of multi-word phrases over a token array, keys compared with `foldName`. */
import { foldName } from '../../schema/index.js';

interface Phrase<T> {
  readonly tokens: readonly string[];
  readonly value: T;
}

export interface PhraseMatch<T> {
  readonly value: T;
  /** Number of tokens matched. */
  readonly length: number;
}

export class PhraseIndex<T> {
  /** First token -> phrases starting with it, longest first. */
  private readonly byFirst = new Map<string, Phrase<T>[]>();

  add(phrase: string, value: T): void {
    const tokens = foldName(phrase).split(' ').filter(Boolean);
    const first = tokens[0];
    if (first === undefined) return;
    const list = this.byFirst.get(first) ?? [];
    if (list.some((p) => p.tokens.join(' ') === tokens.join(' '))) return; // first value wins
    list.push({ tokens, value });
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    this.byFirst.set(first, list);
  }

  /** The longest phrase starting at `tokens[i]`; tokens may be raw or lower-cased (they are normalised here). */
  matchAt(tokens: readonly string[], i: number): PhraseMatch<T> | undefined {
    const head = tokens[i];
    if (head === undefined) return undefined;
    return this.matchWithHead(tokens, i, head);
  }

  /** `matchAt` as if `tokens[i]` were `head` (without copying the array to replace it). */
  matchWithHead(tokens: readonly string[], i: number, head: string): PhraseMatch<T> | undefined {
    const list = this.byFirst.get(foldName(head));
    if (list === undefined) return undefined;
    for (const p of list) {
      if (i + p.tokens.length > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < p.tokens.length && ok; k++)
        ok = foldName(tokens[i + k] ?? '') === p.tokens[k];
      if (ok) return { value: p.value, length: p.tokens.length };
    }
    return undefined;
  }

  /** The value of a whole phrase (all of it must match one entry). */
  get(phrase: string): T | undefined {
    const tokens = foldName(phrase).split(' ').filter(Boolean);
    const m = this.matchAt(tokens, 0);
    return m !== undefined && m.length === tokens.length ? m.value : undefined;
  }
}
