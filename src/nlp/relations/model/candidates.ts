/**
 * Relation candidates of one article: every pair of mentions of two different entities in a sentence
 * (after coreference), plus the sentence's dropped subject — the topic carried over from the sentences
 * before (`topicBefore`) — paired with each mention of the sentence, plus the pairs a rule related
 * across sentences (a quotation's speaker named earlier). A candidate is unordered for the scorer but
 * has an order for the features: `first` is the end outside the sentence, else the earlier mention.
 */
import type { ArticleEntity, EntityMention } from '../../types.js';
import { topicBefore } from '../discourse.js';
import type { SentenceView } from '../sentence-view.js';
import type { ArticleRelation } from '../types.js';

export type CandidateSource = 'sentence' | 'topic' | 'rule';

export interface CandidateEnd {
  readonly entity: ArticleEntity;
  /** The mention in the candidate's sentence; absent for an end named in another sentence. */
  readonly mention?: EntityMention;
}

export interface Candidate {
  readonly sentenceIndex: number;
  readonly first: CandidateEnd;
  readonly second: CandidateEnd & { readonly mention: EntityMention };
  readonly source: CandidateSource;
}

export function generateCandidates(
  views: readonly SentenceView[],
  rules: readonly ArticleRelation[],
): Candidate[] {
  const out: Candidate[] = [];
  const byId = new Map<number, ArticleEntity>();
  for (const v of views) for (const r of v.mentions) byId.set(r.entity.id, r.entity);
  for (const view of views) {
    const refs = view.mentions;
    const here = new Set(refs.map((r) => r.entity.id));
    for (let i = 0; i < refs.length; i++) {
      for (let j = i + 1; j < refs.length; j++) {
        const a = refs[i]!;
        const b = refs[j]!;
        if (a.entity.id === b.entity.id) continue;
        // Nested mentions ("España" inside "Universidad de España") are one name, not two ends.
        if (b.mention.tokenStart < a.mention.tokenEnd) continue;
        out.push({
          sentenceIndex: view.sentence.index,
          first: a,
          second: b,
          source: 'sentence',
        });
      }
    }
    const outside = new Map<number, { entity: ArticleEntity; source: CandidateSource }>();
    const topic = topicBefore(views, view.sentence.index);
    if (topic && !here.has(topic.entity.id))
      outside.set(topic.entity.id, { entity: topic.entity, source: 'topic' });
    for (const r of rules) {
      if (r.sentenceIndex !== view.sentence.index) continue;
      for (const [end, other] of [
        [r.subject, r.object],
        [r.object, r.subject],
      ] as const) {
        if (!here.has(end) && here.has(other) && !outside.has(end)) {
          const entity = byId.get(end);
          if (entity) outside.set(end, { entity, source: 'rule' });
        }
      }
    }
    for (const { entity, source } of outside.values()) {
      for (const b of refs) {
        if (b.entity.id === entity.id) continue;
        out.push({ sentenceIndex: view.sentence.index, first: { entity }, second: b, source });
      }
    }
  }
  return out;
}

/** The unordered entity pair of a candidate, "min|max" of the entity ids. */
export const pairOf = (c: Candidate): string => {
  const a = c.first.entity.id;
  const b = c.second.entity.id;
  return a < b ? `${a}|${b}` : `${b}|${a}`;
};
