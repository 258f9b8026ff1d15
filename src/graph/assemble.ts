/**
 * Article extractions → one graphology graph. The same entity (type + folded name) across articles
 * is one node; one edge per (subject, predicate, object) gathers every piece of evidence for it.
 *
 * Linear in the size of the addition: mentions, evidence, articles and dates are appended in place
 * (membership through the side indexes of `assembly-state`), never copied; the lists kept in sorted
 * order in the file (`articles`, `dates`) are sorted once, when the graph is written (`sortForWrite`).
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
  articleKey,
  dateKey,
  entityKey,
  mentionedInKey,
  quantityKey,
  relationKey,
  type ExtractedDate,
  type ExtractedEntity,
  type ExtractedQuantity,
  type Extraction,
  type TextSpan,
} from '../schema/index.js';
import { entityForms, foldOf, relationDates, type AssemblyWork } from './assembly-state.js';

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

/**
 * One step of assembly: what `addExtraction` does to the graph, as data. An article's extraction is a
 * list of them (`assemblyOps`), applied in order (`applyAssemblyOp`); every step touches one node or
 * one edge, named by `key` (or by its ends), so steps may be grouped by what they touch and replayed
 * apart in their order (`SpillAssembler`) with the same result.
 */
export type AssemblyOp =
  | { readonly op: 'article'; readonly key: string; readonly node: ArticleNode }
  | {
      readonly op: 'entity';
      readonly key: string;
      readonly articleId: string;
      readonly entity: ExtractedEntity;
    }
  | {
      readonly op: 'date';
      readonly key: string;
      readonly articleId: string;
      readonly date: ExtractedDate;
    }
  | {
      readonly op: 'quantity';
      readonly key: string;
      readonly articleId: string;
      readonly quantity: ExtractedQuantity;
    }
  | {
      readonly op: 'link';
      readonly source: string;
      readonly target: string;
      readonly count: number;
    }
  | {
      readonly op: 'relation';
      readonly source: string;
      readonly target: string;
      readonly predicate: RelationEdge['predicate'];
      readonly certainty: RelationEdge['certainty'];
      readonly confidence: number;
      readonly evidence: Evidence;
      readonly dates: readonly string[];
    };

/** Add one article's extraction to the graph (pure with respect to everything but `graph`). */
export function addExtraction(
  graph: TramaGraph,
  extraction: Extraction,
  work?: AssemblyWork,
): void {
  for (const op of assemblyOps(extraction, work)) applyAssemblyOp(graph, op, work);
}

/** The steps that add one article's extraction to a graph, in the order they are applied. */
export function assemblyOps(extraction: Extraction, work?: AssemblyWork): AssemblyOp[] {
  const { article } = extraction;
  const ops: AssemblyOp[] = [];
  const aKey = articleKey(article.id);
  ops.push({
    op: 'article',
    key: aKey,
    node: {
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
    },
  });
  const link = (source: string, count: number): void => {
    if (count > 0) ops.push({ op: 'link', source, target: aKey, count });
  };
  const keyOf = new Map<number, string>();
  for (const entity of extraction.entities) {
    const key = entityKey(entity.type, entity.name);
    keyOf.set(entity.id, key);
    ops.push({ op: 'entity', key, articleId: article.id, entity });
    link(key, entity.mentions.length + entity.demonymMentions.length);
  }
  for (const date of extraction.dates) {
    const key = dateKey(article.id, date.iso, date.text);
    ops.push({ op: 'date', key, articleId: article.id, date });
    link(key, 1);
  }
  for (const quantity of extraction.quantities) {
    const key = quantityKey(article.id, quantity.text);
    ops.push({ op: 'quantity', key, articleId: article.id, quantity });
    link(key, 1);
  }
  for (const r of extraction.relations) {
    const source = keyOf.get(r.subject);
    const target = keyOf.get(r.object);
    if (!source || !target || source === target) continue;
    const sentence = extraction.sentences[r.sentenceIndex]!;
    const inside = (h: Span): boolean => h.start >= sentence.start && h.end <= sentence.end;
    const highlights = r.highlights.filter(inside);
    count(work, 'sorted', highlights.length);
    const evidence: Evidence = {
      articleId: article.id,
      sentenceIndex: sentence.index,
      start: sentence.start,
      end: sentence.end,
      text: sentence.text,
      // Only what lies inside the evidence sentence (a dropped subject was named in an earlier one).
      highlights: highlights.sort((a, b) => a.start - b.start),
      ...(r.trigger && inside(r.trigger) ? { trigger: r.trigger } : {}),
      rule: r.rule,
    };
    const dates = extraction.dates
      .filter((d) => d.sentenceIndex === r.sentenceIndex && d.iso)
      .map((d) => d.iso!);
    ops.push({
      op: 'relation',
      source,
      target,
      predicate: r.predicate,
      certainty: r.certainty,
      confidence: r.confidence,
      evidence,
      dates,
    });
  }
  return ops;
}

