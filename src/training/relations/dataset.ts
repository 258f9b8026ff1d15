/**
 * Training data for the relation model: each gold article run through the pipeline with the rules only
 * (their output becomes features), its candidates encoded, and each candidate labelled from the gold.
 * Gold entities are aligned to predicted ones the way the scorer aligns them; a candidate is positive
 * for a gold relation when its entity pair is that relation's pair and its sentence overlaps the gold
 * evidence (an exact substring of the article). Candidates of a gold pair + category in other sentences
 * are left out of training (the gold lists one sentence per relation, others may state it too).
 */
import {
  alignEntities,
  articleOf,
  goldRelationKeys,
  type GoldArticle,
  type ScoredEntity,
} from '../../eval/gold/index.js';
import { entityKey } from '../../schema/index.js';
import { packFor } from '../../nlp/index.js';
import { encodeArticle, labelOf, NONE_LABEL, type EncodedArticle } from '../../nlp/training.js';
import { buildSentenceViews } from '../../nlp/training.js';
import { loadKnowledge } from '../../nlp/index.js';
import { extractArticle, type ArticleExtraction } from '../../pipeline/index.js';
import type { Language, RelationCategory } from '../../schema/index.js';

/** Label −1: left out of training. */
export const IGNORE = -1;

export interface PreparedArticle {
  readonly gold: GoldArticle;
  /** The rules-only extraction (entities, sentences, dates… reused when the model's relations replace the rules'). */
  readonly extraction: ArticleExtraction;
  readonly encoded: EncodedArticle;
  /**
   * Per candidate: its labels (several when the gold has several relations for the pair there), or
   * [NONE], or — a gold pair outside its evidence sentence — [IGNORE, …the pair's labels].
   */
  readonly labels: readonly (readonly number[])[];
  /** Gold (pair, category) keys "goldA-goldB-category" reachable by some candidate. */
  readonly reachable: number;
  /** Article entity id → index of the gold entity it is aligned to. */
  readonly goldOf: ReadonlyMap<number, number>;
  /** The scorer's gold relation keys of the article (implicit ends dropped). */
  readonly goldKeys: ReadonlySet<string>;
}

export function prepareArticle(g: GoldArticle, bits: number): PreparedArticle {
  const article = articleOf(g);
  const language = article.language as Language;
  const knowledge = loadKnowledge(language, { relations: false });
  const pack = packFor(language);
  const extraction = extractArticle(article, knowledge);
  const views = buildSentenceViews(extraction.sentences, extraction.entities, pack);
  const encoded = encodeArticle(
    views,
    extraction.relations,
    knowledge,
    pack.grammar,
    pack.triggers,
    bits,
  );
  // Align the article's entities to the gold as the scorer does (via their graph keys).
  const nodes = new Map<string, ScoredEntity>();
  for (const e of extraction.entities) {
    const key = entityKey(e.type, e.name);
    if (nodes.has(key)) continue;
    nodes.set(key, {
      key,
      attributes: {
        name: e.name,
        type: e.type,
        aliases: [...new Set(e.mentions.map((m) => m.text))],
        demonyms: e.demonymMentions.map((m) => m.text.toLowerCase()),
      },
    });
  }
  const { predToGold } = alignEntities(g.gold, [...nodes.values()]);
  const goldOf = new Map<number, number>();
  for (const e of extraction.entities) {
    const idx = predToGold.get(entityKey(e.type, e.name));
    if (idx !== undefined) goldOf.set(e.id, idx);
  }
  const goldIndex = new Map(g.gold.entities.map((e, i) => [e.name, i]));
  interface GoldRel {
    subject: number;
    object: number;
    category: RelationCategory;
    sentences: Set<number>;
  }
  const rels: GoldRel[] = [];
  for (const r of g.gold.relations) {
    const subject = goldIndex.get(r.subject);
    const object = goldIndex.get(r.object);
    if (subject === undefined || object === undefined || subject === object) continue;
    const sentences = new Set<number>();
    if (r.evidence) {
      for (let at = g.text.indexOf(r.evidence); at >= 0; at = g.text.indexOf(r.evidence, at + 1)) {
        const end = at + r.evidence.length;
        for (const s of extraction.sentences)
          if (s.start < end && s.end > at) sentences.add(s.index);
      }
    }
    rels.push({ subject, object, category: r.category, sentences });
  }
  const reachableKeys = new Set<string>();
  const labels = encoded.candidates.map((c) => {
    const a = goldOf.get(c.first.entity.id);
    const b = goldOf.get(c.second.entity.id);
    if (a === undefined || b === undefined || a === b) return [NONE_LABEL];
    const forPair = rels.filter(
      (r) => (r.subject === a && r.object === b) || (r.subject === b && r.object === a),
    );
    if (forPair.length === 0) return [NONE_LABEL];
    const here = forPair.filter((r) => r.sentences.has(c.sentenceIndex));
    for (const r of forPair) reachableKeys.add(`${Math.min(a, b)}-${Math.max(a, b)}-${r.category}`);
    const labelsOf = (list: readonly GoldRel[]): number[] => [
      ...new Set(list.map((r) => labelOf(r.category, r.subject === a ? 'forward' : 'backward'))),
    ];
    // Not the evidence sentence: IGNORE, followed by the labels it would get by its pair alone.
    if (here.length === 0) return [IGNORE, ...labelsOf(forPair)];
    return labelsOf(here);
  });
  return {
    gold: g,
    extraction,
    encoded,
    labels,
    reachable: reachableKeys.size,
    goldOf,
    goldKeys: new Set(goldRelationKeys(g.gold).keys()),
  };
}
