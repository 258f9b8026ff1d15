/**
 * Flat attribute views of nodes and edges for formats that only hold scalars (GEXF, GraphML, CSV):
 * lists are joined, evidence becomes its sentences. Data stays in the trama JSON; these are views.
 */
import type { EdgeAttributes, NodeAttributes } from '../schema/index.js';

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
