/** The pure parts behind issue 12's fixes: parallel-edge curvatures, label placement, reveal. */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../viewer/src/graph/build.js';
import { computeStats } from '../../viewer/src/graph/stats.js';
import { parallelCurvatures } from '../../viewer/src/render/parallel-edges.js';
import { placeLabels, type LabelCandidate } from '../../viewer/src/render/label-placement.js';
import { revealNode } from '../../viewer/src/filters/reveal.js';
import { computeVisibility } from '../../viewer/src/filters/visibility.js';
import { DEFAULT_STATE } from '../../viewer/src/state/view-state.js';
import { buildViewerSampleGraph } from '../fixtures/viewer-graphs.js';

describe('parallel edges', () => {
  it('give every edge of a pair its own curve, whichever way it points', () => {
    const graph = buildGraph(buildViewerSampleGraph());
    const [a, b] = graph.filterNodes((_k, x) => x.kind === 'entity').slice(0, 2) as [
      string,
      string,
    ];
    const extra = [
      graph.addEdgeWithKey('p1', a, b, { ...graph.getEdgeAttributes(graph.edges()[0]!) }),
      graph.addEdgeWithKey('p2', b, a, { ...graph.getEdgeAttributes(graph.edges()[0]!) }),
      graph.addEdgeWithKey('p3', a, b, { ...graph.getEdgeAttributes(graph.edges()[0]!) }),
      graph.addEdgeWithKey('p4', a, b, { ...graph.getEdgeAttributes(graph.edges()[0]!) }),
    ];
    const curvatures = parallelCurvatures(graph);
    const pair = [...new Set([...graph.edges(a, b), ...graph.edges(b, a)])];
    expect(pair.length).toBeGreaterThanOrEqual(extra.length);
    // In the frame of the pair (from the smaller key), every edge lands on a different slot.
    const slots = pair.map((e) => {
      const [s] = graph.extremities(e);
      const c = curvatures.get(e) ?? 0;
      return Math.round((s === (a < b ? a : b) ? c : -c) * 1000);
    });
    expect(new Set(slots).size).toBe(pair.length);
    // Symmetric around the straight line.
    expect(slots.reduce((x, y) => x + y, 0)).toBe(0);
    // An edge alone on its pair is drawn straight.
    graph.forEachEdge((e, _x, s, t) => {
      if (new Set([...graph.edges(s, t), ...graph.edges(t, s)]).size === 1)
        expect(curvatures.has(e)).toBe(false);
    });
  });
});

describe('label placement', () => {
  const measure = (text: string) => text.length * 7;
  const at = (key: string, x: number, y: number, priority: number): LabelCandidate => ({
    key,
    text: key,
    mark: 'P',
    x,
    y,
    radius: 5,
    priority,
  });

  it('places the most important label first and never overlaps two', () => {
    const placed = placeLabels(
      [at('minor-node', 100, 100, 1), at('central-node', 104, 102, 10), at('far', 400, 300, 0)],
      { width: 800, height: 600, fontSize: 12, measure },
    );
    const keys = placed.map((p) => p.key);
    expect(keys[0]).toBe('central-node');
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++) {
        const p = placed[i]!;
        const q = placed[j]!;
        const apart =
          p.left + p.width <= q.left ||
          q.left + q.width <= p.left ||
          p.top + p.height <= q.top ||
          q.top + q.height <= p.top;
        expect(apart, `${p.key} / ${q.key}`).toBe(true);
      }
  });

  it('puts a label left of its node at the right edge, and inside the canvas', () => {
    const [label] = placeLabels([at('near-the-right-edge', 790, 300, 1)], {
      width: 800,
      height: 600,
      fontSize: 12,
      measure,
    });
    expect(label!.left + label!.width).toBeLessThanOrEqual(800);
    expect(label!.left + label!.width).toBeLessThan(790);
  });
});

describe('revealing a hidden node', () => {
  it('names what hid it and the smallest change that shows it', () => {
    const graph = buildGraph(buildViewerSampleGraph());
    const stats = computeStats(graph);
    const person = graph.findNode((_k, a) => a.type === 'Person')!;
    const state = { ...DEFAULT_STATE, hiddenTypes: new Set(['Person', 'Country']) };
    const reveal = revealNode(person, graph.getNodeAttributes(person), stats, state)!;
    expect(reveal.reasons.join(' ')).toContain('Person');
    expect([...reveal.patch.hiddenTypes!]).toEqual(['Country']);
    expect(computeVisibility(graph, stats, { ...state, ...reveal.patch }).nodes.has(person)).toBe(
      true,
    );
    const article = graph.findNode((_k, a) => a.kind === 'article')!;
    const shown = revealNode(article, graph.getNodeAttributes(article), stats, DEFAULT_STATE)!;
    expect(shown.patch).toEqual({ showValueNodes: true });
    expect(revealNode(person, graph.getNodeAttributes(person), stats, DEFAULT_STATE)).toBeNull();
  });
});
