/**
 * Dates of relations and articles, as closed intervals of days: "2024" is 2024-01-01..2024-12-31,
 * "2024-03" the whole of March. Pure functions over the data attributes.
 */
import type { TramaGraph } from '../graph/types.js';
import type { EdgeAttributes } from '../schema.js';
import type { TimeBasis, TimeRange } from '../state/analysis-state.js';

export interface DayInterval {
  start: string;
  end: string;
}

const ISO_PREFIX = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/;

/** The days an ISO date (or a timestamp: its date part is used) covers; null when it is not one. */
export function dayInterval(iso: string): DayInterval | null {
  const m = ISO_PREFIX.exec(iso);
  if (!m) return null;
  const [, y, mo, d] = m;
  if (d) return { start: `${y}-${mo}-${d}`, end: `${y}-${mo}-${d}` };
  if (mo) return { start: `${y}-${mo}-01`, end: `${y}-${mo}-31` };
  return { start: `${y}-01-01`, end: `${y}-12-31` };
}

/** Bounds of a range as days (an open bound is unbounded). */
export function rangeInterval(range: Pick<TimeRange, 'from' | 'to'>): DayInterval {
  return {
    start: range.from ? dayInterval(range.from)!.start : '0000-01-01',
    end: range.to ? dayInterval(range.to)!.end : '9999-12-31',
  };
}

export const overlaps = (a: DayInterval, b: DayInterval): boolean =>
  a.start <= b.end && a.end >= b.start;

/** articleId → publication date, for the articles that carry one. */
export function articleDates(graph: TramaGraph): Map<string, string> {
  const dates = new Map<string, string>();
  graph.forEachNode((_key, a) => {
    if (a.kind === 'article' && a.publishedAt) dates.set(a.articleId, a.publishedAt);
  });
  return dates;
}

/**
 * The dates a relation is placed at. `relation`: the dates its evidence states, else the dates of
 * the articles it comes from; `article`: the dates of its articles. Other edges: their articles'.
 */
export function edgeDates(
  a: EdgeAttributes,
  basis: TimeBasis,
  published: ReadonlyMap<string, string>,
): string[] {
  if (a.kind === 'mentioned_in') return [];
  if (basis === 'relation' && a.kind === 'relation' && a.dates.length) return a.dates;
  return a.articles.flatMap((id) => {
    const d = published.get(id);
    return d ? [d] : [];
  });
}

/** True when one of the dates falls in the range; undated ones follow `keepUndated`. */
export function datesPass(dates: readonly string[], range: TimeRange): boolean {
  const window = rangeInterval(range);
  const intervals = dates.map(dayInterval).filter((d): d is DayInterval => d !== null);
  if (intervals.length === 0) return range.keepUndated;
  return intervals.some((d) => overlaps(d, window));
}

/** Every distinct day-or-coarser date in the graph, sorted: the slider's stops. */
export function dateStops(graph: TramaGraph, basis: TimeBasis): string[] {
  const published = articleDates(graph);
  const stops = new Set<string>();
  graph.forEachEdge((_key, a) => {
    for (const d of edgeDates(a, basis, published)) {
      const day = dayInterval(d);
      if (day) stops.add(d.slice(0, 10));
    }
  });
  for (const d of published.values()) if (dayInterval(d)) stops.add(d.slice(0, 10));
  return [...stops].sort();
}
