/**
 * Features of a relation candidate, as strings (hashed later): the words and 5-letter stems between and
 * around the two ends, trigger and role classes, what the rules said about the pair, entity types,
 * how they were typed, and forms, order, distance, punctuation and clause boundaries, negation, hedging, quotation.
 * Entity names never become features (the model must not learn article-specific names).
 */
import { categoryOf } from '../../../schema/index.js';
import type { Candidate } from './candidates.js';
import { pairOf } from './candidates.js';
import type { ArticleContext } from './context.js';
import { candidateLists } from './lists.js';

/** Lemma-like stem: the first five letters, accents dropped (memoised: words repeat). */
const stems = new Map<string, string>();
function stem(w: string): string {
  let s = stems.get(w);
  if (s === undefined) {
    s = w.normalize('NFD').replace(/\p{M}/gu, '').slice(0, 5);
    if (stems.size < 200_000) stems.set(w, s);
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
const MAX_BETWEEN = 15;
const WINDOW = 3;

export function candidateFeatures(c: Candidate, ctx: ArticleContext): string[] {
  const view = ctx.views[c.sentenceIndex]!;
  const lower = view.lower;
  const f: string[] = ['bias'];
  const t1 = c.first.entity.type;
  const t2 = c.second.entity.type;
  const form1 = c.first.mention?.form ?? 'outside';
  const form2 = c.second.mention.form;
  f.push(`src=${c.source}`, `t1=${t1}`, `t2=${t2}`, `tt=${t1}|${t2}`, `f1=${form1}`, `f2=${form2}`);
  f.push(`ff=${form1}|${form2}`);
  // Span between the two ends (for an outside end: from the sentence start).
  const from = c.first.mention ? c.first.mention.tokenEnd : view.bodyStart;
  const to = c.second.mention.tokenStart;
  const between = lower.slice(from, to);
  const dist = to - from;
  f.push(`dist=${bucket(dist)}`, `tt|dist=${t1}|${t2}|${bucket(dist)}`);
  const cats = new Set<string>();
  if (between.length <= MAX_BETWEEN) {
    for (const w of between) {
      f.push(`bw=${w}`);
      if (isWord(w)) f.push(`bs=${stem(w)}`);
    }
    if (between.length <= 4)
      f.push(`bseq=${between.join(' ')}`, `tt|bseq=${t1}|${t2}|${between.join(' ')}`);
    if (between.length) f.push(`bw0=${between[0]}`, `bwL=${between[between.length - 1]}`);
  } else f.push('far');
  const trigRange = (a: number, b: number, tag: string): void => {
    for (let k = Math.max(0, a); k < Math.min(b, lower.length); k++) {
      for (const p of ctx.triggers[c.sentenceIndex]![k]!) {
        f.push(
          `${tag}=${p}`,
          `${tag}c=${categoryOf(p)}`,
          `${tag}c|tt=${categoryOf(p)}|${t1}|${t2}`,
        );
        if (tag === 'trig') cats.add(categoryOf(p));
      }
      const role = ctx.roleAt(c.sentenceIndex, k);
      if (role) f.push(`${tag}role=${role}`, `${tag}role|tt=${role}|${t1}|${t2}`);
    }
  };
  trigRange(from, to, 'trig');
  const firstStart = c.first.mention?.tokenStart ?? view.bodyStart;
  trigRange(firstStart - 6, firstStart, 'trigL');
  trigRange(c.second.mention.tokenEnd, c.second.mention.tokenEnd + 6, 'trigR');
  for (let k = 1; k <= WINDOW; k++) {
    const l = lower[firstStart - k];
    const r = lower[c.second.mention.tokenEnd + k - 1];
    if (c.first.mention) f.push(`L${k}=${l ?? '<s>'}`);
    f.push(`R${k}=${r ?? '</s>'}`);
    if (k === 1 && l && isWord(l) && c.first.mention) f.push(`Ls=${stem(l)}`);
  }
  // Mention-internal head word (first word) for non-person names: "Partido", "Secretaría", "Universidad".
  for (const [tag, end] of [
    ['h1', c.first],
    ['h2', c.second],
  ] as const) {
    if (end.mention && end.entity.type !== 'Person')
      f.push(`${tag}=${stem(lower[end.mention.tokenStart] ?? '')}`);
  }
  // Punctuation and clause boundaries between.
  const commas = between.filter((w) => w === ',').length;
  f.push(`commas=${Math.min(commas, 3)}`);
  if (between.length === 1 && between[0] === ',') f.push('appos');
  if (between.includes('(') || lower[c.second.mention.tokenStart - 1] === '(') f.push('paren');
  if (between.some((w) => w === ';' || w === ':')) f.push('semicolon');
  if (between.some((w) => OPEN_CLOSE.has(w))) f.push('quoteMark');
  if (between.some((w) => ctx.negations.has(w))) f.push('neg');
  if (ctx.certainty[c.sentenceIndex] === 'reported') f.push('hedged');
  const q = ctx.quoted[c.sentenceIndex]!;
  const q1 = c.first.mention ? q[c.first.mention.tokenStart] : false;
  const q2 = q[c.second.mention.tokenStart];
  f.push(`quoted=${q1 ? 1 : 0}${q2 ? 1 : 0}`);
  f.push(`nment=${Math.min(view.mentions.length, 8)}`);
  // Pair-level context: how often the two are named together, and where.
  const together = ctx.pairSentences.get(pairOf(c)) ?? 0;
  f.push(`together=${Math.min(together, 4)}`, `tt|together=${t1}|${t2}|${Math.min(together, 4)}`);
  if (c.sentenceIndex === 0) f.push('headline');
  // How each end's type was settled (gazetteer, given name, NER model, word shape…): how far the
  // entity itself can be trusted (a type guessed from the word shape is often a wrong entity).
  f.push(`ts1=${typeSourceOf(c.first.entity)}`, `ts2=${typeSourceOf(c.second.entity)}`);
  // What the rules said about this pair: here, and anywhere in the article.
  const hits = ctx.rules.get(pairOf(c)) ?? [];
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
        f.push(x);
      }
  }
  if (!hits.some((h) => h.sentenceIndex === c.sentenceIndex)) f.push('rule.none');
  for (const cat of cats) f.push(`trig|src=${cat}|${c.source}`);
  // Coordinated lists: two members of one list ("A, B y C") are rarely related to each other.
  const lists = candidateLists(view, c);
  f.push(
    `list=${lists.same ? 'same' : `${lists.first.length > 1 ? 1 : 0}${lists.second.length > 1 ? 1 : 0}`}`,
  );
  if (lists.same) f.push(`samelist|tt=${t1}|${t2}`);
  return f;
}
/** "source|type" of an entity's typing, the source without its detail ("context:ciudad" → "context"). */
const typeSourceOf = (e: Candidate['first']['entity']): string =>
  `${(e.typeSource ?? '').split(':')[0]}|${e.type}`;
const OPEN_CLOSE = new Set(['“', '”', '«', '»', '"']);
