import { write } from 'graphology-gexf';
import { MultiDirectedGraph } from 'graphology';
import { flattenEdge, flattenNode, type FlatAttributes } from '../flatten.js';
import type { ExportFormat } from './types.js';

export const gexfFormat: ExportFormat = {
  name: 'gexf',
  description: 'GEXF 1.3 for Gephi and Gephi Lite (lists joined with " | ")',
  multiFile: false,
  extension: '.gexf',
  write: (envelope) => {
    const graph = new MultiDirectedGraph<FlatAttributes, FlatAttributes>();
    for (const n of envelope.graph.nodes) graph.addNode(n.key, flattenNode(n.attributes));
    for (const e of envelope.graph.edges)
      graph.addDirectedEdgeWithKey(e.key, e.source, e.target, flattenEdge(e.attributes));
    return [{ name: '', content: write(graph, { version: '1.3' }) }];
  },
};
