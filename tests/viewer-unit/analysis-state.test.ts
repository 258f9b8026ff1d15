import { describe, expect, it } from 'vitest';
import { decodeState, encodeState } from '../../viewer/src/state/url.js';
import { DEFAULT_STATE, type ViewState } from '../../viewer/src/state/view-state.js';
import type { RelationEdge } from '../../src/schema/index.js';
import { datesPass, dayInterval, edgeDates } from '../../viewer/src/time/dates.js';

describe('analysis view state <-> URL', () => {
  it('round-trips neighbourhood, path, time range and metrics', () => {
    const state: ViewState = {
      ...DEFAULT_STATE,
      analysis: {
        neighbourhood: { node: 'person:a', depth: 2, expanded: ['country:b', 'city:c'] },
        path: { from: 'person:a', to: 'org:d|x' },
        time: { from: '2024-03', to: '2025', basis: 'article', keepUndated: false },
        metricSize: 'betweenness',
        colorBy: 'community',
      },
    };
    const search = encodeState(state);
    expect(search).toMatch(/from=2024-03/);
    expect(decodeState(search)).toEqual(state);
  });

  it('ignores malformed dates and depths', () => {
    const s = decodeState('?around=x&hops=99&from=yesterday&msize=nope');
    expect(s.analysis.neighbourhood).toEqual({ node: 'x', depth: 1, expanded: [] });
    expect(s.analysis.time).toBeNull();
    expect(s.analysis.metricSize).toBeNull();
  });
});

describe('time ranges', () => {
  it('treats a year or a month as the days it covers', () => {
    expect(dayInterval('2024')).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    expect(dayInterval('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-31' });
    expect(dayInterval('2024-02-10T08:00:00Z')).toEqual({ start: '2024-02-10', end: '2024-02-10' });
    expect(dayInterval('el martes')).toBeNull();
  });

  it('keeps a relation when one of its dates overlaps, and undated ones only if asked', () => {
    const range = {
      from: '2024-06',
      to: '2024-12-31',
      basis: 'relation' as const,
      keepUndated: false,
    };
    expect(datesPass(['2024'], range)).toBe(true);
    expect(datesPass(['2023-12-31', '2025-01'], range)).toBe(false);
    expect(datesPass([], range)).toBe(false);
    expect(datesPass([], { ...range, keepUndated: true })).toBe(true);
  });

  it('places a relation at its stated dates, else at its articles’ dates', () => {
    const published = new Map([['a1', '2023-05-02']]);
    const rel: RelationEdge = {
      kind: 'relation',
      predicate: 'MET_WITH',
      category: 'meeting_visit',
      certainty: 'stated',
      confidence: 0.9,
      evidence: [],
      articles: ['a1'],
      dates: [],
    };
    expect(edgeDates({ ...rel, dates: [] }, 'relation', published)).toEqual(['2023-05-02']);
    expect(edgeDates({ ...rel, dates: ['2021'] }, 'relation', published)).toEqual(['2021']);
    expect(edgeDates({ ...rel, dates: ['2021'] }, 'article', published)).toEqual(['2023-05-02']);
  });
});
