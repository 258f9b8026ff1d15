/** Small pieces shared by the node and edge panels. */
import type { GraphStats } from '../graph/stats.js';
import type { TramaGraph } from '../graph/types.js';
import { nodeLabel } from '../render/reducers.js';
import { edgeCategoryLabel, edgeColor, nodeColor } from '../render/palette.js';
import { el } from '../ui/dom.js';

export interface PanelContext {
  graph: TramaGraph;
  stats: GraphStats;
  selectNode(key: string): void;
  selectEdge(key: string): void;
  close(): void;
}

export function typeBadge(type: string): HTMLElement {
  return el(
    'span',
    { className: 'badge' },
    el('span', { className: 'dot', style: `background:${nodeColor(type)}` }),
    type,
  );
}

export function categoryBadge(category: string): HTMLElement {
  return el(
    'span',
    { className: 'badge' },
    el('span', { className: 'dot', style: `background:${edgeColor(category)}` }),
    edgeCategoryLabel(category),
  );
}

export function predicateTag(predicate: string, category: string): HTMLElement {
  return el(
    'span',
    { className: 'predicate', style: `background:${edgeColor(category)}` },
    predicate,
  );
}

export function certaintyBadge(certainty: string, confidence?: number): HTMLElement {
  return el(
    'span',
    { className: `badge ${certainty}`, title: 'certainty' },
    confidence === undefined ? certainty : `${certainty} · ${confidence.toFixed(2)}`,
  );
}

export function nodeLink(ctx: PanelContext, key: string): HTMLElement {
  const a = ctx.graph.getNodeAttributes(key);
  const link = el('button', { className: 'link node-link', 'data-key': key }, nodeLabel(a));
  link.addEventListener('click', () => ctx.selectNode(key));
  return link;
}

export function articleTitle(ctx: PanelContext, id: string): string {
  return ctx.stats.articleTitles.get(id) ?? id;
}

export function closeButton(ctx: PanelContext): HTMLElement {
  const button = el(
    'button',
    { className: 'close', title: 'Close (Esc)', 'aria-label': 'Close' },
    '×',
  );
  button.addEventListener('click', () => ctx.close());
  return button;
}

export function facts(rows: ReadonlyArray<readonly [string, string | number]>): HTMLElement {
  const list = el('dl', { className: 'facts' });
  for (const [term, value] of rows) list.append(el('dt', {}, term), el('dd', {}, String(value)));
  return list;
}
