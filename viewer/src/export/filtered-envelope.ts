/** The filtered graph as a trama graph envelope (data attributes plus current positions). */
import { forEachVisibleEdge, type Visibility } from '../filters/visibility.js';
import type { TramaGraph } from '../graph/types.js';
import {
  GRAPH_FORMAT,
  GRAPH_VERSION,
  validateGraphEnvelope,
  type GraphEnvelope,
  type GraphMeta,
} from '../schema.js';

export function filteredEnvelope(
  graph: TramaGraph,
  visibility: Visibility,
  meta: GraphMeta,
): GraphEnvelope {
  const nodes: GraphEnvelope['graph']['nodes'] = [];
  graph.forEachNode((key, a) => {
    if (visibility.nodes.has(key)) nodes.push({ key, attributes: { ...a } });
  });
  const edges: GraphEnvelope['graph']['edges'] = [];
  forEachVisibleEdge(graph, visibility, (key, a, source, target) => {
    edges.push({ key, source, target, attributes: { ...a } });
  });
  const articleCount = nodes.filter((n) => n.attributes.kind === 'article').length;
  const envelope: GraphEnvelope = {
    format: GRAPH_FORMAT,
    version: GRAPH_VERSION,
    meta: {
      ...meta,
      origin: 'viewer-filter',
      articleCount: articleCount || meta.articleCount,
      entityCount: nodes.filter((n) => n.attributes.kind === 'entity').length,
      relationCount: edges.filter((e) => e.attributes.kind === 'relation').length,
    },
    graph: {
      attributes: graph.getAttributes(),
      options: { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops },
      nodes,
      edges,
    },
  };
  return validateGraphEnvelope(envelope, 'viewer export');
}
