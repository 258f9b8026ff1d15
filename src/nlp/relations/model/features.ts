/**
 * Features of a relation candidate (hashed later): the words and 5-letter stems between and around the
 * two ends, trigger and role classes, what the rules said about the pair, entity types, how they were
 * typed, and forms, order, distance, punctuation and clause boundaries, negation, hedging, quotation.
 * Entity names never become features (the model must not learn article-specific names).
 *
 * A feature is emitted as the parts whose concatenation is its name (`FeatureParts`), so the scorer
 * hashes it without building the string (hash.ts) and `candidateFeatures` joins the parts.
 */
import { categoryOf } from '../../../schema/index.js';
import type { PartsEmit } from '../../ner/features.js';
import { boundedMemo } from '../../../util/memo.js';
import type { Candidate } from './candidates.js';
import { pairOf } from './candidates.js';
import type { ArticleContext } from './context.js';
import { candidateLists } from './lists.js';
import { GenerationalCache } from '../../../util/generational-cache.js';

/** Receives one feature as up to six parts; its name is their concatenation. */
export type FeatureParts = PartsEmit;

/** Lemma-like stem: the first five letters, accents dropped (memoised: words repeat). */
const stems = new GenerationalCache<string, string>(65_536);
function stem(w: string): string {
  let s = stems.get(w);
  if (s === undefined) {
    s = w.normalize('NFD').replace(/\p{M}/gu, '').slice(0, 5);
    stems.set(w, s);
  }
  return s;
}
const isWord = (w: string): boolean => /\p{L}/u.test(w);
const bucket = (n: number): string =>
  n <= 0
    ? '0'
    : n <= 1
      ? '1'
      : n <= 2
        ? '2'
        : n <= 4
          ? '3-4'
          : n <= 7
            ? '5-7'
            : n <= 12
              ? '8-12'
              : n <= 20
                ? '13-20'
                : '20+';
/** Decimal digits of the small counts the features cap (0–8). */
const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8'] as const;
const MAX_BETWEEN = 15;
const WINDOW = 3;
/** Feature-name prefixes of the three trigger windows and of the context words at distance k. */
const TRIG_TAGS = {
  trig: ['trig=', 'trigc=', 'trigc|tt=', 'trigrole=', 'trigrole|tt='],
  trigL: ['trigL=', 'trigLc=', 'trigLc|tt=', 'trigLrole=', 'trigLrole|tt='],
  trigR: ['trigR=', 'trigRc=', 'trigRc|tt=', 'trigRrole=', 'trigRrole|tt='],
} as const;
const LEFT = ['', 'L1=', 'L2=', 'L3='] as const;
const RIGHT = ['', 'R1=', 'R2=', 'R3='] as const;

/** The candidate's features as strings (training, tests); the scorer hashes the parts instead. */
export function candidateFeatures(c: Candidate, ctx: ArticleContext): string[] {
  const out: string[] = [];
  emitCandidateFeatures(c, ctx, (p1, p2 = '', p3 = '', p4 = '', p5 = '', p6 = '') =>
    out.push(p1 + p2 + p3 + p4 + p5 + p6),
  );
  return out;
}

