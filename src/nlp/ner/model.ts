/**
 * The trained model: feature-name → row index, a dense `features × tags` weight matrix, tag transition
 * scores (with the IOB2 constraint as -Infinity), and the resources the features need.
 */
import { extractFeatures } from './features.js';
import type { FeatureResources } from './resources.js';
import { allowedTransition } from './tags.js';

export interface NerModelMeta {
  /** Free-form provenance and training settings, written into the model file. */
  readonly [key: string]: unknown;
}

export class NerModel {
  readonly T: number;

  constructor(
    readonly tags: readonly string[],
    readonly featureIndex: ReadonlyMap<string, number>,
    /** Row-major `featureIndex.size × tags.length`. */
    readonly weights: Float32Array,
    /** Row-major `(tags.length + 1) × tags.length`; the last row scores the sentence start. */
    readonly transitions: Float32Array,
    readonly resources: FeatureResources,
    readonly meta: NerModelMeta = {},
  ) {
    this.T = tags.length;
  }

  /** Per-token tag scores, row-major `tokens.length × T`. */
  emissions(tokens: readonly string[]): Float32Array {
    const T = this.T;
    const out = new Float32Array(tokens.length * T);
    const index = this.featureIndex;
    const w = this.weights;
    extractFeatures(tokens, this.resources, (i, f) => {
      const row = index.get(f);
      if (row === undefined) return;
      const base = row * T;
      const o = i * T;
      for (let t = 0; t < T; t++) out[o + t]! += w[base + t]!;
    });
    return out;
  }
}

/** Transition matrix with the IOB2 constraint applied (-Infinity where a transition is not allowed). */
export function constrainTransitions(tags: readonly string[], raw: ArrayLike<number>): Float32Array {
  const T = tags.length;
  const out = new Float32Array((T + 1) * T);
  for (let s = 0; s <= T; s++) {
    for (let t = 0; t < T; t++) {
      const ok = allowedTransition(s === T ? undefined : tags[s], tags[t]!);
      out[s * T + t] = ok ? raw[s * T + t]! : -Infinity;
    }
  }
  return out;
}
