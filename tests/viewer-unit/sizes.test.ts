import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../viewer/src/graph/build.js';
import { computeStats, mentionsOf } from '../../viewer/src/graph/stats.js';
import { computeSizes, sizeRange } from '../../viewer/src/render/sizes.js';
import { generateSyntheticGraph } from '../../src/graph/synthetic.js';
import { buildViewerSampleGraph } from '../fixtures/viewer-graphs.js';

describe('node sizes', () => {
  it('grow with mentions and with degree, within the range for the graph size', () => {
    const graph = buildGraph(buildViewerSampleGraph());
    const stats = computeStats(graph);
    const { min, max } = sizeRange(graph.order);
    const byMentions = computeSizes(graph, stats, 'mentions');
    const byDegree = computeSizes(graph, stats, 'degree');
    for (const size of [...byMentions.values(), ...byDegree.values()]) {
      expect(size).toBeGreaterThanOrEqual(min);
      expect(size).toBeLessThanOrEqual(max);
    }
    const mentions = (key: string) => mentionsOf(graph.getNodeAttributes(key));
    const entities = graph.filterNodes((_k, a) => a.kind === 'entity');
    const most = entities.reduce((a, b) => (mentions(b) > mentions(a) ? b : a));
    const least = entities.reduce((a, b) => (mentions(b) < mentions(a) ? b : a));
    expect(byMentions.get(most)).toBeGreaterThan(byMentions.get(least)!);
    const hub = entities.reduce((a, b) =>
      (stats.degree.get(b) ?? 0) > (stats.degree.get(a) ?? 0) ? b : a,
    );
    expect(byDegree.get(hub)).toBe(max);
  });

  it('gives every node the smallest size when the measure does not vary', () => {
    const graph = buildGraph(generateSyntheticGraph({ nodes: 50, edges: 60 }));
    const sizes = computeSizes(graph, computeStats(graph), 'mentions');
    expect(new Set(sizes.values())).toEqual(new Set([sizeRange(50).min]));
  });
});
