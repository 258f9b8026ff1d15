/**
 * Error analysis of the relation model on held-out articles, in the scorer's terms (unordered gold pair +
 * category). Each missed gold relation gets the first reason that explains it:
 *  - `entity-not-found`: an end has no predicted entity sharing or overlapping one of its forms;
 *  - `entity-not-aligned`: an end was found in some form (boundary, type, merged) but not aligned to it;
 *  - `no-candidate-in-evidence`: both ends aligned, but no candidate of the pair in an evidence sentence
 *    (sub-reason: which end has no mention there, and whether a gold form of it occurs there);
 *  - `wrong-category`: the pair was predicted, with another category;
 *  - `below-threshold`: a candidate exists in an evidence sentence but the pair score did not pass.
 * Each false positive: `unaligned-entity` (an end aligned to no gold entity), `wrong-category` (the gold
 * has the pair with another category), `pair-not-in-gold` (the gold relates the two in no category —
 * either a relation the text states and the annotator left out, or a wrong pair: judged by hand on a
 * sample). Every item also says whether the model, the rules or both produced it.
 */
import { foldName, categoryOf, PREDICATES, type RelationCategory } from '../../schema/index.js';
import { relationKey } from '../../schema/index.js';
import { applyPlatt, relationParts, type RelationModel } from '../../nlp/training.js';
import type { ArticleRelation } from '../../nlp/index.js';
import type { ArticleScore } from '../../eval/gold/index.js';
import type { PreparedArticle } from './dataset.js';
import { keyedScores, pairScoresOf } from './fit.js';

export type MissReason =
  | 'entity-not-found'
  | 'entity-not-aligned'
  | 'no-candidate-in-evidence'
  | 'wrong-category'
  | 'below-threshold';

export type SpuriousReason = 'unaligned-entity' | 'wrong-category' | 'pair-not-in-gold';

export type Source = 'model' | 'rule' | 'both';

export interface RelationError {
  readonly article: string;
  readonly corpus: string;
  readonly kind: 'missed' | 'spurious';
  readonly reason: MissReason | SpuriousReason;
  /** A finer reason where there is one (e.g. `object-unmentioned:no-form` for a missing candidate). */
  readonly detail: string;
  readonly category: RelationCategory;
  /** "subject ~ object" (gold names for missed items, article names for spurious ones). */
  readonly pair: string;
  /** The evidence sentence (missed) or the sentence of the prediction (spurious). */
  readonly sentenceIndex: number;
  readonly source?: Source;
  /** The calibrated pair score for this category, when the pair has a candidate. */
  readonly score?: number;
}

const keyOf = (a: number, b: number, category: string): string =>
  `${Math.min(a, b)}-${Math.max(a, b)}-${category}`;