/** Apply one step of `assemblyOps` to the graph (the ends of an edge must be in it). */
export function applyAssemblyOp(graph: TramaGraph, op: AssemblyOp, work?: AssemblyWork): void {
  switch (op.op) {
    case 'article':
      graph.mergeNode(op.key, op.node);
      return;
    case 'entity':
      mergeEntity(graph, op.key, op.entity, op.articleId, work);
      return;
    case 'date': {
      const { key, articleId, date } = op;
      const prev = graph.hasNode(key) ? (graph.getNodeAttributes(key) as DateNode) : undefined;
      if (prev) {
        // As a merge would: the latest surface names the node.
        prev.name = date.iso ?? date.text;
        appendMention(prev, articleId, toMention(articleId, date));
      } else
        graph.addNode(key, {
          kind: 'date',
          type: 'Date',
          name: date.iso ?? date.text,
          iso: date.iso,
          mentions: [toMention(articleId, date)],
          articles: [articleId],
        } satisfies DateNode);
      return;
    }
    case 'quantity': {
      const { key, articleId, quantity: q } = op;
      const prev = graph.hasNode(key) ? (graph.getNodeAttributes(key) as QuantityNode) : undefined;
      if (prev) {
        Object.assign(prev, { name: q.text, value: q.value, unit: q.unit });
        appendMention(prev, articleId, toMention(articleId, q));
      } else
        graph.addNode(key, {
          kind: 'quantity',
          type: 'Quantity',
          name: q.text,
          value: q.value,
          unit: q.unit,
          mentions: [toMention(articleId, q)],
          articles: [articleId],
        } satisfies QuantityNode);
      return;
    }
    case 'link':
      link(graph, op.source, op.target, op.count);
      return;
    case 'relation':
      mergeRelation(
        graph,
        op.source,
        op.target,
        op.predicate,
        op.certainty,
        op.confidence,
        op.evidence,
        op.dates,
      );
      return;
  }
}

function count(work: AssemblyWork | undefined, what: keyof AssemblyWork, n: number): void {
  if (work) work[what] += n;
}

/** Articles are added one at a time, so an article already listed is the last one. */
function addArticle(articles: string[], articleId: string): void {
  if (articles[articles.length - 1] !== articleId) articles.push(articleId);
}

function appendMention(
  node: { mentions: Mention[]; articles: string[] },
  articleId: string,
  mention: Mention,
): void {
  node.mentions.push(mention);
  addArticle(node.articles, articleId);
}

function link(graph: TramaGraph, source: string, aKey: string, count: number): void {
  const key = mentionedInKey(source, aKey);
  if (count <= 0) return;
  if (graph.hasEdge(key)) (graph.getEdgeAttributes(key) as MentionedInEdge).count += count;
  else
    graph.addDirectedEdgeWithKey(key, source, aKey, {
      kind: 'mentioned_in',
      predicate: 'MENTIONED_IN',
      count,
    });
}

