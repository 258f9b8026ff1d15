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