/** Forms of a gold entity occurring in a sentence text (folded, whole words). */
function formOccurs(text: string, forms: readonly string[]): boolean {
  const hay = ` ${foldName(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return forms.some((f) => {
    const needle = foldName(f)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    return needle.length > 0 && hay.includes(` ${needle} `);
  });
}

/**
 * The errors of one held-out article under `model`; `score` is the scorer's result for the same
 * predictions (its entity error classes tell a missed entity from a mis-aligned one).
 */
export function relationErrors(
  a: PreparedArticle,
  model: RelationModel,
  score: ArticleScore,
): RelationError[] {
  const gold = a.gold.gold;
  const corpus = a.gold.corpus;
  const { own: modelRels, rules: ruleRels } = relationParts(
    a.encoded,
    model,
    a.extraction.relations,
  );
  // Predicted scorer keys → source.
  const predicted = new Map<string, { source: Source; rel: ArticleRelation }>();
  // Keyed as the scorer keys the graph's edges: aligned ends by gold pair + category, others by edge.
  const add = (r: ArticleRelation, source: 'model' | 'rule'): void => {
    const from = a.nodeOf.get(r.subject);
    const to = a.nodeOf.get(r.object);
    if (!from || !to || from === to || a.implicit.has(r.subject) || a.implicit.has(r.object))
      return;
    const x = a.goldOf.get(r.subject);
    const y = a.goldOf.get(r.object);
    const category = categoryOf(r.predicate);
    const symmetric = 'symmetric' in PREDICATES[r.predicate] && from > to;
    const key =
      x !== undefined && y !== undefined
        ? keyOf(x, y, category)
        : `x:${symmetric ? relationKey(to, r.predicate, from) : relationKey(from, r.predicate, to)}`;
    const prev = predicted.get(key);
    predicted.set(key, {
      source: prev && prev.source !== source ? 'both' : source,
      rel: prev?.rel ?? r,
    });
  };
  modelRels.forEach((r) => add(r, 'model'));
  ruleRels.forEach((r) => add(r, 'rule'));
  const calibrated = new Map(
    keyedScores(a, pairScoresOf(a, model.classifier, model.aggregation)).map((s) => [
      s.key,
      applyPlatt(model.calibration, s.score),
    ]),
  );
  const missedKind = new Map(
    score.entityErrors
      .filter((e) => e.kind.startsWith('missed') || e.kind === 'merged')
      .map((e) => [e.item, e.kind]),
  );
  const aligned = new Set(a.goldOf.values());
  const idsOf = (g: number): number[] =>
    [...a.goldOf].filter(([, gi]) => gi === g).map(([id]) => id);
  const out: RelationError[] = [];
  const base = { article: a.gold.gold.article, corpus };
  const goldName = (i: number): string => gold.entities[i]!.name;
  // Missed gold relations, one per scorer key.
  const seen = new Set<string>();
  for (const r of a.goldRelations) {
    const key = keyOf(r.subject, r.object, r.category);
    if (seen.has(key) || predicted.has(key)) continue;
    seen.add(key);
    const same = a.goldRelations.filter((q) => keyOf(q.subject, q.object, q.category) === key);
    const sentences = new Set(same.flatMap((q) => [...q.sentences]));
    const sentenceIndex = Math.min(...sentences);
    const item = {
      ...base,
      kind: 'missed' as const,
      category: r.category,
      pair: `${goldName(r.subject)} ~ ${goldName(r.object)}`,
      sentenceIndex: Number.isFinite(sentenceIndex) ? sentenceIndex : -1,
      ...(calibrated.has(key) ? { score: calibrated.get(key)! } : {}),
    };
    const unaligned = [r.subject, r.object].filter((g) => !aligned.has(g));
    if (unaligned.length) {
      const kinds = unaligned.map(
        (g) => missedKind.get(`${goldName(g)} (${gold.entities[g]!.type})`) ?? 'missed',
      );
      const found = kinds.every((k) => k !== 'missed');
      out.push({
        ...item,
        reason: found ? 'entity-not-aligned' : 'entity-not-found',
        detail: kinds.join('+'),
      });
      continue;
    }
    const inEvidence = a.encoded.candidates.some(
      (c) =>
        sentences.has(c.sentenceIndex) &&
        keyOf(a.goldOf.get(c.first.entity.id) ?? -1, a.goldOf.get(c.second.entity.id) ?? -2, '') ===
          keyOf(r.subject, r.object, ''),
    );
    const otherCategory = [...predicted.keys()].some(
      (k) => k.startsWith(`${keyOf(r.subject, r.object, '')}`) && k !== key,
    );
    if (!inEvidence) {
      // Which end has no mention in any evidence sentence, and does a gold form of it occur there?
      const missing = [r.subject, r.object].filter((g) => {
        const ids = new Set(idsOf(g));
        return ![...sentences].some((s) =>
          a.encoded.ctx.views[s]!.mentions.some((m) => ids.has(m.entity.id)),
        );
      });
      const text = [...sentences].map((s) => a.encoded.ctx.views[s]!.sentence.text).join(' ');
      const detail =
        sentences.size === 0
          ? 'evidence-not-located'
          : missing.length === 0
            ? 'both-mentioned'
            : missing
                .map((g) => {
                  const e = gold.entities[g]!;
                  return formOccurs(text, [e.name, ...e.aliases]) ? 'named-unlinked' : 'no-form';
                })
                .sort()
                .join('+');
      out.push({ ...item, reason: 'no-candidate-in-evidence', detail });
      continue;
    }
    out.push({
      ...item,
      reason: otherCategory ? 'wrong-category' : 'below-threshold',
      detail: '',
    });
  }
  // Spurious predictions.
  for (const [key, { source, rel }] of predicted) {
    if (a.goldKeys.has(key)) continue;
    const category = categoryOf(rel.predicate);
    const names = (id: number): string =>
      a.extraction.entities.find((e) => e.id === id)?.name ?? String(id);
    const pairKey = key.startsWith('x:') ? undefined : key.split('-').slice(0, 2).join('-');
    const reason: SpuriousReason = !pairKey
      ? 'unaligned-entity'
      : [...a.goldKeys].some((k) => k.startsWith(`${pairKey}-`))
        ? 'wrong-category'
        : 'pair-not-in-gold';
    out.push({
      ...base,
      kind: 'spurious',
      reason,
      detail: rel.rule,
      category,
      pair: `${names(rel.subject)} ~ ${names(rel.object)}`,
      sentenceIndex: rel.sentenceIndex,
      source,
      ...(calibrated.has(key) ? { score: calibrated.get(key)! } : {}),
    });
  }
  return out;
}
