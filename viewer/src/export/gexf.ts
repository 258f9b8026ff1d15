/**
 * GEXF for Gephi: the schema's GEXF columns (the same as `trama export --format gexf`), plus what the
 * viewer shows: colours, sizes and positions as viz.
 */
import { write } from 'graphology-gexf/browser/index.js';
import { buildGraph } from '../graph/build.js';
import { edgeCategoryKey } from '../graph/stats.js';
import { gexfEdge, gexfNode, type GraphEnvelope } from '../schema.js';
import { edgeColor, nodeColor } from '../render/palette.js';

export function toGexf(envelope: GraphEnvelope, sizes: Map<string, number>): string {
  const graph = buildGraph(envelope);
  return write(graph, {
    version: '1.3',
    formatNode: (key, a) => ({
      ...gexfNode(a),
      viz: { color: nodeColor(a.type), size: sizes.get(key) ?? 3, x: a.x ?? 0, y: a.y ?? 0 },
    }),
    formatEdge: (_key, a) => ({
      ...gexfEdge(a),
      viz: { color: edgeColor(edgeCategoryKey(a)) },
    }),
  });
}
