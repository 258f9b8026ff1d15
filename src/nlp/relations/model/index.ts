/**
 * Statistical relation extraction at run time: candidates → features → classifier → pair scores →
 * relations. The rule extractor's output comes in as features (evidence, not a verdict).
 */
import type { Knowledge } from '../../knowledge.js';
import type { GrammarLexicon } from '../../lang/index.js';
import type { SentenceView } from '../sentence-view.js';
import type { TriggerLexicon } from '../../lang/index.js';
import type { ArticleRelation } from '../types.js';
import { aggregatePairs } from './aggregate.js';
import { generateCandidates, type Candidate } from './candidates.js';
import { predictProba } from './classifier.js';
import { buildContext, type ArticleContext } from './context.js';
import { decodePairs } from './decode.js';
import { emitCandidateFeatures } from './features.js';
import { BucketSink } from './hash.js';
import { listOf } from './lists.js';
import type { RelationModel } from './model.js';

export type { RelationModel } from './model.js';
export { RELATION_MODEL_FORMAT } from './model.js';
export { serializeRelationModel, parseRelationModel } from './io.js';
export { generateCandidates, pairOf, type Candidate } from './candidates.js';
export { buildContext, type ArticleContext } from './context.js';
export { candidateFeatures, emitCandidateFeatures, type FeatureParts } from './features.js';
export { BucketSink, hashFeature, hashFeatures } from './hash.js';
export { predictProba, softmaxInPlace, type LinearClassifier } from './classifier.js';
export { aggregatePairs, type Aggregation, type PairScore } from './aggregate.js';
export { decodePairs } from './decode.js';
export { fitPlatt, applyPlatt, type Platt } from './calibration.js';
export * from './labels.js';

/** One article's candidates with their hashed features, ready to score. */
export interface EncodedArticle {
  readonly ctx: ArticleContext;
  readonly candidates: readonly Candidate[];
  readonly ids: readonly Uint32Array[];
}

export function encodeArticle(
  views: readonly SentenceView[],
  rules: readonly ArticleRelation[],
  knowledge: Knowledge,
  grammar: GrammarLexicon,
  lexicon: TriggerLexicon,
  bits: number,
): EncodedArticle {
  const ctx = buildContext(views, rules, knowledge, grammar, lexicon);
  const candidates = generateCandidates(views, rules);
  // The features' buckets straight from their parts (the same as hashing `candidateFeatures`' strings).
  const sink = new BucketSink(bits);
  const ids = candidates.map((c) => {
    emitCandidateFeatures(c, ctx, sink.add);
    return sink.take();
  });
  return { ctx, candidates, ids };
}

/** Relations of an encoded article under `model` (the model's own, without the rules'). */
export function scoreEncoded(encoded: EncodedArticle, model: RelationModel): ArticleRelation[] {
  const probs = encoded.ids.map((ids) => predictProba(model.classifier, ids));
  return decodePairs(
    aggregatePairs(encoded.candidates, probs, model.aggregation),
    model,
    encoded.ctx,
  );
}

/** The article's relations under `model`: the model's, plus the rules' when the model keeps them. */
export function modelRelations(
  encoded: EncodedArticle,
  model: RelationModel,
  rules: readonly ArticleRelation[],
): ArticleRelation[] {
  const parts = relationParts(encoded, model, rules);
  return [...parts.own, ...parts.rules];
}

/**
 * The two halves of `modelRelations`: the model's own relations and the rules' relations kept besides
 * them, both without a relation between two members of one coordinated list of three or more.
 */
export function relationParts(
  encoded: EncodedArticle,
  model: RelationModel,
  rules: readonly ArticleRelation[],
): { own: ArticleRelation[]; rules: ArticleRelation[] } {
  const apart = (r: ArticleRelation): boolean => !inOneLongList(encoded.ctx, r);
  return {
    own: scoreEncoded(encoded, model).filter(apart),
    rules: model.keepRules ? rules.filter(apart) : [],
  };
}

/**
 * Both ends of a relation are members of one coordinated list of three or more names in its
 * sentence ("A, B y C se enfrentan a …"): members of such a list share a role, they are not each
 * other's counterpart. (Two coordinated names, "A y B firmaron una alianza", stay co-agents.)
 */
function inOneLongList(ctx: ArticleContext, r: ArticleRelation): boolean {
  const view = ctx.views[r.sentenceIndex];
  if (!view) return false;
  return view.mentions.some((m) => {
    if (m.entity.id !== r.subject) return false;
    const list = listOf(view, m);
    return list.length >= 3 && list.some((o) => o.entity.id === r.object);
  });
}
