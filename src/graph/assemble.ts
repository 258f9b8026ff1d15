/**
 * Article extractions → one graphology graph. The same entity (type + folded name) across articles
 * is one node; one edge per (subject, predicate, object) gathers every piece of evidence for it.
 */
import { MultiDirectedGraph } from 'graphology';
import {
  GRAPH_OPTIONS,
  PREDICATES,
  categoryOf,
  type ArticleNode,
  type DateNode,
  type EdgeAttributes,
  type EntityNode,
  type Evidence,
  type Mention,
  type MentionedInEdge,
  type NodeAttributes,
  type QuantityNode,
  type RelationEdge,
  type Span,
} from '../schema/index.js';
import type { ArticleExtraction } from '../pipeline/types.js';
import type { ArticleEntity, EntityMention } from '../nlp/types.js';
import { foldKey } from '../nlp/mentions/shape.js';
import {
  articleKey,
  dateKey,
  entityKey,
  mentionedInKey,
  quantityKey,
  relationKey,
} from './keys.js';

export type TramaGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export function createGraph(): TramaGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes>({
    allowSelfLoops: GRAPH_OPTIONS.allowSelfLoops,
  });
}

const toMention = (
  articleId: string,
  m: { sentenceIndex: number; start: number; end: number; text: string },
): Mention => ({
  articleId,
  sentenceIndex: m.sentenceIndex,
  start: m.start,
  end: m.end,
  text: m.text,
});

/** Add one article's extraction to the graph (pure with respect to everything but `graph`). */
export function addExtraction(graph: TramaGraph, extraction: ArticleExtraction): void {
  const { article } = extraction;
  const aKey = articleKey(article.id);
  const articleNode: ArticleNode = {
    kind: 'article',
    type: 'Article',
    articleId: article.id,
    name: article.title,
    title: article.title,
    source: article.source,
    language: article.language,
    charCount: article.text.length,
    sentenceCount: extraction.sentences.length,
    ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}),
  };
  graph.mergeNode(aKey, articleNode);

  const keyOf = new Map<number, string>();
  for (const entity of extraction.entities) {
    const key = entityKey(entity.type, entity.name);
    keyOf.set(entity.id, key);
    mergeEntity(graph, key, entity, article.id);
    link(graph, key, aKey, entity.mentions.length + entity.demonymMentions.length);
  }
  for (const date of extraction.dates) {
    const key = dateKey(article.id, date.iso, date.text);
    const prev = graph.hasNode(key) ? (graph.getNodeAttributes(key) as DateNode) : undefined;
    const node: DateNode = {
      kind: 'date',
      type: 'Date',
      name: date.iso ?? date.text,
      iso: date.iso,
      mentions: [...(prev?.mentions ?? []), toMention(article.id, date)],
      articles: union(prev?.articles, [article.id]),
    };
    graph.mergeNode(key, node);
    link(graph, key, aKey, 1);
  }
  for (const q of extraction.quantities) {
    const key = quantityKey(article.id, q.text);
    const prev = graph.hasNode(key) ? (graph.getNodeAttributes(key) as QuantityNode) : undefined;
    const node: QuantityNode = {
      kind: 'quantity',
      type: 'Quantity',
      name: q.text,
      value: q.value,
      unit: q.unit,
      mentions: [...(prev?.mentions ?? []), toMention(article.id, q)],
      articles: union(prev?.articles, [article.id]),
    };
    graph.mergeNode(key, node);
    link(graph, key, aKey, 1);
  }
  for (const r of extraction.relations) {
    const source = keyOf.get(r.subject);
    const target = keyOf.get(r.object);
    if (!source || !target || source === target) continue;
    const sentence = extraction.sentences[r.sentenceIndex]!;
    const inside = (h: Span): boolean => h.start >= sentence.start && h.end <= sentence.end;
    const evidence: Evidence = {
      articleId: article.id,
      sentenceIndex: sentence.index,
      start: sentence.start,
      end: sentence.end,
      text: sentence.text,
      // Only what lies inside the evidence sentence (a dropped subject was named in an earlier one).
      highlights: r.highlights.filter(inside).sort((a, b) => a.start - b.start),
      ...(r.trigger && inside(r.trigger) ? { trigger: r.trigger } : {}),
      rule: r.rule,
    };
    const dates = extraction.dates
      .filter((d) => d.sentenceIndex === r.sentenceIndex && d.iso)
      .map((d) => d.iso!);
    mergeRelation(graph, source, target, r.predicate, r.certainty, r.confidence, evidence, dates);
  }
}

