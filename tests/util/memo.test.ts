import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../../src/util/memo.js';

describe('boundedMemo', () => {
  it('computes each key once, undefined results included', () => {
    const calls: string[] = [];
    const f = boundedMemo((w: string) => {
      calls.push(w);
      return w.startsWith('x') ? undefined : w.length;
    });
    expect([f('ab'), f('xy'), f('ab'), f('xy'), f('abc')]).toEqual([2, undefined, 2, undefined, 3]);
    expect(calls).toEqual(['ab', 'xy', 'abc']);
  });

  it('forgets everything when full, then recomputes', () => {
    const calls: number[] = [];
    const f = boundedMemo((n: number) => (calls.push(n), n * 2), 2);
    f(1);
    f(2);
    f(1); // cached
    f(3); // full: cleared, then 3 stored
    f(1); // recomputed
    expect(calls).toEqual([1, 2, 3, 1]);
  });

  it('rejects a limit that is not a positive integer', () => {
    expect(() => boundedMemo((x: number) => x, 0)).toThrow(/boundedMemo: limit .* got 0/);
  });
});
