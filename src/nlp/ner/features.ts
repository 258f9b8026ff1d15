/**
 * Feature extraction for the tagger. For each token, emits string features: word forms in a ±2 window,
 * word bigrams, shapes, affixes, capitalisation and position flags, the capitalised run the token sits
 * in, whether it is inside quotes, word clusters at several granularities (±1 window), whether a
 * capitalised word is a common lower-case word, gazetteer matches (B/I + label; a `cased` gazetteer also
 * says when the token is not capitalised) and, when the sentence's document is given, how the word is
 * written elsewhere in the document (document.ts). Tokens are normalised first (curly quotes, dashes),
 * so text from outside CoNLL gets CoNLL-like features.
 */
import { clusterKey, normalizeToken } from './normalize.js';
import { isAllCaps, isCapitalized, shortShape, wordShape } from './shape.js';
import type { FeatureResources } from './resources.js';
import { capitalisedRuns, isHeadlineSentence, type CapitalisedRuns } from './runs.js';
import { documentFeatures, type DocumentContext } from './document.js';
import type { TokenView } from './token-view.js';

const BOS: TokenView = {
  norm: '<s>',
  lower: '<s>',
  shape: '<s>',
  short: '<s>',
  cap: false,
  clusters: undefined,
  gaz: undefined,
};
const EOS: TokenView = {
  norm: '</s>',
  lower: '</s>',
  shape: '</s>',
  short: '</s>',
  cap: false,
  clusters: undefined,
  gaz: undefined,
};

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
    gaz: res.gazetteers.map((g) => g.word?.(lower)),
  };
}

/** Whether each token lies between an opening and a closing `"` in the sentence. */
function insideQuotes(views: readonly TokenView[]): boolean[] {
  const out: boolean[] = new Array(views.length).fill(false);
  let open = false;
  for (let i = 0; i < views.length; i++) {
    if (views[i]!.norm === '"') {
      open = !open;
      continue;
    }
    out[i] = open;
  }
  return out;
}

/** Per-sentence context shared by the feature functions. */
export interface SentenceContext {
  readonly views: readonly TokenView[];
  readonly runs: CapitalisedRuns;
  readonly quoted: readonly boolean[];
  readonly gaz: readonly (string | undefined)[][];
  /** Headline-style sentence: most of its words are written in capitals. */
  readonly allCapsSentence: boolean;
  /** The document the sentence belongs to (non-local features), when tagging a whole document. */
  readonly doc: DocumentContext | undefined;
}

export type { TokenView };

/** The view of position `i` (BOS/EOS padding outside the sentence). */
export function viewAt(views: readonly TokenView[], i: number): TokenView {
  return i < 0 ? BOS : i >= views.length ? EOS : views[i]!;
}

export function tokenView(token: string, res: FeatureResources): TokenView {
  return view(token, res);
}

export function sentenceContext(
  tokens: readonly string[],
  res: FeatureResources,
  views: readonly TokenView[] = tokens.map((t) => view(t, res)),
  doc?: DocumentContext,
): SentenceContext {
  const lowers = views.map((v) => v.lower);
  return {
    views,
    runs: capitalisedRuns(views),
    quoted: insideQuotes(views),
    gaz: res.gazetteers.map((g, k) =>
      g.annotate(
        lowers,
        views.map((v) => v.gaz?.[k]),
      ),
    ),
    allCapsSentence: isHeadlineSentence(views),
    doc,
  };
}

/** Features of a token that depend on the token alone (cacheable per token string). */
export function selfFeatures(
  v: TokenView,
  res: FeatureResources,
  emit: (feature: string) => void,
): void {
  const w = v.lower;
  emit('b');
  emit('w=' + w);
  emit('W=' + v.norm);
  emit('sh=' + v.shape);
  emit('ss=' + v.short);
  const len = w.length;
  for (let k = 1; k <= 4 && k < len; k++) emit('p' + k + '=' + w.slice(0, k));
  for (let k = 1; k <= 5 && k < len; k++) emit('s' + k + '=' + w.slice(len - k));
  if (isAllCaps(v.norm)) emit('allcaps');
  if (v.cap) emit(res.commonLower.has(w) ? 'cap:common' : 'cap:rare');
  const c = v.clusters;
  if (c) {
    for (let g = 0; g < c.length; g++) emit('c' + g + '=' + c[g]);
  } else {
    emit('c:unk' + (v.cap ? ':cap' : ''));
  }
}

/** Offsets of the neighbours whose own-token features are copied onto a token. */
export const NEIGHBOUR_OFFSETS = [-2, -1, 1, 2] as const;
export type NeighbourOffset = (typeof NEIGHBOUR_OFFSETS)[number];