function union(a: readonly string[] | undefined, b: readonly string[]): string[] {
  return [...new Set([...(a ?? []), ...b])].sort();
}

function link(graph: TramaGraph, source: string, aKey: string, count: number): void {
  const key = mentionedInKey(source, aKey);
  if (count <= 0) return;
  if (graph.hasEdge(key)) {
    const prev = graph.getEdgeAttributes(key) as MentionedInEdge;
    graph.replaceEdgeAttributes(key, { ...prev, count: prev.count + count });
  } else {
    graph.addDirectedEdgeWithKey(key, source, aKey, {
      kind: 'mentioned_in',
      predicate: 'MENTIONED_IN',
      count,
    });
  }
}

function mergeEntity(
  graph: TramaGraph,
  key: string,
  entity: ArticleEntity,
  articleId: string,
): void {
  const prev = graph.hasNode(key) ? (graph.getNodeAttributes(key) as EntityNode) : undefined;
  const named: EntityMention[] = entity.mentions;
  const forms = [...(prev ? [prev.name, ...prev.aliases] : []), ...named.map((m) => m.text)];
  const name =
    prev && foldKey(prev.name).length >= foldKey(entity.name).length ? prev.name : entity.name;
  const aliases = distinctForms(forms).filter((f) => foldKey(f) !== foldKey(name));
  const demonyms = distinctForms([
    ...(prev?.demonyms ?? []),
    ...entity.demonymMentions.map((m) => m.text.toLowerCase()),
  ]);
  const mentions = [
    ...(prev?.mentions ?? []),
    ...[...named, ...entity.demonymMentions]
      .sort((a, b) => a.start - b.start)
      .map((m) => toMention(articleId, m)),
  ];
  const node: EntityNode = {
    kind: 'entity',
    type: entity.type,
    name,
    aliases,
    demonyms,
    mentions,
    mentionCount: (prev?.mentionCount ?? 0) + (named.length || entity.demonymMentions.length),
    articles: union(prev?.articles, [articleId]),
    typeSource: prev?.typeSource ?? entity.typeSource,
  };
  graph.mergeNode(key, node);
}

function distinctForms(forms: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const f of forms) if (!seen.has(foldKey(f))) seen.set(foldKey(f), f);
  return [...seen.values()];
}

function mergeRelation(
  graph: TramaGraph,
  source: string,
  target: string,
  predicate: RelationEdge['predicate'],
  certainty: RelationEdge['certainty'],
  confidence: number,
  evidence: Evidence,
  dates: readonly string[],
): void {
  let key = relationKey(source, predicate, target);
  const reverse = relationKey(target, predicate, source);
  if (!graph.hasEdge(key) && 'symmetric' in PREDICATES[predicate] && graph.hasEdge(reverse))
    key = reverse;
  if (!graph.hasEdge(key)) {
    graph.addDirectedEdgeWithKey(key, source, target, {
      kind: 'relation',
      predicate,
      category: categoryOf(predicate),
      certainty,
      confidence: round(confidence),
      evidence: [evidence],
      articles: [evidence.articleId],
      dates: [...new Set(dates)].sort(),
    });
    return;
  }
  const prev = graph.getEdgeAttributes(key) as RelationEdge;
  const same = prev.evidence.some(
    (e) => e.articleId === evidence.articleId && e.sentenceIndex === evidence.sentenceIndex,
  );
  const next: RelationEdge = {
    ...prev,
    certainty: prev.certainty === 'stated' || certainty === 'stated' ? 'stated' : 'reported',
    confidence: same
      ? Math.max(prev.confidence, round(confidence))
      : round(1 - (1 - prev.confidence) * (1 - confidence)),
    evidence: same ? prev.evidence : [...prev.evidence, evidence],
    articles: union(prev.articles, [evidence.articleId]),
    dates: union(prev.dates, dates),
  };
  graph.replaceEdgeAttributes(key, next);
}

const round = (x: number): number => Math.min(0.99, Math.round(x * 100) / 100);
