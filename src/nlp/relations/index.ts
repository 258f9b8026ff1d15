/**
 * Relation extraction for one article: titles/appositions, verb triggers (with inferred meetings and
 * visits), attribution, and located-in. One relation per (subject, predicate, object) and sentence;
 * the graph stage merges evidence across sentences and articles.
 */
import { foldName } from '../../schema/index.js';
import { PREDICATES } from '../../schema/index.js';
import type { LanguagePack, TriggerLexicon } from '../lang/index.js';
import type { Knowledge } from '../knowledge.js';
import type { MentionRole } from '../roles/index.js';
import type { ArticleEntity, Sentence } from '../types.js';
import { attributionRelations } from './attribution.js';
import { sentenceCertainty } from './certainty.js';
import { topicBefore } from './discourse.js';
import { locatedRelations } from './located.js';
import {
  betweenRelations,
  demonymQualifiedRelations,
  nounPhraseRelations,
  ownershipRelations,
} from './patterns.js';
import { nounFrameRelations } from './noun-frames.js';
import { predicativeRoleRelations } from './predicative.js';
import { quoteRelations, type OpenQuote } from './quotes.js';
import {
  buildSentenceViews,
  coordinationGroup,
  firstMentionIn,
  isNamed,
  tokenSpan,
  type MentionRef,
  type SentenceView,
} from './sentence-view.js';
import { titleRelations } from './titles.js';
import type { ArticleRelation } from './types.js';
import { encodeArticle, modelRelations } from './model/index.js';
import { findVerbRelations, subjectBefore, type VerbRelation } from './verbs.js';

export type { ArticleRelation } from './types.js';

/**
 * The article's relations: from the trained model when the knowledge carries one (the rules' output is
 * then among its features), else from the rules alone.
 */
export function extractRelations(
  sentences: readonly Sentence[],
  entities: readonly ArticleEntity[],
  roles: readonly MentionRole[],
  knowledge: Knowledge,
  pack: LanguagePack,
): ArticleRelation[] {
  const views = buildSentenceViews(sentences, entities, pack);
  const rules = ruleRelations(sentences, entities, roles, knowledge, pack, views);
  const model = knowledge.relationModel;
  if (!model) return rules;
  const encoded = encodeArticle(
    views,
    rules,
    knowledge,
    pack.grammar,
    pack.triggers,
    model.classifier.bits,
  );
  return dedupe(modelRelations(encoded, model, rules).filter((r) => r.subject !== r.object));
}

/** The hand-written rules: titles and appositions, verb triggers, attribution, quotations, located-in. */
export function ruleRelations(
  sentences: readonly Sentence[],
  entities: readonly ArticleEntity[],
  roles: readonly MentionRole[],
  knowledge: Knowledge,
  pack: LanguagePack,
  views: readonly SentenceView[] = buildSentenceViews(sentences, entities, pack),
): ArticleRelation[] {
  const { grammar, triggers: lexicon } = pack;
  const certainty = views.map((v) => sentenceCertainty(v));
  const titles = titleRelations(roles, entities, (i) => certainty[i]!);
  const relations: ArticleRelation[] = [...titles];
  const countryOf = new Map<number, number>();
  for (const t of titles) {
    const object = entities.find((e) => e.id === t.object);
    if (object?.type === 'Country' && !countryOf.has(t.subject)) countryOf.set(t.subject, t.object);
  }
  let openQuote: OpenQuote | undefined;
  for (const view of views) {
    const topic = topicBefore(views, view.sentence.index);
    for (const v of findVerbRelations(view, topic)) {
      // "A, B y C trabajaron en X y Y": the relation holds for every member of both lists.
      for (const subject of coordinationGroup(view, v.subject)) {
        for (const object of coordinationGroup(view, v.object)) {
          if (subject.entity !== object.entity && (subject !== v.subject || object !== v.object)) {
            relations.push({
              ...fromVerb({ ...v, subject, object }, view, certainty[view.sentence.index]!),
              confidence: v.confidence * 0.9,
            });
          }
        }
      }
      relations.push(fromVerb(v, view, certainty[view.sentence.index]!));
      relations.push(
        ...inferredFromPlace(
          v,
          view,
          certainty[view.sentence.index]!,
          countryOf,
          entities,
          knowledge,
        ),
      );
    }
    const inSentence = (r: ArticleRelation): ArticleRelation => ({
      ...r,
      certainty: certainty[view.sentence.index]!,
    });
    relations.push(
      ...predicativeRoleRelations(view, knowledge, topic).map(inSentence),
      ...nounFrameRelations(view, topic, knowledge).map(inSentence),
    );
    relations.push(...attributionRelations(view, grammar, speakerOf(view, lexicon)));
    const quoted = quoteRelations(view, lexicon, topic, openQuote);
    openQuote = quoted.open;
    relations.push(
      ...nounPhraseRelations(view),
      ...betweenRelations(view),
      ...ownershipRelations(view),
      ...demonymQualifiedRelations(view),
      ...quoted.relations,
    );
  }
  relations.push(...locatedRelations(views, knowledge));
  return dedupe(relations.filter((r) => r.subject !== r.object));
}

