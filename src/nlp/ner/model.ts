/**
 * The trained model: feature-name → row index, a dense `features × tags` weight matrix, tag transition
 * scores (with the IOB2 constraint as -Infinity), and the resources the features need.
 */
import {
  NEIGHBOUR_OFFSETS,
  contextFeatures,
  neighbourFeatures,
  selfFeatures,
  sentenceContext,
  tokenView,
  viewAt,
  type PartsEmit,
  type TokenView,
} from './features.js';
import type { FeatureResources } from './resources.js';
import { FeatureHasher, featureId } from './feature-hash.js';
import { FeatureTable } from './feature-table.js';
import { documentContext, type DocumentContext } from './document.js';
import { GenerationalCache } from '../../util/generational-cache.js';
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
    this.rowById = new FeatureTable(featureIndex.size);
    for (const [name, row] of featureIndex) {
      const other = this.rowById.set(featureId(name), row);
      if (other !== -1)
        throw new Error(
          `NerModel: feature ids collide for ${JSON.stringify(name)} and row ${other}; change feature-hash.ts multipliers`,
        );
    }
  }

  /** Context features are looked up by numeric id (feature-hash.ts), not by name. */
  private readonly rowById: FeatureTable;
  private readonly hasher = new FeatureHasher();

  /** The document statistics behind the non-local features, from the tokens of its sentences. */
  documentContext(sentences: readonly (readonly string[])[]): DocumentContext {
    return documentContext(sentences.map((tokens) => tokens.map((t) => this.cached(t).view)));
  }

  /**
   * Per-token tag scores, row-major `tokens.length × T`. `doc` (from `documentContext` over the
   * sentence's whole article) adds the document features; without it the sentence stands alone.
   */
  emissions(tokens: readonly string[], doc?: DocumentContext): Float32Array {
    const T = this.T;
    const n = tokens.length;
    const out = new Float32Array(n * T);
    const w = this.weights;
    const entries = tokens.map((t) => this.cached(t));
    const ctx = sentenceContext(
      tokens,
      this.resources,
      entries.map((e) => e.view),
      doc,
    );
    // The rows of list k of a packed neighbour-rows array (see `packRows`).
    const addRows = (o: number, packed: Int32Array, k: number): void => {
      for (let r = packed[k]!; r < packed[k + 1]!; r++) addRow(out, o, w, packed[r]! * T, T);
    };
    // The context features of token i add onto its row at `o` (one callback for the sentence).
    let o = 0;
    const hasher = this.hasher;
    const addContext: PartsEmit = (a, b, c, d, e, f) => {
      hasher.hash(a, b, c, d, e, f);
      const row = this.rowById.get(hasher.hi, hasher.lo);
      if (row < 0) return;
      addRow(out, o, w, row * T, T);
    };
    for (let i = 0; i < n; i++) {
      o = i * T;
      // The token's own rows come first, onto zeros: their running float32 sum is the cached one.
      out.set(entries[i]!.selfScores, o);
      for (let k = 0; k < NEIGHBOUR_OFFSETS.length; k++) {
        const j = i + NEIGHBOUR_OFFSETS[k]!;
        addRows(
          o,
          j < 0 ? this.boundary(-1) : j >= n ? this.boundary(1) : entries[j]!.neighbourRows,
          k,
        );
      }
      contextFeatures(ctx, i, this.resources, addContext);
    }
    return out;
  }

  /**
   * Per token string: its view, the summed weight rows of its own-token features and the rows of the
   * features it gives to a neighbour at each offset. Bounded ({@link TOKEN_CACHE_LIMIT}).
   */
  private readonly cache = new GenerationalCache<string, CachedToken>(TOKEN_CACHE_LIMIT);
  private boundaryRows: { [side: number]: Int32Array } = {};

  /** Tokens whose features are cached (for tests: the cache is bounded). */
  get cachedTokens(): number {
    return this.cache.size;
  }

  private rowsOf(emitAll: (emit: (f: string) => void) => void): number[] {
    const rows: number[] = [];
    emitAll((f) => {
      const row = this.featureIndex.get(f);
      if (row !== undefined) rows.push(row);
    });
    return rows;
  }

  /** The rows added one by one onto zeros in float32, as `emissions` would add them. */
  private rowSum(rows: readonly number[]): Float32Array {
    const T = this.T;
    const sum = new Float32Array(T);
    for (let k = 0; k < rows.length; k++) addRow(sum, 0, this.weights, rows[k]! * T, T);
    return sum;
  }

  private cached(token: string): CachedToken {
    let e = this.cache.get(token);
    if (e) return e;
    const v = tokenView(token, this.resources);
    e = {
      view: v,
      selfScores: this.rowSum(this.rowsOf((emit) => selfFeatures(v, this.resources, emit))),
      // Seen from token i, a neighbour at offset o contributes neighbourFeatures(nb, o).
      neighbourRows: packRows(
        NEIGHBOUR_OFFSETS.map((o) =>
          this.rowsOf((emit) => neighbourFeatures(v, o, this.resources, emit)),
        ),
      ),
    };
    this.cache.set(token, e);
    return e;
  }

  /** Neighbour rows for positions before the sentence (side -1) or after it (side 1). */
  private boundary(side: -1 | 1): Int32Array {
    let rows = this.boundaryRows[side];
    if (!rows) {
      rows = packRows(
        NEIGHBOUR_OFFSETS.map((o) =>
          this.rowsOf((emit) => neighbourFeatures(viewAt([], side), o, this.resources, emit)),
        ),
      );
      this.boundaryRows[side] = rows;
    }
    return rows;
  }
}

