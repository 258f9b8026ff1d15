/**
 * Colours, marks and display names: registries keyed by entity type and by edge category.
 * Colours are Okabe–Ito's colour-blind-safe set (plus greys): the nine entity types stay apart under
 * simulated deuteranopia and protanopia (Machado 2009; the closest pair is blue / reddish purple).
 * Colour is never the only cue: each type also has a ring style on the node and a letter on its label.
 */
import type { NodeType, RelationCategory } from '../schema.js';

export const NODE_TYPE_COLORS: Readonly<Record<NodeType, string>> = {
  Person: '#D55E00',
  Organization: '#0072B2',
  Country: '#009E73',
  City: '#56B4E9',
  Region: '#F0E442',
  Place: '#CC79A7',
  Event: '#E69F00',
  Law: '#000000',
  Other: '#BBBBBB',
  Article: '#5F5F5F',
  Date: '#A08A00',
  Quantity: '#8E5C8A',
};

/**
 * How a node of each type is drawn besides its colour: `solid` disc, `outline` (dark ring),
 * `target` (white ring inside), `hollow` (wide white ring around a small centre).
 */
export type NodeRing = 'solid' | 'outline' | 'target' | 'hollow';

export const NODE_TYPE_MARKS: Readonly<Record<NodeType, { letter: string; ring: NodeRing }>> = {
  Person: { letter: 'P', ring: 'solid' },
  Organization: { letter: 'O', ring: 'outline' },
  Country: { letter: 'C', ring: 'target' },
  City: { letter: 'Ci', ring: 'hollow' },
  Region: { letter: 'R', ring: 'outline' },
  Place: { letter: 'Pl', ring: 'target' },
  Event: { letter: 'E', ring: 'hollow' },
  Law: { letter: 'L', ring: 'target' },
  Other: { letter: '?', ring: 'outline' },
  Article: { letter: 'A', ring: 'hollow' },
  Date: { letter: 'D', ring: 'outline' },
  Quantity: { letter: 'Q', ring: 'target' },
};

export function nodeMark(type: string): { letter: string; ring: NodeRing } {
  return (
    (NODE_TYPE_MARKS as Record<string, { letter: string; ring: NodeRing }>)[type] ?? {
      letter: '?',
      ring: 'solid',
    }
  );
}

export type EdgeCategory = RelationCategory | 'cooccurrence' | 'mentioned_in';

export const EDGE_CATEGORY_COLORS: Readonly<Record<EdgeCategory, string>> = {
  affiliation_role: '#0072B2',
  located_in: '#009E73',
  meeting_visit: '#E69F00',
  communication: '#56B4E9',
  cooperation: '#CC79A7',
  conflict: '#D55E00',
  transfer: '#332288',
  other: '#8C8C8C',
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
