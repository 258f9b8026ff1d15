/** The side panel for an edge: predicate, certainty, endpoints, and its evidence. */
import { PREDICATES } from '../schema.js';
import { el } from '../ui/dom.js';
import { renderEvidence } from './evidence.js';
import {
  articleTitle,
  categoryBadge,
  certaintyBadge,
  closeButton,
  facts,
  nodeLink,
  predicateTag,
  type PanelContext,
} from './parts.js';

export function renderEdgePanel(ctx: PanelContext, key: string): HTMLElement[] {
  const a = ctx.graph.getEdgeAttributes(key);
  const [source, target] = ctx.graph.extremities(key);
  const parts: HTMLElement[] = [closeButton(ctx)];
  const ends = el(
    'div',
    { className: 'relation-head' },
    nodeLink(ctx, source),
    '→',
    nodeLink(ctx, target),
  );
  if (a.kind === 'relation') {
    parts.push(
      categoryBadge(a.category),
      el('h2', { id: 'panel-title' }, predicateTag(a.predicate, a.category)),
      el('p', { className: 'hint' }, PREDICATES[a.predicate].description),
      ends,
      el('div', { className: 'relation-head' }, certaintyBadge(a.certainty, a.confidence)),
      facts([
        ['evidence', a.evidence.length],
        ['articles', a.articles.length],
        ...(a.dates.length ? [['dates', a.dates.join(', ')] as const] : []),
      ]),
      el('h4', {}, 'Evidence'),
    );
    const s = ctx.graph.getNodeAttributes(source);
    const t = ctx.graph.getNodeAttributes(target);
    const mentions = [
      ...(s.kind === 'article' ? [] : s.mentions),
      ...(t.kind === 'article' ? [] : t.mentions),
    ];
    parts.push(
      ...a.evidence.map((ev) => renderEvidence(ev, mentions, articleTitle(ctx, ev.articleId))),
    );
  } else {
    parts.push(
      categoryBadge(a.kind),
      el('h2', { id: 'panel-title' }, a.predicate),
      ends,
      facts([['count', a.count]]),
    );
  }
  return parts;
}