interface CachedToken {
  readonly view: TokenView;
  /** The sum of the rows of its own-token features (per tag, float32, added in order). */
  readonly selfScores: Float32Array;
  /** The rows it gives to a neighbour at each of `NEIGHBOUR_OFFSETS`, packed (see `packRows`). */
  readonly neighbourRows: Int32Array;
}

/**
 * Lists of rows in one array: entries 0…K say where each of the K lists starts (entry K is where the
 * last one ends), and the rows follow. One typed array per token instead of one per list: a cached
 * token costs about half the memory.
 */
export function packRows(lists: readonly (readonly number[])[]): Int32Array {
  const K = lists.length;
  const packed = new Int32Array(K + 1 + lists.reduce((n, l) => n + l.length, 0));
  let at = K + 1;
  for (let k = 0; k < K; k++) {
    packed[k] = at;
    packed.set(lists[k]!, at);
    at += lists[k]!.length;
  }
  packed[K] = at;
  return packed;
}

/**
 * Token types whose features are cached, per generation (so at most twice this many): about 0.6 KB
 * each. Frequent words stay cached; a corpus's rare words come and go. 200,000 entries, one per
 * typed array list, had let a large vocabulary grow the cache to about 250 MiB in each thread.
 */
export const TOKEN_CACHE_LIMIT = 32_768;

/** `out[o + t] += w[base + t]` for t < T, in order (written out for the 9 tags of the IOB2 model). */
function addRow(out: Float32Array, o: number, w: Float32Array, base: number, T: number): void {
  if (T === 9) {
    out[o]! += w[base]!;
    out[o + 1]! += w[base + 1]!;
    out[o + 2]! += w[base + 2]!;
    out[o + 3]! += w[base + 3]!;
    out[o + 4]! += w[base + 4]!;
    out[o + 5]! += w[base + 5]!;
    out[o + 6]! += w[base + 6]!;
    out[o + 7]! += w[base + 7]!;
    out[o + 8]! += w[base + 8]!;
    return;
  }
  for (let t = 0; t < T; t++) out[o + t]! += w[base + t]!;
}

/** Transition matrix with the IOB2 constraint applied (-Infinity where a transition is not allowed). */
export function constrainTransitions(
  tags: readonly string[],
  raw: ArrayLike<number>,
): Float32Array {
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
