/** Colours and display names: registries keyed by entity type and by edge category. */
import type { NodeType, RelationCategory } from '../schema.js';

export const NODE_TYPE_COLORS: Readonly<Record<NodeType, string>> = {
  Person: '#e15759',
  Organization: '#4e79a7',
  Country: '#59a14f',
  City: '#17becf',
  Region: '#8cd17d',
  Place: '#b6992d',
  Event: '#f28e2b',
  Law: '#b07aa1',
  Other: '#9c755f',
  Article: '#7f7f7f',
  Date: '#d4b000',
  Quantity: '#d37295',
};

export type EdgeCategory = RelationCategory | 'cooccurrence' | 'mentioned_in';

export const EDGE_CATEGORY_COLORS: Readonly<Record<EdgeCategory, string>> = {
  affiliation_role: '#4e79a7',
  located_in: '#59a14f',
  meeting_visit: '#f28e2b',
  communication: '#17becf',
  cooperation: '#8cd17d',
  conflict: '#e15759',
  transfer: '#b07aa1',
  other: '#9c9c9c',
  cooccurrence: '#cfcfcf',
  mentioned_in: '#dadada',
};

export const EDGE_CATEGORY_LABELS: Readonly<Record<EdgeCategory, string>> = {
  affiliation_role: 'affiliation / role',
  located_in: 'located in',
  meeting_visit: 'meeting / visit',
  communication: 'communication',
  cooperation: 'cooperation',
  conflict: 'conflict',
  transfer: 'transfer',
  other: 'other relation',
  cooccurrence: 'co-occurrence',
  mentioned_in: 'mentioned in (article)',
};

export const FADED_NODE_COLOR = '#e4e6ea';
export const FADED_EDGE_COLOR = '#f0f1f3';
const FALLBACK = '#999999';

export function nodeColor(type: string): string {
  return (NODE_TYPE_COLORS as Record<string, string>)[type] ?? FALLBACK;
}

export function edgeColor(category: string): string {
  return (EDGE_CATEGORY_COLORS as Record<string, string>)[category] ?? FALLBACK;
}

export function edgeCategoryLabel(category: string): string {
  return (EDGE_CATEGORY_LABELS as Record<string, string>)[category] ?? category;
}

const alphaCache = new Map<string, string>();

/** `#rrggbb` with an opacity, as `rgba(...)` (sigma blends edges, so dense graphs stay readable). */
export function withAlpha(hex: string, alpha: number): string {
  if (alpha >= 1) return hex;
  const key = `${hex}/${alpha}`;
  let value = alphaCache.get(key);
  if (!value) {
    const n = Number.parseInt(hex.slice(1), 16);
    value = `rgba(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255},${alpha})`;
    alphaCache.set(key, value);
  }
  return value;
}

/** Edge opacity by graph size: opaque on small graphs, faint on hairballs. */
export function edgeAlphaFor(edgeCount: number): number {
  if (edgeCount > 50_000) return 0.25;
  if (edgeCount > 5_000) return 0.45;
  return 1;
}