/** Emits the candidate's features, in a fixed order, as parts (see `FeatureParts`). */
export function emitCandidateFeatures(c: Candidate, ctx: ArticleContext, f: FeatureParts): void {
  const view = ctx.views[c.sentenceIndex]!;
  const lower = view.lower;
  f('bias');
  const t1 = c.first.entity.type;
  const t2 = c.second.entity.type;
  const form1 = c.first.mention?.form ?? 'outside';
  const form2 = c.second.mention.form;
  f('src=', c.source);
  f('t1=', t1);
  f('t2=', t2);
  f('tt=', t1, '|', t2);
  f('f1=', form1);
  f('f2=', form2);
  f('ff=', form1, '|', form2);
  // Span between the two ends (for an outside end: from the sentence start). An end that is one member
  // of a coordinated list the other end is not in is read from the list's edge: "por X destacan A, B y
  // C" puts the same words between X and each member, as coordination distributes the relation.
  const lists = candidateLists(view, c);
  let from = c.first.mention ? c.first.mention.tokenEnd : view.bodyStart;
  let to = c.second.mention.tokenStart;
  if (!lists.same) {
    if (lists.second.length > 1)
      for (const r of lists.second) to = Math.min(to, r.mention.tokenStart);
    if (lists.first.length > 1)
      for (const r of lists.first) from = Math.max(from, r.mention.tokenEnd);
  }
  // `between` is lower[from, to) (empty when to ≤ from).
  const bStart = Math.min(from, lower.length);
  const bEnd = Math.max(bStart, Math.min(to, lower.length));
  const bLen = bEnd - bStart;
  const dist = to - from;
  f('dist=', bucket(dist));
  f('tt|dist=', t1, '|', t2, '|', bucket(dist));
  const cats = new Set<string>();
  if (bLen <= MAX_BETWEEN) {
    for (let k = bStart; k < bEnd; k++) {
      const w = lower[k]!;
      f('bw=', w);
      if (isWord(w)) f('bs=', stem(w));
    }
    if (bLen <= 4) {
      const seq = lower.slice(bStart, bEnd).join(' ');
      f('bseq=', seq);
      f('tt|bseq=', t1, '|', t2, '|', seq);
    }
    if (bLen) {
      f('bw0=', lower[bStart]!);
      f('bwL=', lower[bEnd - 1]!);
    }
  } else f('far');
  const trigRange = (a: number, b: number, tag: keyof typeof TRIG_TAGS): void => {
    const [pred, cat, catTypes, role, roleTypes] = TRIG_TAGS[tag];
    const triggers = ctx.triggers[c.sentenceIndex]!;
    for (let k = Math.max(0, a); k < Math.min(b, lower.length); k++) {
      for (const p of triggers[k]!) {
        const category = categoryOf(p);
        f(pred, p);
        f(cat, category);
        f(catTypes, category, '|', t1, '|', t2);
        if (tag === 'trig') cats.add(category);
      }
      const r = ctx.roleAt(c.sentenceIndex, k);
      if (r) {
        f(role, r);
        f(roleTypes, r, '|', t1, '|', t2);
      }
    }
  };
  trigRange(from, to, 'trig');
  const firstStart = c.first.mention?.tokenStart ?? view.bodyStart;
  trigRange(firstStart - 6, firstStart, 'trigL');
  trigRange(c.second.mention.tokenEnd, c.second.mention.tokenEnd + 6, 'trigR');
  for (let k = 1; k <= WINDOW; k++) {
    const l = lower[firstStart - k];
    const r = lower[c.second.mention.tokenEnd + k - 1];
    if (c.first.mention) f(LEFT[k]!, l ?? '<s>');
    f(RIGHT[k]!, r ?? '</s>');
    if (k === 1 && l && isWord(l) && c.first.mention) f('Ls=', stem(l));
  }
  // Mention-internal head word (first word) for non-person names: "Partido", "Secretaría", "Universidad".
  if (c.first.mention && c.first.entity.type !== 'Person')
    f('h1=', stem(lower[c.first.mention.tokenStart] ?? ''));
  if (c.second.entity.type !== 'Person') f('h2=', stem(lower[c.second.mention.tokenStart] ?? ''));
  // Punctuation and clause boundaries between.
  let commas = 0;
  let paren = lower[c.second.mention.tokenStart - 1] === '(';
  let semicolon = false;
  let quoteMark = false;
  let neg = false;
  for (let k = bStart; k < bEnd; k++) {
    const w = lower[k]!;
    if (w === ',') commas++;
    if (w === '(') paren = true;
    if (w === ';' || w === ':') semicolon = true;
    if (OPEN_CLOSE.has(w)) quoteMark = true;
    if (ctx.negations.has(w)) neg = true;
  }
  f('commas=', DIGITS[Math.min(commas, 3)]!);
  if (bLen === 1 && lower[bStart] === ',') f('appos');
  if (paren) f('paren');
  if (semicolon) f('semicolon');
  if (quoteMark) f('quoteMark');
  if (neg) f('neg');
  if (ctx.certainty[c.sentenceIndex] === 'reported') f('hedged');
  const q = ctx.quoted[c.sentenceIndex]!;
  const q1 = c.first.mention ? q[c.first.mention.tokenStart] : false;
  const q2 = q[c.second.mention.tokenStart];
  f('quoted=', q1 ? '1' : '0', q2 ? '1' : '0');
  f('nment=', DIGITS[Math.min(view.mentions.length, 8)]!);
  // Pair-level context: how often the two are named together, and where.
  const pair = pairOf(c);
  const together = DIGITS[Math.min(ctx.pairSentences.get(pair) ?? 0, 4)]!;
  f('together=', together);
  f('tt|together=', t1, '|', t2, '|', together);
  if (c.sentenceIndex === 0) f('headline');
  // How each end's type was settled (gazetteer, given name, NER model, word shape…): how far the
  // entity itself can be trusted (a type guessed from the word shape is often a wrong entity).
  f('ts1=', sourceKind(c.first.entity.typeSource ?? ''), '|', c.first.entity.type);
  f('ts2=', sourceKind(c.second.entity.typeSource ?? ''), '|', c.second.entity.type);
  // What the rules said about this pair: here, and anywhere in the article.
  const hits = ctx.rules.get(pair) ?? [];
  const seen = new Set<string>();
  for (const h of hits) {
    const dir = h.subject === c.first.entity.id ? 'fwd' : 'bwd';
    const where = h.sentenceIndex === c.sentenceIndex ? 'here' : 'art';
    for (const x of [
      `rule.${where}=${h.category}:${dir}`,
      `rule.${where}.p=${h.predicate}:${dir}`,
      `rule.${where}=${h.category}`,
    ])
      if (!seen.has(x)) {
        seen.add(x);
        f(x);
      }
  }
  if (!hits.some((h) => h.sentenceIndex === c.sentenceIndex)) f('rule.none');
  for (const cat of cats) f('trig|src=', cat, '|', c.source);
  // Coordinated lists: two members of one list ("A, B y C") are rarely related to each other.
  if (lists.same) f('list=same');
  else f('list=', lists.first.length > 1 ? '1' : '0', lists.second.length > 1 ? '1' : '0');
  if (lists.same) f('samelist|tt=', t1, '|', t2);
}
/** The source of an entity's typing without its detail ("context:ciudad" → "context"). */
const sourceKind = boundedMemo((source: string): string => source.split(':')[0]!);
const OPEN_CLOSE = new Set(['“', '”', '«', '»', '"']);
