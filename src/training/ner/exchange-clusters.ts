/**
 * Word classes by the exchange algorithm (Kneser & Ney 1993; Martin, Liermann & Ney 1998): words are
 * moved one at a time to the class that most increases the likelihood of a class-bigram model
 * (Σ N(c,d) log N(c,d) − Σ N(c) log N_left(c) − Σ N(d) log N_right(d)), like Brown clusters but flat
 * and fast. Words below `minCount` share one pseudo-word. Deterministic for a given seed.
 */
import { ClusterTable } from '../../nlp/training.js';
import { clusterKey, normalizeToken } from '../../nlp/training.js';
import { seededRng, shuffleInPlace } from '../../util/random.js';

export interface ExchangeOptions {
  readonly minCount: number;
  readonly ks: readonly number[];
  readonly iterations: number;
  readonly seed: number;
  readonly log?: (message: string) => void;
}

export const DEFAULT_EXCHANGE_OPTIONS: ExchangeOptions = {
  minCount: 2,
  ks: [64, 256, 1000],
  iterations: 10,
  seed: 20020,
};

const xlogx = (x: number): number => (x > 0 ? x * Math.log(x) : 0);

interface Bigrams {
  readonly vocab: string[];
  readonly counts: Float64Array;
  /** Per word: successor word ids and counts, predecessor word ids and counts. */
  readonly next: { ids: Int32Array; counts: Float64Array }[];
  readonly prev: { ids: Int32Array; counts: Float64Array }[];
}

function collect(sentences: Iterable<readonly string[]>, minCount: number): Bigrams {
  const keyed: string[][] = [];
  const freq = new Map<string, number>();
  for (const s of sentences) {
    const keys = ['<s>', ...s.map((t) => clusterKey(normalizeToken(t))), '</s>'];
    keyed.push(keys);
    for (const k of keys) freq.set(k, (freq.get(k) ?? 0) + 1);
  }
  const vocab = [...freq.entries()]
    .filter(([, c]) => c >= minCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([w]) => w);
  const RARE = vocab.length;
  vocab.push('<rare>');
  const index = new Map(vocab.map((w, i) => [w, i]));
  const counts = new Float64Array(vocab.length);
  const nextMaps: Map<number, number>[] = vocab.map(() => new Map());
  const prevMaps: Map<number, number>[] = vocab.map(() => new Map());
  for (const keys of keyed) {
    let prev = -1;
    for (const k of keys) {
      const id = index.get(k) ?? RARE;
      counts[id]! += 1;
      if (prev >= 0) {
        nextMaps[prev]!.set(id, (nextMaps[prev]!.get(id) ?? 0) + 1);
        prevMaps[id]!.set(prev, (prevMaps[id]!.get(prev) ?? 0) + 1);
      }
      prev = id;
    }
  }
  const pack = (m: Map<number, number>) => ({
    ids: Int32Array.from(m.keys()),
    counts: Float64Array.from(m.values()),
  });
  return { vocab, counts, next: nextMaps.map(pack), prev: prevMaps.map(pack) };
}

export function exchangeClasses(
  b: Bigrams,
  k: number,
  iterations: number,
  seed: number,
  log?: (m: string) => void,
): Int32Array {
  const V = b.vocab.length;
  const C = Math.min(k, V);
  const cls = new Int32Array(V);
  for (let w = 0; w < V; w++) cls[w] = w < C ? w : C - 1 - ((w - C) % C);
  const N = new Float64Array(C * C);
  const left = new Float64Array(C);
  const right = new Float64Array(C);
  for (let w = 0; w < V; w++) {
    const { ids, counts } = b.next[w]!;
    for (let j = 0; j < ids.length; j++) {
      const c = cls[w]!;
      const d = cls[ids[j]!]!;
      N[c * C + d]! += counts[j]!;
      left[c]! += counts[j]!;
      right[d]! += counts[j]!;
    }
  }
  const rc = new Float64Array(C);
  const lc = new Float64Array(C);
  const touchedR: number[] = [];
  const touchedL: number[] = [];
  const rng = seededRng(seed);
  const order = Array.from({ length: V }, (_, i) => i);
  for (let it = 0; it < iterations; it++) {
    shuffleInPlace(order, rng);
    let moves = 0;
    for (const w of order) {
      const c = cls[w]!;
      touchedR.length = 0;
      touchedL.length = 0;
      let outW = 0;
      let inW = 0;
      const nx = b.next[w]!;
      for (let j = 0; j < nx.ids.length; j++) {
        const d = cls[nx.ids[j]!]!;
        if (rc[d] === 0) touchedR.push(d);
        rc[d]! += nx.counts[j]!;
        outW += nx.counts[j]!;
      }
      const pv = b.prev[w]!;
      for (let j = 0; j < pv.ids.length; j++) {
        const d = cls[pv.ids[j]!]!;
        if (lc[d] === 0) touchedL.push(d);
        lc[d]! += pv.counts[j]!;
        inW += pv.counts[j]!;
      }
      // Remove w from c.
      for (const d of touchedR) N[c * C + d]! -= rc[d]!;
      for (const d of touchedL) N[d * C + c]! -= lc[d]!;
      left[c]! -= outW;
      right[c]! -= inW;
      let best = c;
      let bestGain = -Infinity;
      for (let kk = 0; kk < C; kk++) {
        let gain = 0;
        for (const d of touchedR) gain += xlogx(N[kk * C + d]! + rc[d]!) - xlogx(N[kk * C + d]!);
        for (const d of touchedL) gain += xlogx(N[d * C + kk]! + lc[d]!) - xlogx(N[d * C + kk]!);
        gain -= xlogx(left[kk]! + outW) - xlogx(left[kk]!);
        gain -= xlogx(right[kk]! + inW) - xlogx(right[kk]!);
        if (gain > bestGain + 1e-9) {
          bestGain = gain;
          best = kk;
        }
      }
      for (const d of touchedR) N[best * C + d]! += rc[d]!;
      for (const d of touchedL) N[d * C + best]! += lc[d]!;
      left[best]! += outW;
      right[best]! += inW;
      if (best !== c) {
        cls[w] = best;
        moves++;
      }
      for (const d of touchedR) rc[d] = 0;
      for (const d of touchedL) lc[d] = 0;
    }
    log?.(`exchange k=${C} iteration ${it + 1}: ${moves} moves`);
    if (moves === 0) break;
  }
  return cls;
}

export function buildExchangeClusters(
  sentences: Iterable<readonly string[]>,
  opts: ExchangeOptions = DEFAULT_EXCHANGE_OPTIONS,
): ClusterTable {
  const b = collect(sentences, opts.minCount);
  opts.log?.(`exchange: ${b.vocab.length} words (min count ${opts.minCount})`);
  const assignments = opts.ks.map((k, i) =>
    exchangeClasses(b, k, opts.iterations, opts.seed + i, opts.log),
  );
  const table = new Map<string, number[]>();
  b.vocab.forEach((w, r) => {
    if (w === '<rare>' || w === '<s>' || w === '</s>') return;
    table.set(
      w,
      assignments.map((a) => a[r]!),
    );
  });
  return new ClusterTable(
    opts.ks.map((k) => Math.min(k, b.vocab.length)),
    table,
  );
}
