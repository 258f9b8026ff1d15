/**
 * Feature extraction for the perceptron tagger. For each token, emits string features: word forms in a
 * ±2 window, word bigrams, shapes, affixes, capitalisation and position flags, the capitalised run the
 * token sits in, whether it is inside quotes, word clusters at several granularities (±1 window),
 * whether a capitalised word is a common lower-case word, and gazetteer matches (B/I + label). Tokens are
 * normalised first (curly quotes, dashes), so text from outside CoNLL gets CoNLL-like features.
 */
import { clusterKey, normalizeToken } from './normalize.js';
import { isAllCaps, isCapitalized, shortShape, wordShape } from './shape.js';
import type { FeatureResources } from './resources.js';

/** Per-token precomputed views. */
interface TokenView {
  readonly norm: string;
  readonly lower: string;
  readonly shape: string;
  readonly short: string;
  readonly cap: boolean;
  readonly clusters: readonly number[] | undefined;
}

/** Lower-case words that may sit inside a capitalised name ("Banco de España", "Estados Unidos de América"). */
const NAME_CONNECTORS: ReadonlySet<string> = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'y', 'e', 'i', 'en', 'para', "d'", 'di', 'da', 'van', 'von']);

const BOS: TokenView = { norm: '<s>', lower: '<s>', shape: '<s>', short: '<s>', cap: false, clusters: undefined };
const EOS: TokenView = { norm: '</s>', lower: '</s>', shape: '</s>', short: '</s>', cap: false, clusters: undefined };

function view(token: string, res: FeatureResources): TokenView {
  const norm = normalizeToken(token);
  const lower = norm.toLowerCase();
  return {
    norm,
    lower,
    shape: wordShape(norm),
    short: shortShape(norm),
    cap: isCapitalized(norm),
    clusters: res.clusters.get(clusterKey(norm)),
  };
}

/** Marks, per token, its position in a run of capitalised words (connectors allowed inside). */
function capitalisedRuns(views: readonly TokenView[]): { pos: string[]; len: number[]; start: number[]; end: number[] } {
  const n = views.length;
  const pos: string[] = new Array(n).fill('');
  const len: number[] = new Array(n).fill(0);
  const start: number[] = new Array(n).fill(-1);
  const end_: number[] = new Array(n).fill(-1);
  let i = 0;
  while (i < n) {
    if (!views[i]!.cap) { i++; continue; }
    let end = i + 1;
    for (;;) {
      if (end < n && views[end]!.cap) { end++; continue; }
      // Allow up to two connectors followed by a capitalised word.
      let k = end;
      while (k < n && k - end < 2 && NAME_CONNECTORS.has(views[k]!.lower)) k++;
      if (k > end && k < n && views[k]!.cap) { end = k + 1; continue; }
      break;
    }
    const L = end - i;
    for (let k = i; k < end; k++) {
      pos[k] = L === 1 ? 'S' : k === i ? 'B' : k === end - 1 ? 'E' : 'I';
      len[k] = Math.min(L, 6);
      start[k] = i;
      end_[k] = end;
    }
    i = end;
  }
  return { pos, len, start, end: end_ };
}

/** Whether each token lies between an opening and a closing `"` in the sentence. */
function insideQuotes(views: readonly TokenView[]): boolean[] {
  const out: boolean[] = new Array(views.length).fill(false);
  let open = false;
  for (let i = 0; i < views.length; i++) {
    if (views[i]!.norm === '"') { open = !open; continue; }
    out[i] = open;
  }
  return out;
}

/**
 * Calls `emit(i, feature)` for every feature of every token of the sentence. Feature strings are
 * stable names; the model maps them to weight rows.
 */
