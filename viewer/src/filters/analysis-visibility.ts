/**
 * The filters' visibility narrowed by the analysis choices: first the time range (relations and
 * articles outside it go), then the neighbourhood ball (computed over what the time range leaves).
 */
import type { TramaGraph } from '../graph/types.js';
import { neighbourhoodNodes } from '../neighbourhood/ball.js';
import type { AnalysisState } from '../state/analysis-state.js';
import { articleDates, datesPass, edgeDates } from '../time/dates.js';
import type { Visibility } from './visibility.js';

export function restrictVisibility(
  graph: TramaGraph,
  base: Visibility,
  analysis: AnalysisState,
): Visibility {
  let visibility = base;
  const range = analysis.time;
  if (range) {
    const published = articleDates(graph);
    const nodes = new Set<string>();
    for (const key of base.nodes) {
      const a = graph.getNodeAttributes(key);
      const dates = a.kind === 'article' && a.publishedAt ? [a.publishedAt] : null;
      if (a.kind !== 'article' || datesPass(dates ?? [], range)) nodes.add(key);
    }
    visibility = {
      nodes,
      edgePasses: (a) =>
        base.edgePasses(a) &&
        (a.kind === 'mentioned_in' || datesPass(edgeDates(a, range.basis, published), range)),
    };
  }
  if (analysis.neighbourhood) {
    visibility = {
      nodes: neighbourhoodNodes(graph, visibility, analysis.neighbourhood),
      edgePasses: visibility.edgePasses,
    };
  }
  return visibility;
}
