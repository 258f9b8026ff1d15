/**
 * Flat attribute views of nodes and edges for formats that only hold scalars (GEXF, GraphML): the
 * columns, their names and order, lists joined with " | ", evidence as its sentences. Data stays in
 * the trama JSON; these are views. The CLI's exports and the viewer's GEXF download both write these
 * columns (the viewer adds only drawing: colours, sizes, positions), so a file opened in Gephi has
 * the same attributes whichever wrote it.
 */
import type { EdgeAttributes, NodeAttributes } from './graph-file.js';

export type FlatValue = string | number | boolean;
export type FlatAttributes = Record<string, FlatValue>;

export const LIST_SEPARATOR = ' | ';

export function flattenNode(a: NodeAttributes): FlatAttributes {
  const base: FlatAttributes = { label: a.name, kind: a.kind, type: a.type };
  switch (a.kind) {
    case 'entity':
      return {
        ...base,
        aliases: a.aliases.join(LIST_SEPARATOR),
        demonyms: a.demonyms.join(LIST_SEPARATOR),
        mentionCount: a.mentionCount,
        articles: a.articles.join(LIST_SEPARATOR),
      };
    case 'article':
      return {
        ...base,
        articleId: a.articleId,
        title: a.title,
        source: a.source,
        language: a.language,
      };
    case 'date':
      return { ...base, iso: a.iso ?? '', articles: a.articles.join(LIST_SEPARATOR) };
    case 'quantity':
      return {
        ...base,
        value: a.value ?? '',
        unit: a.unit ?? '',
        articles: a.articles.join(LIST_SEPARATOR),
      };
  }
}

export function flattenEdge(a: EdgeAttributes): FlatAttributes {
  switch (a.kind) {
    case 'relation':
      return {
        kind: a.kind,
        label: a.predicate,
        predicate: a.predicate,
        category: a.category,
        certainty: a.certainty,
        confidence: a.confidence,
        articles: a.articles.join(LIST_SEPARATOR),
        evidence: a.evidence.map((e) => e.text).join(LIST_SEPARATOR),
        dates: a.dates.join(LIST_SEPARATOR),
      };
    case 'mentioned_in':
      return { kind: a.kind, label: a.predicate, predicate: a.predicate, count: a.count };
    case 'cooccurrence':
      return {
        kind: a.kind,
        label: a.predicate,
        predicate: a.predicate,
        category: a.category,
        count: a.count,
        articles: a.articles.join(LIST_SEPARATOR),
      };
  }
}

/** What a GEXF writer needs for one element: its label, edge weight and attribute values. */
export interface GexfElement {
  readonly label: string;
  readonly attributes: FlatAttributes;
}
export interface GexfEdgeElement extends GexfElement {
  /** How many sentences state a relation; how many times the others occur. */
  readonly weight: number;
}

/** The columns of a flat view but the label, which GEXF holds as the element's own label. */
function withoutLabel(flat: FlatAttributes): FlatAttributes {
  const { label: _label, ...attributes } = flat;
  return attributes;
}

export function gexfNode(a: NodeAttributes): GexfElement {
  return { label: a.name, attributes: withoutLabel(flattenNode(a)) };
}

export function gexfEdge(a: EdgeAttributes): GexfEdgeElement {
  return {
    label: a.predicate,
    weight: a.kind === 'relation' ? a.evidence.length : a.count,
    attributes: withoutLabel(flattenEdge(a)),
  };
}
