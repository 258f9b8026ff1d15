/**
 * Showing a node the filters hide (search picked it): the smallest change of the filter state that
 * lets it through, and what was hiding it, in words for the status line. Pure.
 */
import type { GraphStats } from '../graph/stats.js';
import type { NodeAttributes } from '../schema.js';
import { isNodeVisible, type FilterState } from './visibility.js';

export interface Reveal {
  patch: Partial<FilterState>;
  /** What hid the node, e.g. "the type Person was hidden". */
  reasons: string[];
}

/** Null when the node is visible already, or when no filter change would show it. */
export function revealNode(
  key: string,
  a: NodeAttributes,
  stats: GraphStats,
  state: FilterState,
): Reveal | null {
  if (isNodeVisible(key, a, stats, state)) return null;
  const patch: Partial<FilterState> = {};
  const reasons: string[] = [];
  if (a.kind !== 'entity' && !state.showValueNodes) {
    patch.showValueNodes = true;
    reasons.push('articles, dates and quantities were hidden');
  }
  if (state.hiddenTypes.has(a.type)) {
    patch.hiddenTypes = new Set([...state.hiddenTypes].filter((t) => t !== a.type));
    reasons.push(`the type ${a.type} was hidden`);
  }
  const articles = a.kind === 'article' ? [a.articleId] : a.articles;
  if (state.article && !articles.includes(state.article)) {
    patch.article = null;
    reasons.push('it is not in the chosen article');
  }
  const degree = stats.degree.get(key) ?? 0;
  if (degree < state.minDegree) {
    patch.minDegree = degree;
    reasons.push(`its degree ${degree} is under the minimum ${state.minDegree}`);
  }
  if (!isNodeVisible(key, a, stats, { ...state, ...patch })) return null;
  return { patch, reasons };
}
