/** The view-state keys that are filters, and the state that shows everything again. */
import type { TramaGraph } from '../graph/types.js';
import { DEFAULT_STATE, type ViewState } from '../state/view-state.js';

export const FILTER_KEYS = [
  'hiddenTypes',
  'hiddenCategories',
  'certainties',
  'article',
  'minDegree',
  'showValueNodes',
  'analysis',
] as const satisfies ReadonlyArray<keyof ViewState>;

export type FilterPatch = Pick<ViewState, (typeof FILTER_KEYS)[number]>;

/** Every filter at its default; a graph with no entity at all also shows its articles and dates. */
export function resetFilters(graph: TramaGraph): FilterPatch {
  const patch = Object.fromEntries(FILTER_KEYS.map((k) => [k, DEFAULT_STATE[k]])) as FilterPatch;
  const hasEntity = graph.someNode((_key, a) => a.kind === 'entity');
  return { ...patch, showValueNodes: !hasEntity || patch.showValueNodes };
}
