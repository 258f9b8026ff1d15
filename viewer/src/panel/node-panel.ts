/** The side panel for a node: identity, aliases, articles, and every relation with its evidence. */
import { mentionsOf } from '../graph/stats.js';
import { PREDICATES, type Mention, type RelationEdge } from '../schema.js';
import { nodeLabel } from '../render/reducers.js';
import { el } from '../ui/dom.js';
import { renderEvidence } from './evidence.js';
import {
  articleTitle,
  certaintyBadge,
  closeButton,
  facts,
  nodeLink,
  predicateTag,
  typeBadge,
  type PanelContext,
} from './parts.js';

function mentionsOfNode(ctx: PanelContext, key: string): readonly Mention[] {
  const a = ctx.graph.getNodeAttributes(key);
  return a.kind === 'article' ? [] : a.mentions;
}

function relationBlock(
  ctx: PanelContext,
  edge: string,
  a: RelationEdge,
  source: string,
  target: string,
  self: string,
): HTMLElement {
  const outgoing = source === self;
  const other = outgoing ? target : source;
  const head = el(
    'div',
    { className: 'relation-head' },
    outgoing ? '→' : '←',
    predicateTag(a.predicate, a.category),
    nodeLink(ctx, other),
    certaintyBadge(a.certainty, a.confidence),
  );
  const open = el('button', { className: 'link', title: 'Show this relation' }, 'details');
  open.addEventListener('click', () => ctx.selectEdge(edge));
  head.append(open);
  const mentions = [...mentionsOfNode(ctx, source), ...mentionsOfNode(ctx, target)];
  return el(
    'div',
    { className: 'relation', 'data-edge': edge, title: PREDICATES[a.predicate].description },
    head,
    ...a.evidence.map((ev) => renderEvidence(ev, mentions, articleTitle(ctx, ev.articleId))),
  );
}

function surfaceForms(mentions: readonly Mention[]): HTMLElement {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  const sorted = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 20);
  return el(
    'div',
    { className: 'chips' },
    ...sorted.map(([text, n]) => el('span', { className: 'chip' }, `${text} ×${n}`)),
  );
}

export function renderNodePanel(ctx: PanelContext, key: string): HTMLElement[] {
  const a = ctx.graph.getNodeAttributes(key);
  const parts: HTMLElement[] = [
    closeButton(ctx),
    typeBadge(a.type),
    el('h2', { id: 'panel-title' }, nodeLabel(a)),
    el('div', { className: 'key' }, key),
  ];
  const rows: [string, string | number][] = [['degree', ctx.stats.degree.get(key) ?? 0]];
  if (a.kind !== 'article') rows.unshift(['mentions', mentionsOf(a)]);
  if (a.kind === 'entity' && a.typeSource) rows.push(['type from', a.typeSource]);
  if (a.kind === 'date') rows.push(['ISO date', a.iso ?? '(relative)']);
  if (a.kind === 'quantity') rows.push(['value', `${a.value ?? '?'} ${a.unit ?? ''}`.trim()]);
  if (a.kind === 'article')
    rows.push(['source', a.source], ['language', a.language], ['sentences', a.sentenceCount]);
  parts.push(facts(rows));
  if (a.kind === 'entity') {
    if (a.aliases.length)
      parts.push(
        el('h4', {}, 'Aliases'),
        el(
          'div',
          { className: 'chips aliases' },
          ...a.aliases.map((x) => el('span', { className: 'chip' }, x)),
        ),
      );
    if (a.demonyms.length)
      parts.push(
        el('h4', {}, 'Demonyms'),
        el(
          'div',
          { className: 'chips' },
          ...a.demonyms.map((x) => el('span', { className: 'chip' }, x)),
        ),
      );
  }
  if (a.kind !== 'article') {
    if (a.mentions.length) parts.push(el('h4', {}, 'As written'), surfaceForms(a.mentions));
    parts.push(
      el('h4', {}, `Articles (${a.articles.length})`),
      el(
        'ul',
        { className: 'articles' },
        ...a.articles.map((id) => el('li', {}, articleTitle(ctx, id))),
      ),
    );
  }
  const relations: HTMLElement[] = [];
  ctx.graph.forEachEdge(key, (edge, e, source, target) => {
    if (e.kind === 'relation') relations.push(relationBlock(ctx, edge, e, source, target, key));
  });
  parts.push(el('h4', {}, `Relations (${relations.length})`));
  parts.push(
    relations.length
      ? el('div', { className: 'relations' }, ...relations)
      : el('p', { className: 'hint' }, 'No relation extracted for this node.'),
  );
  return parts;
}