function mergeEntity(
  graph: TramaGraph,
  key: string,
  entity: ExtractedEntity,
  articleId: string,
  work: AssemblyWork | undefined,
): void {
  const named: readonly TextSpan[] = entity.mentions;
  const added = [...named, ...entity.demonymMentions];
  count(work, 'copied', added.length);
  count(work, 'sorted', added.length);
  const mentions = added.sort((a, b) => a.start - b.start).map((m) => toMention(articleId, m));
  const demonymTexts = entity.demonymMentions.map((m) => m.text.toLowerCase());
  const prev = graph.hasNode(key) ? (graph.getNodeAttributes(key) as EntityNode) : undefined;
  if (!prev) {
    const node: EntityNode = {
      kind: 'entity',
      type: entity.type,
      name: entity.name,
      aliases: [],
      demonyms: [],
      mentions,
      mentionCount: named.length || entity.demonymMentions.length,
      articles: [articleId],
      typeSource: entity.typeSource,
    };
    const state = entityForms(graph, key, node);
    for (const m of named) addForm(graph, node, state.forms, m.text);
    for (const d of demonymTexts) addDemonym(graph, node, state.demonyms, d);
    graph.addNode(key, node);
    return;
  }
  const state = entityForms(graph, key, prev);
  // The fullest name wins; the previous one becomes the first alias.
  if (foldOf(graph, prev.name).length < foldOf(graph, entity.name).length) {
    const newFold = foldOf(graph, entity.name);
    const reordered = new Map([[newFold, entity.name]]);
    for (const [folded, form] of state.forms) if (folded !== newFold) reordered.set(folded, form);
    count(work, 'copied', state.forms.size);
    state.forms.clear();
    for (const [folded, form] of reordered) state.forms.set(folded, form);
    prev.name = entity.name;
    prev.aliases = [...state.forms.values()].slice(1);
  }
  for (const m of named) addForm(graph, prev, state.forms, m.text);
  for (const d of demonymTexts) addDemonym(graph, prev, state.demonyms, d);
  for (const m of mentions) prev.mentions.push(m);
  prev.mentionCount += named.length || entity.demonymMentions.length;
  addArticle(prev.articles, articleId);
  prev.typeSource ??= entity.typeSource;
}

/** A new surface form becomes an alias unless its folded form is already known. */
function addForm(
  graph: TramaGraph,
  node: EntityNode,
  forms: Map<string, string>,
  text: string,
): void {
  const folded = foldOf(graph, text);
  if (forms.has(folded)) return;
  forms.set(folded, text);
  node.aliases.push(text);
}

function addDemonym(graph: TramaGraph, node: EntityNode, seen: Set<string>, text: string): void {
  const folded = foldOf(graph, text);
  if (seen.has(folded)) return;
  seen.add(folded);
  node.demonyms.push(text);
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
    const edge: RelationEdge = {
      kind: 'relation',
      predicate,
      category: categoryOf(predicate),
      certainty,
      confidence: round(confidence),
      evidence: [evidence],
      articles: [evidence.articleId],
      dates: [...new Set(dates)],
    };
    graph.addDirectedEdgeWithKey(key, source, target, edge);
    return;
  }
  const prev = graph.getEdgeAttributes(key) as RelationEdge;
  const same = hasSentence(prev.evidence, evidence);
  prev.certainty = prev.certainty === 'stated' || certainty === 'stated' ? 'stated' : 'reported';
  prev.confidence = same
    ? Math.max(prev.confidence, round(confidence))
    : round(1 - (1 - prev.confidence) * (1 - confidence));
  if (!same) prev.evidence.push(evidence);
  addArticle(prev.articles, evidence.articleId);
  if (dates.length === 0) return;
  const seen = relationDates(graph, key, prev);
  for (const d of dates)
    if (!seen.has(d)) {
      seen.add(d);
      prev.dates.push(d);
    }
}

/** Evidence of the current article is at the end of the list: look back only that far. */
function hasSentence(list: readonly Evidence[], evidence: Evidence): boolean {
  for (let i = list.length - 1; i >= 0 && list[i]!.articleId === evidence.articleId; i--)
    if (list[i]!.sentenceIndex === evidence.sentenceIndex) return true;
  return false;
}

/**
 * Put the lists the file keeps sorted (`articles`, relation `dates`) in order, in place: once, when
 * the graph is written. Idempotent; sorting an already sorted list is linear.
 */
export function sortForWrite(attributes: NodeAttributes | EdgeAttributes): void {
  if ('articles' in attributes) sortUnique(attributes.articles);
  if (attributes.kind === 'relation') sortUnique(attributes.dates);
}

function sortUnique(list: string[]): void {
  list.sort();
  let out = 0;
  for (let i = 0; i < list.length; i++)
    if (i === 0 || list[i] !== list[out - 1]) list[out++] = list[i]!;
  list.length = out;
}

const round = (x: number): number => Math.min(0.99, Math.round(x * 100) / 100);
