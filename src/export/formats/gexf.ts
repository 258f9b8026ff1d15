import { write } from 'graphology-gexf';
import { MultiDirectedGraph } from 'graphology';
import {
  gexfEdge,
  gexfNode,
  type EdgeAttributes,
  type NodeAttributes,
} from '../../schema/index.js';
import type { ExportFormat } from './types.js';

export const gexfFormat: ExportFormat = {
  name: 'gexf',
  description: 'GEXF 1.3 for Gephi and Gephi Lite (lists joined with " | ")',
  multiFile: false,
  extension: '.gexf',
  write: (envelope) => {
    const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
    for (const n of envelope.graph.nodes) graph.addNode(n.key, n.attributes);
    for (const e of envelope.graph.edges)
      graph.addDirectedEdgeWithKey(e.key, e.source, e.target, e.attributes);
    const content = write(graph, {
      version: '1.3',
      formatNode: (_key, a) => gexfNode(a),
      formatEdge: (_key, a) => gexfEdge(a),
    });
    return [{ name: '', content }];
  },
};