export function extractFeatures(tokens: readonly string[], res: FeatureResources, emit: (i: number, feature: string) => void): void {
  const n = tokens.length;
  const views = tokens.map((t) => view(t, res));
  const at = (i: number): TokenView => (i < 0 ? BOS : i >= n ? EOS : views[i]!);
  const runs = capitalisedRuns(views);
  const quoted = insideQuotes(views);
  const lowers = views.map((v) => v.lower);
  const gaz = res.gazetteers.map((g) => g.annotate(lowers));
  const granularities = res.clusters.granularities.length;

  for (let i = 0; i < n; i++) {
    const v = views[i]!;
    const p1 = at(i - 1);
    const p2 = at(i - 2);
    const n1 = at(i + 1);
    const n2 = at(i + 2);
    const w = v.lower;
    emit(i, 'b');
    emit(i, 'w=' + w);
    emit(i, 'W=' + v.norm);
    emit(i, 'w-1=' + p1.lower);
    emit(i, 'w+1=' + n1.lower);
    emit(i, 'w-2=' + p2.lower);
    emit(i, 'w+2=' + n2.lower);
    emit(i, 'w-1w=' + p1.lower + '|' + w);
    emit(i, 'ww+1=' + w + '|' + n1.lower);
    emit(i, 'w-2w-1=' + p2.lower + '|' + p1.lower);
    emit(i, 'w+1w+2=' + n1.lower + '|' + n2.lower);
    emit(i, 'sh=' + v.shape);
    emit(i, 'ss=' + v.short);
    emit(i, 'ss-1=' + p1.short);
    emit(i, 'ss+1=' + n1.short);
    emit(i, 'ss3=' + p1.short + '|' + v.short + '|' + n1.short);
    emit(i, 'w-1ss=' + p1.lower + '|' + v.short);
    emit(i, 'ssw+1=' + v.short + '|' + n1.lower);
    const len = w.length;
    for (let k = 1; k <= 4 && k < len; k++) emit(i, 'p' + k + '=' + w.slice(0, k));
    for (let k = 1; k <= 5 && k < len; k++) emit(i, 's' + k + '=' + w.slice(len - k));
    if (i === 0) emit(i, v.cap ? 'first:cap' : 'first');
    if (isAllCaps(v.norm)) emit(i, 'allcaps');
    if (v.cap) emit(i, res.commonLower.has(w) ? 'cap:common' : 'cap:rare');
    if (runs.pos[i] !== '') {
      emit(i, 'run=' + runs.pos[i] + runs.len[i]);
      const rs = runs.start[i]!;
      const re = runs.end[i]!;
      emit(i, 'runPrev=' + at(rs - 1).lower);
      emit(i, 'runPrev2=' + at(rs - 2).lower + '|' + at(rs - 1).lower);
      emit(i, 'runNext=' + at(re).lower);
      if (rs !== i) emit(i, 'runFirst=' + views[rs]!.lower);
      if (re - 1 !== i) emit(i, 'runLast=' + views[re - 1]!.lower);
    }
    if (quoted[i]) emit(i, 'inq' + (v.cap ? ':cap' : ''));
    const c = v.clusters;
    if (c) {
      for (let g = 0; g < granularities; g++) emit(i, 'c' + g + '=' + c[g]);
    } else {
      emit(i, 'c:unk' + (v.cap ? ':cap' : ''));
    }
    if (granularities > 1) {
      const mid = granularities - 2;
      emit(i, 'c-1=' + (p1.clusters ? p1.clusters[mid] : p1 === BOS ? '<s>' : '?'));
      emit(i, 'c+1=' + (n1.clusters ? n1.clusters[mid] : n1 === EOS ? '</s>' : '?'));
    }
    for (let g = 0; g < gaz.length; g++) {
      const name = res.gazetteers[g]!.name;
      const a = gaz[g]!;
      const here = a[i];
      if (here !== undefined) emit(i, 'gz:' + name + '=' + here);
      const prev = i > 0 ? a[i - 1] : undefined;
      const next = i + 1 < n ? a[i + 1] : undefined;
      if (prev !== undefined) emit(i, 'gz:' + name + '-1=' + prev);
      if (next !== undefined) emit(i, 'gz:' + name + '+1=' + next);
    }
  }
}

/** All features of a sentence as arrays of strings (training and tests; tagging streams instead). */
export function sentenceFeatures(tokens: readonly string[], res: FeatureResources): string[][] {
  const out: string[][] = tokens.map(() => []);
  extractFeatures(tokens, res, (i, f) => out[i]!.push(f));
  return out;
}
