/** Facts derived once from the data: degrees, counts per type and category, the articles. */
import type { NodeType } from '../schema.js';
import type { TramaGraph } from './types.js';

export type EdgeCategoryKey = string;

export interface ArticleInfo {
  id: string;
  title: string;
}

export interface GraphStats {
  /** Relation degree for entities (relations in and out); total degree for articles, dates, quantities. */
  degree: Map<string, number>;
  maxDegree: number;
  maxMentions: number;
  typeCounts: Map<NodeType, number>;
  /** Relation categories plus "cooccurrence" and "mentioned_in". */
  categoryCounts: Map<EdgeCategoryKey, number>;
  articles: ArticleInfo[];
  articleTitles: Map<string, string>;
}

/** The legend key of an edge: its relation category, or its kind for the other edges. */
export function edgeCategoryKey(attributes: { kind: string; category?: string }): EdgeCategoryKey {
  return attributes.kind === 'relation' ? (attributes.category as string) : attributes.kind;
}

export function mentionsOf(attributes: {
  kind: string;
  mentionCount?: number;
  mentions?: unknown[];
}): number {
  if (typeof attributes.mentionCount === 'number') return attributes.mentionCount;
  return Array.isArray(attributes.mentions) ? attributes.mentions.length : 0;
}

export function computeStats(graph: TramaGraph): GraphStats {
  const degree = new Map<string, number>();
  const typeCounts = new Map<NodeType, number>();
  const categoryCounts = new Map<EdgeCategoryKey, number>();
  const articleIds = new Set<string>();
  const articleTitles = new Map<string, string>();
  let maxMentions = 0;
  graph.forEachNode((key, a) => {
    typeCounts.set(a.type, (typeCounts.get(a.type) ?? 0) + 1);
    degree.set(key, a.kind === 'entity' ? 0 : graph.degree(key));
    maxMentions = Math.max(maxMentions, mentionsOf(a));
    if (a.kind === 'article') {
      articleIds.add(a.articleId);
      articleTitles.set(a.articleId, a.title || a.name);
    } else {
      for (const id of a.articles) articleIds.add(id);
    }
  });
  graph.forEachEdge((_key, a, source, target) => {
    const category = edgeCategoryKey(a);
    categoryCounts.set(category, (categoryCounts.get(category) ?? 0) + 1);
    if (a.kind === 'relation') {
      degree.set(source, (degree.get(source) ?? 0) + 1);
      degree.set(target, (degree.get(target) ?? 0) + 1);
    }
  });
  let maxDegree = 0;
  for (const value of degree.values()) if (value > maxDegree) maxDegree = value;
  const articles = [...articleIds]
    .map((id) => ({ id, title: articleTitles.get(id) ?? id }))
    .sort((a, b) => a.title.localeCompare(b.title));
  return { degree, maxDegree, maxMentions, typeCounts, categoryCounts, articles, articleTitles };
}
