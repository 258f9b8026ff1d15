/** GEXF for Gephi: flat attributes (lists joined with " | "), colours, sizes and positions as viz. */
import { write } from 'graphology-gexf/browser/index.js';
import { buildGraph } from '../graph/build.js';
import type { GraphStats } from '../graph/stats.js';
import { mentionsOf, edgeCategoryKey } from '../graph/stats.js';
import type { GraphEnvelope } from '../schema.js';
import { nodeLabel } from '../render/reducers.js';
import { edgeColor, nodeColor } from '../render/palette.js';

const JOIN = ' | ';

export function toGexf(
  envelope: GraphEnvelope,
  stats: GraphStats,
  sizes: Map<string, number>,
): string {
  const graph = buildGraph(envelope);
  return write(graph, {
    version: '1.3',
    formatNode(key, a) {
      const attributes: Record<string, string | number> = {
        kind: a.kind,
        type: a.type,
        degree: stats.degree.get(key) ?? 0,
      };
      if (a.kind !== 'article') {
        attributes.mentions = mentionsOf(a);
        attributes.articles = a.articles.join(JOIN);
      }
      if (a.kind === 'entity') attributes.aliases = a.aliases.join(JOIN);
      if (a.kind === 'article') attributes.source = a.source;
      return {
        label: nodeLabel(a),
        attributes,
        viz: { color: nodeColor(a.type), size: sizes.get(key) ?? 3, x: a.x ?? 0, y: a.y ?? 0 },
      };
    },
    formatEdge(_key, a) {
      const attributes: Record<string, string | number> = {
        kind: a.kind,
        predicate: a.predicate,
        category: edgeCategoryKey(a),
      };
      if (a.kind === 'relation') {
        attributes.certainty = a.certainty;
        attributes.confidence = a.confidence;
        attributes.evidence = a.evidence.map((e) => e.text).join(JOIN);
        attributes.articles = a.articles.join(JOIN);
      } else attributes.count = a.count;
      return {
        label: a.predicate,
        weight: a.kind === 'relation' ? a.evidence.length : a.count,
        attributes,
        viz: { color: edgeColor(edgeCategoryKey(a)) },
      };
    },
  });
}
