import { describe, expect, it } from 'vitest';
import { marginals, viterbi } from '../../../src/nlp/ner/decode.js';
import { constrainTransitions } from '../../../src/nlp/ner/model.js';
import { TAGS, allowedTransition, toIob2 } from '../../../src/nlp/ner/tags.js';

const T = TAGS.length;
const idx = (t: string): number => TAGS.indexOf(t);

function emissionsFor(prefs: Record<string, number>[]): Float32Array {
  const em = new Float32Array(prefs.length * T);
  prefs.forEach((p, i) => {
    for (const [tag, v] of Object.entries(p)) em[i * T + idx(tag)] = v;
  });
  return em;
}

describe('IOB2 constraint', () => {
  it('allows I-X only after B-X or I-X', () => {
    expect(allowedTransition(undefined, 'I-PER')).toBe(false);
    expect(allowedTransition('O', 'I-PER')).toBe(false);
    expect(allowedTransition('B-LOC', 'I-PER')).toBe(false);
    expect(allowedTransition('B-PER', 'I-PER')).toBe(true);
    expect(allowedTransition('I-PER', 'I-PER')).toBe(true);
    expect(allowedTransition('O', 'B-ORG')).toBe(true);
  });
  it('rewrites IOB1 to IOB2', () => {
    expect(toIob2(['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC'])).toEqual([
      'B-PER',
      'I-PER',
      'O',
      'B-LOC',
      'B-LOC',
    ]);
  });
});

describe('viterbi', () => {
  const trans = constrainTransitions(TAGS, new Float32Array((T + 1) * T));
  it('never outputs an illegal transition even when emissions prefer one', () => {
    // Token 1 strongly prefers I-PER, but token 0 prefers O: the best legal path is B-PER I-PER or O B-PER.
    const em = emissionsFor([
      { O: 2, 'B-PER': 1.5 },
      { 'I-PER': 5, 'B-PER': 1 },
    ]);
    const path = [...viterbi(em, 2, T, trans)].map((t) => TAGS[t]);
    expect(path).toEqual(['B-PER', 'I-PER']);
  });
  it('uses transition scores', () => {
    const raw = new Float32Array((T + 1) * T);
    raw[idx('B-LOC') * T + idx('B-ORG')] = -10;
    const em = emissionsFor([{ 'B-LOC': 1 }, { 'B-ORG': 1, O: 0.5 }]);
    const path = [...viterbi(em, 2, T, constrainTransitions(TAGS, raw))].map((t) => TAGS[t]);
    expect(path).toEqual(['B-LOC', 'O']);
  });
});

describe('marginals', () => {
  it('sums to one per token and puts mass on the preferred tag', () => {
    const trans = constrainTransitions(TAGS, new Float32Array((T + 1) * T));
    const em = emissionsFor([{ 'B-PER': 4 }, { 'I-PER': 4 }, { O: 4 }]);
    const m = marginals(em, 3, T, trans);
    for (let i = 0; i < 3; i++) {
      let s = 0;
      for (let t = 0; t < T; t++) s += m[i * T + t]!;
      expect(s).toBeCloseTo(1, 9);
    }
    expect(m[idx('B-PER')]).toBeGreaterThan(0.8);
    expect(m[1 * T + idx('I-PER')]).toBeGreaterThan(0.8);
    // I-PER is impossible at the sentence start.
    expect(m[idx('I-PER')]).toBe(0);
  });
});

/** Forward–backward over every pair of tags, disallowed ones included (the plain definition). */
function referenceMarginals(
  em: Float32Array,
  n: number,
  trans: Float32Array,
  temperature: number,
): Float64Array {
  const inv = 1 / temperature;
  const lse = (xs: number[]): number => {
    const m = Math.max(...xs);
    if (m === -Infinity) return -Infinity;
    let s = 0;
    for (const x of xs) s += Math.exp(x - m);
    return m + Math.log(s);
  };
  const tags = [...Array(T).keys()];
  const alpha = new Float64Array(n * T);
  const beta = new Float64Array(n * T);
  for (const t of tags) alpha[t] = (trans[T * T + t]! + em[t]!) * inv;
  for (let i = 1; i < n; i++)
    for (const t of tags)
      alpha[i * T + t] =
        lse(tags.map((s) => alpha[(i - 1) * T + s]! + trans[s * T + t]! * inv)) +
        em[i * T + t]! * inv;
  for (let i = n - 2; i >= 0; i--)
    for (const s of tags)
      beta[i * T + s] = lse(
        tags.map(
          (t) => trans[s * T + t]! * inv + em[(i + 1) * T + t]! * inv + beta[(i + 1) * T + t]!,
        ),
      );
  const logZ = lse(tags.map((t) => alpha[(n - 1) * T + t]!));
  return Float64Array.from(alpha, (a, k) => Math.exp(a + beta[k]! - logZ));
}

describe('marginals against the plain definition', () => {
  const raw = Float32Array.from({ length: (T + 1) * T }, (_, k) => Math.sin(k * 1.7) * 3);
  const trans = constrainTransitions(TAGS, raw);
  const em = Float32Array.from({ length: 12 * T }, (_, k) => Math.cos(k * 0.37) * 6);

  it('skipping disallowed transitions changes no bit', () => {
    for (const temperature of [1, 0.7, 2.5])
      expect(Array.from(marginals(em, 12, T, trans, temperature))).toEqual(
        Array.from(referenceMarginals(em, 12, trans, temperature)),
      );
  });

  it('follows transitions changed in place between calls', () => {
    const own = Float32Array.from(trans);
    expect(Array.from(marginals(em, 12, T, own, 1))).toEqual(
      Array.from(referenceMarginals(em, 12, own, 1)),
    );
    own[idx('O') * T + idx('B-PER')] = 4;
    own[idx('B-PER') * T + idx('I-PER')] = -Infinity;
    expect(Array.from(marginals(em, 12, T, own, 1))).toEqual(
      Array.from(referenceMarginals(em, 12, own, 1)),
    );
  });

  it('`from` gives the same rows from there on, NaN before', () => {
    const whole = marginals(em, 12, T, trans, 1.3);
    const tail = marginals(em, 12, T, trans, 1.3, 5);
    expect(Array.from(tail.subarray(5 * T))).toEqual(Array.from(whole.subarray(5 * T)));
    expect(Array.from(tail.subarray(0, 5 * T)).every(Number.isNaN)).toBe(true);
    expect(() => marginals(em, 12, T, trans, 1, 12)).toThrow(/marginals: from .* got 12/);
  });
});