function fromVerb(
  v: VerbRelation,
  view: SentenceView,
  certainty: ArticleRelation['certainty'],
): ArticleRelation {
  return {
    subject: v.subject.entity.id,
    object: v.object.entity.id,
    predicate: v.predicate,
    certainty,
    confidence: v.confidence,
    sentenceIndex: view.sentence.index,
    rule: 'verb',
    trigger: tokenSpan(view, v.triggerIndex),
    highlights: [
      { start: v.subject.mention.start, end: v.subject.mention.end },
      { start: v.object.mention.start, end: v.object.mention.end },
    ],
  };
}

/**
 * "A le dijo a B en <lugar> …": speaking to someone somewhere is meeting them there; a person
 * affiliated with another country who is in <lugar> is visiting it.
 */
function inferredFromPlace(
  v: VerbRelation,
  view: SentenceView,
  certainty: ArticleRelation['certainty'],
  countryOf: ReadonlyMap<number, number>,
  entities: readonly ArticleEntity[],
  knowledge: Knowledge,
): ArticleRelation[] {
  if (!v.place) return [];
  const out: ArticleRelation[] = [];
  const highlight = (r: MentionRef) => ({ start: r.mention.start, end: r.mention.end });
  if (v.predicate === 'SAID_TO' && v.object.entity.type === 'Person') {
    out.push({
      subject: v.subject.entity.id,
      object: v.object.entity.id,
      predicate: 'MET_WITH',
      certainty,
      confidence: 0.6,
      sentenceIndex: view.sentence.index,
      rule: 'said-to-at-place',
      trigger: tokenSpan(view, v.triggerIndex),
      highlights: [highlight(v.subject), highlight(v.object), highlight(v.place)],
    });
  }
  const home = countryOf.get(v.subject.entity.id);
  const placeCountry =
    v.place.entity.type === 'Country'
      ? v.place.entity.name
      : knowledge.places(v.place.entity.name)[0]?.country;
  const homeName = entities.find((e) => e.id === home)?.name;
  if (homeName && placeCountry && foldName(homeName) !== foldName(placeCountry)) {
    out.push({
      subject: v.subject.entity.id,
      object: v.place.entity.id,
      predicate: 'VISITED',
      certainty,
      confidence: 0.6,
      sentenceIndex: view.sentence.index,
      rule: 'abroad-at-place',
      trigger: tokenSpan(view, v.triggerIndex),
      highlights: [highlight(v.subject), highlight(v.place)],
    });
  }
  return out;
}

/** Who speaks in a sentence: the subject of a speech verb, postposed ("dijo Pérez") or before it. */
function speakerOf(view: SentenceView, lexicon: TriggerLexicon): MentionRef | undefined {
  for (let i = 0; i < view.lower.length; i++) {
    if (!lexicon.speechSubjectVerbs.test(view.lower[i]!)) continue;
    const after = firstMentionIn(view, i + 1, i + 2, isNamed);
    if (after) return after;
    const before = subjectBefore(view, i);
    if (before) return before;
  }
  return undefined;
}

function dedupe(relations: readonly ArticleRelation[]): ArticleRelation[] {
  const best = new Map<string, ArticleRelation>();
  for (const r of relations) {
    const symmetric = 'symmetric' in PREDICATES[r.predicate] && r.subject > r.object;
    const key = symmetric
      ? `${r.object}|${r.predicate}|${r.subject}|${r.sentenceIndex}`
      : `${r.subject}|${r.predicate}|${r.object}|${r.sentenceIndex}`;
    const prev = best.get(key);
    if (!prev || r.confidence > prev.confidence) best.set(key, r);
  }
  return [...best.values()];
}
