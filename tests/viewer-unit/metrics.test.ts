import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../viewer/src/metrics/compute.js';

describe('computeMetrics', () => {
  // Two triangles joined by one bridge c–d.
  const nodes = ['a', 'b', 'c', 'd', 'e', 'f'];
  const edges: Array<[number, number]> = [
    [0, 1],
    [1, 2],
    [2, 0],
    [2, 3],
    [3, 4],
    [4, 5],
    [5, 3],
  ];
  const r = computeMetrics({ nodes, edges, betweenness: true });

  it('puts the bridge ends highest in betweenness', () => {
    const b = r.betweenness!;
    expect(b[2]).toBeGreaterThan(b[0]!);
    expect(b[3]).toBeGreaterThan(b[5]!);
    expect(b[0]).toBe(0);
  });

  it('finds the two triangles as communities, the same way every time', () => {
    expect(r.communityCount).toBe(2);
    expect(r.community[0]).toBe(r.community[1]);
    expect(r.community[0]).toBe(r.community[2]);
    expect(r.community[3]).toBe(r.community[5]);
    expect(r.community[0]).not.toBe(r.community[3]);
    expect(computeMetrics({ nodes, edges, betweenness: true }).community).toEqual(r.community);
  });

  it('gives PageRank summing to one and skips betweenness when asked', () => {
    expect(r.pagerank.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(computeMetrics({ nodes, edges, betweenness: false }).betweenness).toBeNull();
  });
});
