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
import { addExtraction, createGraph, toEnvelope } from '../../graph/index.js';

/** Label −1: left out of training. */
export const IGNORE = -1;

/** A gold relation in gold entity indices, with the sentences its evidence overlaps. */
export interface GoldRel {
  readonly subject: number;
  readonly object: number;
  readonly category: RelationCategory;
  readonly sentences: ReadonlySet<number>;
}

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
  /** The gold relations between listed entities, with their evidence sentences. */
  readonly goldRelations: readonly GoldRel[];
  /** Article entity ids that the gold lists only as implicit (their relations are not scored). */
  readonly implicit: ReadonlySet<number>;
  /** Article entity id → its graph node key (entities of one type and name share a node). */
  readonly nodeOf: ReadonlyMap<number, string>;
}

/**
 * The article's entities aligned to the gold as the scorer aligns them (via their graph keys): entity
 * id → gold entity index, and the ids the gold lists only as implicit (never scored).
 */
export function alignToGold(
  g: GoldArticle,
  extraction: ArticleExtraction,
): { goldOf: Map<number, number>; implicit: Set<number>; nodeOf: Map<number, string> } {
  // The entity nodes exactly as the scorer sees them: the extraction assembled into a graph.
  const graph = createGraph();
  addExtraction(graph, extraction);
  const scored = toEnvelope(graph, 'align').graph.nodes.filter(
    (n) => n.attributes.kind === 'entity',
  ) as ScoredEntity[];
  const nodeOf = new Map(extraction.entities.map((e) => [e.id, entityKey(e.type, e.name)]));
  const { predToGold, implicit: implicitKeys } = alignEntities(g.gold, scored);
  const goldOf = new Map<number, number>();
  const implicit = new Set<number>();
  for (const [id, key] of nodeOf) {
    const idx = predToGold.get(key);
    if (idx !== undefined) goldOf.set(id, idx);
    if (implicitKeys.has(key)) implicit.add(id);
  }
  return { goldOf, implicit, nodeOf };
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
  const { goldOf, implicit, nodeOf } = alignToGold(g, extraction);
  const goldIndex = new Map(g.gold.entities.map((e, i) => [e.name, i]));
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
    goldRelations: rels,
    implicit,
    nodeOf,
  };
}