/** Features a token gets from its neighbour `nb` at `offset` that depend on that neighbour alone (cacheable). */
export function neighbourFeatures(
  nb: TokenView,
  offset: NeighbourOffset,
  res: FeatureResources,
  emit: (feature: string) => void,
): void {
  const granularities = res.clusters.granularities.length;
  if (offset === -2) {
    emit('w-2=' + nb.lower);
    return;
  }
  if (offset === 2) {
    emit('w+2=' + nb.lower);
    return;
  }
  const tag = offset === -1 ? '-1=' : '+1=';
  emit('w' + tag + nb.lower);
  emit('ss' + tag + nb.short);
  if (granularities > 1) {
    const mid = granularities - 2;
    emit(
      'c' + tag + (nb.clusters ? nb.clusters[mid] : nb === BOS ? '<s>' : nb === EOS ? '</s>' : '?'),
    );
  }
}

/**
 * Receives a feature as the parts whose concatenation is its name, so a hashing consumer never builds
 * the string (feature-hash.ts) and a string consumer joins them (`joinParts`).
 */
export type PartsEmit = (
  a: string,
  b?: string,
  c?: string,
  d?: string,
  e?: string,
  f?: string,
) => void;

/** A parts emitter that hands whole feature names to `emit`. */
export const joinParts =
  (emit: (feature: string) => void): PartsEmit =>
  (a, b = '', c = '', d = '', e = '', f = '') =>
    emit(a + b + c + d + e + f);

/** Features of token `i` that need the sentence around it (word pairs, runs, quotes, gazetteers). */
export function contextFeatures(
  ctx: SentenceContext,
  i: number,
  res: FeatureResources,
  emit: PartsEmit,
): void {
  const { views, runs, quoted, gaz } = ctx;
  const n = views.length;
  const v = views[i]!;
  const p1 = viewAt(views, i - 1);
  const p2 = viewAt(views, i - 2);
  const n1 = viewAt(views, i + 1);
  const n2 = viewAt(views, i + 2);
  const w = v.lower;
  emit('w-1w=', p1.lower, '|', w);
  emit('ww+1=', w, '|', n1.lower);
  emit('w-2w-1=', p2.lower, '|', p1.lower);
  emit('w+1w+2=', n1.lower, '|', n2.lower);
  emit('ss3=', p1.short, '|', v.short, '|', n1.short);
  emit('w-1ss=', p1.lower, '|', v.short);
  emit('ssw+1=', v.short, '|', n1.lower);
  if (i === 0) emit(v.cap ? 'first:cap' : 'first');
  if (ctx.allCapsSentence) {
    emit('capsent');
    emit('capsent:w=', w);
  }
  if (runs.pos[i] !== '') {
    emit('run=', runs.pos[i]!, String(runs.len[i]));
    const rs = runs.start[i]!;
    const re = runs.end[i]!;
    emit('runPrev=', viewAt(views, rs - 1).lower);
    emit('runPrev2=', viewAt(views, rs - 2).lower, '|', viewAt(views, rs - 1).lower);
    emit('runNext=', viewAt(views, re).lower);
    if (rs !== i) emit('runFirst=', views[rs]!.lower);
    if (re - 1 !== i) emit('runLast=', views[re - 1]!.lower);
  }
  if (quoted[i]) emit(v.cap ? 'inq:cap' : 'inq');
  if (ctx.doc) {
    const own = runs.pos[i] === '' ? 0 : runs.end[i]! - runs.start[i]!;
    documentFeatures(ctx.doc, v, i, ctx.allCapsSentence, own, (f) => emit(f));
  }
  for (let g = 0; g < gaz.length; g++) {
    const source = res.gazetteers[g]!;
    const name = source.name;
    const a = gaz[g]!;
    const here = a[i];
    if (here !== undefined)
      emit('gz:', name, '=', here, source.cased === true && !v.cap ? ':lc' : '');
    const prev = i > 0 ? a[i - 1] : undefined;
    const next = i + 1 < n ? a[i + 1] : undefined;
    if (prev !== undefined) emit('gz:', name, '-1=', prev);
    if (next !== undefined) emit('gz:', name, '+1=', next);
  }
}

/**
 * Calls `emit(i, feature)` for every feature of every token of the sentence: its own-token features,
 * those copied from its neighbours at ±1 and ±2, and the sentence-context ones. Feature strings are
 * stable names; the model maps them to weight rows.
 */
export function extractFeatures(
  tokens: readonly string[],
  res: FeatureResources,
  emit: (i: number, feature: string) => void,
  doc?: DocumentContext,
): void {
  const ctx = sentenceContext(tokens, res, undefined, doc);
  for (let i = 0; i < tokens.length; i++) {
    const e = (f: string): void => emit(i, f);
    selfFeatures(ctx.views[i]!, res, e);
    for (const o of NEIGHBOUR_OFFSETS) neighbourFeatures(viewAt(ctx.views, i + o), o, res, e);
    contextFeatures(ctx, i, res, joinParts(e));
  }
}

/** All features of a sentence as arrays of strings (training and tests; tagging streams instead). */
export function sentenceFeatures(
  tokens: readonly string[],
  res: FeatureResources,
  doc?: DocumentContext,
): string[][] {
  const out: string[][] = tokens.map(() => []);
  extractFeatures(tokens, res, (i, f) => out[i]!.push(f), doc);
  return out;
}
