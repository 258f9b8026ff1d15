/** A sentence seen as tokens plus the entity mentions on them: what the relation rules read. */
import { isPlaceType, type Predicate, type Span } from '../../schema/index.js';
import type { LanguagePack } from '../lang/index.js';
import type { ArticleEntity, EntityMention, Sentence } from '../types.js';
import { datelineEnd } from './dateline.js';
import type { ArticleRelation } from './types.js';

export interface MentionRef {
  readonly mention: EntityMention;
  readonly entity: ArticleEntity;
}

export interface SentenceView {
  readonly sentence: Sentence;
  readonly lower: readonly string[];
  /** Mentions in token order. */
  readonly mentions: readonly MentionRef[];
  /** First token after a wire dateline ("GINEBRA, 12 mar (EFE).-"), 0 when there is none. */
  readonly bodyStart: number;
  /** The words of the article's language. */
  readonly pack: LanguagePack;
}

export function buildSentenceViews(
  sentences: readonly Sentence[],
  entities: readonly ArticleEntity[],
  pack: LanguagePack,
): SentenceView[] {
  const views = sentences.map((sentence) => ({
    pack,
    sentence,
    lower: sentence.lower,
    mentions: [] as MentionRef[],
    bodyStart: datelineEnd(sentence.tokens.map((t) => t.text)),
  }));
  for (const entity of entities) {
    for (const mention of [...entity.mentions, ...entity.demonymMentions])
      views[mention.sentenceIndex]!.mentions.push({ mention, entity });
  }
  for (const view of views)
    view.mentions.sort((a, b) => a.mention.tokenStart - b.mention.tokenStart);
  return views;
}

/** The first mention starting in [from, to) accepted by `accept`. */
export function firstMentionIn(
  view: SentenceView,
  from: number,
  to: number,
  accept: (r: MentionRef) => boolean,
): MentionRef | undefined {
  return view.mentions.find(
    (r) => r.mention.tokenStart >= from && r.mention.tokenStart < to && accept(r),
  );
}

/** The last mention ending at or before `before` and starting at or after `from`. */
export function lastMentionBefore(
  view: SentenceView,
  from: number,
  before: number,
  accept: (r: MentionRef) => boolean,
): MentionRef | undefined {
  let found: MentionRef | undefined;
  for (const r of view.mentions)
    if (r.mention.tokenEnd <= before && r.mention.tokenStart >= from && accept(r)) found = r;
  return found;
}

export const isNamed = (r: MentionRef): boolean => r.mention.form !== 'demonym';
export const isPlace = (r: MentionRef): boolean => isPlaceType(r.entity.type);

const coarse = (type: string): string => (isPlaceType(type) ? 'LOC' : type);

/**
 * The coordinated list a mention belongs to ("Carlos Pérez, Rubén Olmedo y Jordi Puig"):
 * neighbours of the same coarse type separated only by a comma or a conjunction.
 */
export function coordinationGroup(view: SentenceView, ref: MentionRef): MentionRef[] {
  const named = view.mentions.filter(isNamed);
  const { conjunctions, definiteArticles } = view.pack.grammar;
  const coordinates = (w: string): boolean => w === ',' || conjunctions.has(w);
  const index = named.indexOf(ref);
  if (index < 0) return [ref];
  const joined = (a: MentionRef, b: MentionRef): boolean => {
    const between = view.lower.slice(a.mention.tokenEnd, b.mention.tokenStart);
    return (
      between.length > 0 &&
      between.length <= 2 &&
      between.every((w) => coordinates(w) || definiteArticles.has(w)) &&
      between.some(coordinates) &&
      coarse(a.entity.type) === coarse(b.entity.type)
    );
  };
  const group = [ref];
  for (let k = index; k > 0 && joined(named[k - 1]!, named[k]!); k--) group.unshift(named[k - 1]!);
  for (let k = index; k + 1 < named.length && joined(named[k]!, named[k + 1]!); k++)
    group.push(named[k + 1]!);
  // A list closes with a conjunction ("A, B y C"); a name after a comma past that, or in a run of
  // commas with no conjunction, is an apposition ("Asesor de A y B, C llegó …"), not a member.
  let last = -1;
  group.forEach((r, k) => {
    if (
      k > 0 &&
      view.lower
        .slice(group[k - 1]!.mention.tokenEnd, r.mention.tokenStart)
        .some((w) => conjunctions.has(w))
    )
      last = k;
  });
  const list = group.slice(0, last + 1);
  return list.includes(ref) ? list : [ref];
}

/** Absolute offsets of the sentence's tokens [from, to): what a trigger span is made of. */
export function tokenSpan(view: SentenceView, from: number, to = from + 1): Span {
  const first = view.sentence.tokens[from];
  const last = view.sentence.tokens[to - 1];
  if (!first || !last || to <= from)
    throw new RangeError(
      `tokenSpan: tokens [${from}, ${to}) are not in sentence ${view.sentence.index} (${view.sentence.tokens.length} tokens)`,
    );
  return { start: first.start, end: last.end };
}

/** Absolute offsets of a mention. */
export const mentionSpan = (r: MentionRef): Span => ({
  start: r.mention.start,
  end: r.mention.end,
});

/**
 * A relation stated in `view`'s sentence between two mentions, both highlighted; `rule` names the
 * construction, `trigger` is where its trigger word(s) stand (none for a bare bracket or comma).
 */
export function statedRelation(
  subject: MentionRef,
  object: MentionRef,
  predicate: Predicate,
  view: SentenceView,
  confidence: number,
  rule: string,
  trigger?: Span,
): ArticleRelation {
  return {
    subject: subject.entity.id,
    object: object.entity.id,
    predicate,
    certainty: 'stated',
    confidence,
    sentenceIndex: view.sentence.index,
    rule,
    ...(trigger ? { trigger } : {}),
    highlights: [
      { start: subject.mention.start, end: subject.mention.end },
      { start: object.mention.start, end: object.mention.end },
    ],
  };
}
