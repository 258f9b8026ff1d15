/**
 * Pair scores → relations: a (pair, category) whose calibrated probability passes the threshold becomes
 * one relation. Its predicate is the one a rule gave this pair and category when one did (the rule also
 * fixes the direction), else the predicate of a trigger or role between the ends, else the category's
 * default from the predicate registry; `confidence` is the calibrated probability.
 */
import {
  CATEGORY_DEFAULT_PREDICATE,
  categoryOf,
  type Predicate,
  type RelationCategory,
} from '../../../schema/index.js';
import type { PairScore } from './aggregate.js';
import { applyPlatt } from './calibration.js';
import type { ArticleContext } from './context.js';
import type { RelationModel } from './model.js';
import type { ArticleRelation } from '../types.js';
import { tokenSpan } from '../sentence-view.js';
import type { Candidate } from './candidates.js';

export function decodePairs(
  scores: readonly PairScore[],
  model: Pick<RelationModel, 'calibration' | 'threshold' | 'categoryThresholds'>,
  ctx: ArticleContext,
): ArticleRelation[] {
  const out: ArticleRelation[] = [];
  for (const s of scores) {
    const p = applyPlatt(model.calibration, s.score);
    if (p < (model.categoryThresholds[s.category] ?? model.threshold)) continue;
    out.push(toRelation(s, p, ctx));
  }
  return out;
}

function toRelation(s: PairScore, confidence: number, ctx: ArticleContext): ArticleRelation {
  const c = s.best;
  const rule = (ctx.rules.get(s.pair) ?? [])
    .filter((h) => h.category === s.category)
    .sort(
      (a, b) =>
        Number(b.sentenceIndex === c.sentenceIndex) - Number(a.sentenceIndex === c.sentenceIndex) ||
        b.relation.confidence - a.relation.confidence,
    )[0];
  const firstIsSubject = rule ? rule.subject === c.first.entity.id : s.direction === 'forward';
  const subject = firstIsSubject ? c.first : c.second;
  const object = firstIsSubject ? c.second : c.first;
  const highlights = [subject.mention, object.mention]
    .filter((m) => m !== undefined)
    .map((m) => ({ start: m.start, end: m.end }));
  const view = ctx.views[c.sentenceIndex]!;
  const lexical = rule ? undefined : lexicalPredicate(c, s.category, ctx);
  const trigger = rule ? rule.relation.trigger : lexical && tokenSpan(view, lexical.index);
  return {
    subject: subject.entity.id,
    object: object.entity.id,
    predicate: rule?.predicate ?? lexical?.predicate ?? CATEGORY_DEFAULT_PREDICATE[s.category],
    certainty: ctx.certainty[c.sentenceIndex]!,
    confidence,
    sentenceIndex: c.sentenceIndex,
    // A rule's construction names the evidence ("model/verb"), else the trigger word the model found.
    rule: rule ? `model/${rule.relation.rule}` : lexical ? 'model/trigger' : 'model',
    ...(trigger ? { trigger } : {}),
    highlights,
  };
}

/** A trigger verb or role of the category between the ends (or just around them). */
function lexicalPredicate(
  c: Candidate,
  category: RelationCategory,
  ctx: ArticleContext,
): { predicate: Predicate; index: number } | undefined {
  const from = c.first.mention ? c.first.mention.tokenEnd : 0;
  const to = c.second.mention.tokenStart;
  const start = Math.max(0, (c.first.mention?.tokenStart ?? 0) - 4);
  const end = Math.min(ctx.views[c.sentenceIndex]!.lower.length, c.second.mention.tokenEnd + 4);
  const order = [
    ...range(from, to),
    ...range(start, from).reverse(),
    ...range(c.second.mention.tokenEnd, end),
  ];
  for (const k of order) {
    const trig = ctx.triggers[c.sentenceIndex]![k]!.find((p) => categoryOf(p) === category);
    if (trig) return { predicate: trig, index: k };
    const role = ctx.roleAt(c.sentenceIndex, k);
    if (role && categoryOf(role) === category) return { predicate: role, index: k };
  }
  return undefined;
}

const range = (a: number, b: number): number[] =>
  a < b ? Array.from({ length: b - a }, (_, i) => a + i) : [];
