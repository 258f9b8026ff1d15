/** Turns labelled sentences into feature-row ids for training, and scores encoded sentences. */
import { InputError } from '../../schema/index.js';
import { viterbi } from '../../nlp/training.js';
import { extractFeatures } from '../../nlp/training.js';
import type { LabelledSentence } from './lexicon-build.js';
import type { EncodedSentence } from './perceptron.js';
import type { FeatureResources } from '../../nlp/training.js';
import type { DocumentContext } from '../../nlp/training.js';
import { TAGS, TAG_INDEX, toIob2 } from '../../nlp/training.js';

/**
 * Encodes sentences with `index` (feature name → row); unknown features are added when `grow`,
 * dropped otherwise. `resFor(i)` gives the resources for sentence i (jack-knifed folds), `docFor(i)` its
 * document context (non-local features), if any.
 */
export function encode(
  sentences: readonly LabelledSentence[],
  resFor: (i: number) => FeatureResources,
  index: Map<string, number>,
  grow: boolean,
  docFor: (i: number) => DocumentContext | undefined = () => undefined,
): EncodedSentence[] {
  const out: EncodedSentence[] = [];
  const feats: number[] = [];
  sentences.forEach((s, si) => {
    const n = s.tokens.length;
    const perToken: number[][] = Array.from({ length: n }, () => []);
    extractFeatures(
      s.tokens,
      resFor(si),
      (i, f) => {
        let id = index.get(f);
        if (id === undefined) {
          if (!grow) return;
          id = index.size;
          index.set(f, id);
        }
        perToken[i]!.push(id);
      },
      docFor(si),
    );
    feats.length = 0;
    const offsets = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      for (const id of perToken[i]!) feats.push(id);
      offsets[i + 1] = feats.length;
    }
    const gold = new Int32Array(n);
    toIob2(s.tags).forEach((t, i) => {
      const g = TAG_INDEX.get(t);
      if (g === undefined)
        throw new InputError(
          'training data',
          `sentence ${si + 1}: unknown tag ${JSON.stringify(t)}`,
        );
      gold[i] = g;
    });
    out.push({ feats: Int32Array.from(feats), offsets, gold });
  });
  return out;
}

/** Tag scores of an encoded sentence under `weights` (`features × T`). */
export function encodedEmissions(
  s: EncodedSentence,
  weights: Float32Array,
  T: number,
): Float32Array {
  const n = s.gold.length;
  const em = new Float32Array(n * T);
  for (let i = 0; i < n; i++) {
    for (let k = s.offsets[i]!; k < s.offsets[i + 1]!; k++) {
      const base = s.feats[k]! * T;
      for (let t = 0; t < T; t++) em[i * T + t]! += weights[base + t]!;
    }
  }
  return em;
}

/** Viterbi tags of an encoded sentence. */
export function tagEncoded(
  s: EncodedSentence,
  weights: Float32Array,
  trans: Float32Array,
  T: number,
): string[] {
  return [...viterbi(encodedEmissions(s, weights, T), s.gold.length, T, trans)].map(
    (t) => TAGS[t]!,
  );
}
