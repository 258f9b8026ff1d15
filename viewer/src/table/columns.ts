/** The node and relation tables' columns, over what the view shows (metrics when computed). */
import type { GraphStats } from '../graph/stats.js';
import { mentionsOf } from '../graph/stats.js';
import type { TramaGraph } from '../graph/types.js';
import type { Metrics } from '../metrics/client.js';
import { nodeLabel } from '../render/reducers.js';
import type { Column } from './data-table.js';

export interface RelationRow {
  key: string;
  source: string;
  target: string;
}

export function nodeColumns(
  graph: TramaGraph,
  stats: GraphStats,
  metrics: Metrics | null,
): Array<Column<string>> {
  const columns: Array<Column<string>> = [
    { key: 'name', label: 'Name', value: (k) => nodeLabel(graph.getNodeAttributes(k)) },
    { key: 'type', label: 'Type', value: (k) => graph.getNodeAttribute(k, 'type') },
    {
      key: 'mentions',
      label: 'Mentions',
      numeric: true,
      value: (k) => mentionsOf(graph.getNodeAttributes(k)),
    },
    { key: 'degree', label: 'Relations', numeric: true, value: (k) => stats.degree.get(k) ?? 0 },
  ];
  if (metrics) {
    columns.push({
      key: 'pagerank',
      label: 'PageRank',
      numeric: true,
      value: (k) => metrics.pagerank.get(k) ?? null,
    });
    if (metrics.betweenness) {
      const b = metrics.betweenness;
      columns.push({
        key: 'betweenness',
        label: 'Betweenness',
        numeric: true,
        value: (k) => b.get(k) ?? null,
      });
    }
    columns.push({
      key: 'community',
      label: 'Community',
      numeric: true,
      value: (k) => metrics.community.get(k) ?? null,
    });
  }
  return columns;
}

export function relationColumns(graph: TramaGraph): Array<Column<RelationRow>> {
  const attr = (r: RelationRow) => graph.getEdgeAttributes(r.key);
  return [
    { key: 'source', label: 'From', value: (r) => nodeLabel(graph.getNodeAttributes(r.source)) },
    { key: 'predicate', label: 'Relation', value: (r) => attr(r).predicate },
    { key: 'target', label: 'To', value: (r) => nodeLabel(graph.getNodeAttributes(r.target)) },
    {
      key: 'certainty',
      label: 'Certainty',
      value: (r) => {
        const a = attr(r);
        return a.kind === 'relation' ? a.certainty : null;
      },
    },
    {
      key: 'evidence',
      label: 'Evidence',
      numeric: true,
      value: (r) => {
        const a = attr(r);
        return a.kind === 'relation' ? a.evidence.length : null;
      },
    },
    {
      key: 'dates',
      label: 'Dates',
      value: (r) => {
        const a = attr(r);
        return a.kind === 'relation' && a.dates.length ? a.dates.join(', ') : null;
      },
    },
  ];
}
