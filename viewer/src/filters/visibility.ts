/**
 * Which nodes and edges the filters let through: pure functions of the data and the view state.
 * Visible nodes are a set; an edge is visible when both its ends are and it passes the edge filters
 * (checked on demand, so a 250k-edge graph needs no 250k-entry set).
 */
import { edgeCategoryKey, type GraphStats } from '../graph/stats.js';
import type { TramaGraph } from '../graph/types.js';
import type { EdgeAttributes, NodeAttributes } from '../schema.js';
import type { ViewState } from '../state/view-state.js';

export interface Visibility {
  nodes: ReadonlySet<string>;
  /** The edge filters alone (category, certainty, article); sigma hides edges whose ends are hidden. */
  edgePasses(a: EdgeAttributes): boolean;
}

export type FilterState = Pick<
  ViewState,
  'hiddenTypes' | 'hiddenCategories' | 'certainties' | 'article' | 'minDegree' | 'showValueNodes'
>;

function nodeArticles(a: NodeAttributes): readonly string[] {
  return a.kind === 'article' ? [a.articleId] : a.articles;
}

export function isNodeVisible(
  key: string,
  a: NodeAttributes,
  stats: GraphStats,
  state: FilterState,
): boolean {
  if (a.kind !== 'entity' && !state.showValueNodes) return false;
  if (state.hiddenTypes.has(a.type)) return false;
  if (state.article && !nodeArticles(a).includes(state.article)) return false;
  return (stats.degree.get(key) ?? 0) >= state.minDegree;
}

export function isEdgeVisible(a: EdgeAttributes, state: FilterState): boolean {
  if (state.hiddenCategories.has(edgeCategoryKey(a))) return false;
  if (a.kind === 'relation') {
    if (!state.certainties.has(a.certainty)) return false;
    if (state.article && !a.articles.includes(state.article)) return false;
  }
  if (a.kind === 'cooccurrence' && state.article && !a.articles.includes(state.article))
    return false;
  return true;
}

export function computeVisibility(
  graph: TramaGraph,
  stats: GraphStats,
  state: FilterState,
): Visibility {
  const nodes = new Set<string>();
  graph.forEachNode((key, a) => {
    if (isNodeVisible(key, a, stats, state)) nodes.add(key);
  });
  return { nodes, edgePasses: (a) => isEdgeVisible(a, state) };
}

export function edgeVisible(
  visibility: Visibility,
  a: EdgeAttributes,
  source: string,
  target: string,
): boolean {
  return visibility.nodes.has(source) && visibility.nodes.has(target) && visibility.edgePasses(a);
}

/** Calls `each` for every visible edge. */
export function forEachVisibleEdge(
  graph: TramaGraph,
  visibility: Visibility,
  each: (key: string, a: EdgeAttributes, source: string, target: string) => void,
): void {
  graph.forEachEdge((key, a, source, target) => {
    if (edgeVisible(visibility, a, source, target)) each(key, a, source, target);
  });
}
