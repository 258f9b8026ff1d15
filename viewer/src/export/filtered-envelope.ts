/** The filtered graph as a trama graph envelope (data attributes plus current positions). */
import { forEachVisibleEdge, type Visibility } from '../filters/visibility.js';
import type { TramaGraph } from '../graph/types.js';
import {
  makeEnvelope,
  validateGraphEnvelope,
  type GraphEnvelope,
  type GraphMeta,
} from '../schema.js';

/**
 * `origin` says what the file is: "viewer-filter" for a download of what is shown; the open graph's own
 * origin when the whole graph is saved back (curation).
 */
export function filteredEnvelope(
  graph: TramaGraph,
  visibility: Visibility,
  meta: GraphMeta,
  origin = 'viewer-filter',
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
  const envelope = makeEnvelope({
    generator: meta.generator,
    origin,
    nodes,
    edges,
    // A view that hides the article nodes still comes from the file's articles.
    counts: { articleCount: articleCount || meta.articleCount },
    attributes: graph.getAttributes(),
    options: { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops },
  });
  return validateGraphEnvelope(envelope, 'viewer export');
}
