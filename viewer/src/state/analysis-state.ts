/**
 * The analyst's view choices beyond the filters: neighbourhood, path, time range, metric size and
 * colour. One field of ViewState, with its own URL parameters:
 *
 *   around=KEY hops=N expand=KEY,KEY   pathFrom=KEY pathTo=KEY
 *   from=YYYY[-MM[-DD]] to=… timeBy=article undated=0   msize=pagerank|betweenness  color=community
 */
export type TimeBasis = 'relation' | 'article';
export type MetricSize = 'pagerank' | 'betweenness';
export type ColorBy = 'type' | 'community';

export interface Neighbourhood {
  /** The node shown with its N-hop ball. */
  node: string;
  depth: number;
  /** Nodes whose neighbours were added ("expand"). */
  expanded: readonly string[];
}

export interface TimeRange {
  /** Inclusive bounds, ISO dates (YYYY, YYYY-MM or YYYY-MM-DD); null = open. */
  from: string | null;
  to: string | null;
  /** Dates of the relation itself (stated in its evidence, else its articles'), or of its articles. */
  basis: TimeBasis;
  /** Keep relations (and articles) that carry no date. */
  keepUndated: boolean;
}

export interface AnalysisState {
  neighbourhood: Neighbourhood | null;
  path: { from: string; to: string } | null;
  time: TimeRange | null;
  metricSize: MetricSize | null;
  colorBy: ColorBy;
}

export const DEFAULT_ANALYSIS: AnalysisState = {
  neighbourhood: null,
  path: null,
  time: null,
  metricSize: null,
  colorBy: 'type',
};

const ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const isoOrNull = (v: string | null): string | null => (v && ISO.test(v) ? v : null);
const list = (v: string | null): string[] => (v ? v.split(',').filter(Boolean) : []);

export function decodeAnalysis(p: URLSearchParams): AnalysisState {
  const around = p.get('around');
  const depth = Number(p.get('hops') ?? 1);
  const from = isoOrNull(p.get('from'));
  const to = isoOrNull(p.get('to'));
  const basis: TimeBasis = p.get('timeBy') === 'article' ? 'article' : 'relation';
  const keepUndated = p.get('undated') !== '0';
  const msize = p.get('msize');
  const pathFrom = p.get('pathFrom');
  const pathTo = p.get('pathTo');
  return {
    neighbourhood: around
      ? {
          node: around,
          depth: Number.isInteger(depth) && depth >= 0 && depth <= 6 ? depth : 1,
          expanded: list(p.get('expand')),
        }
      : null,
    path: pathFrom && pathTo ? { from: pathFrom, to: pathTo } : null,
    time:
      from || to || basis !== 'relation' || !keepUndated ? { from, to, basis, keepUndated } : null,
    metricSize: msize === 'pagerank' || msize === 'betweenness' ? msize : null,
    colorBy: p.get('color') === 'community' ? 'community' : 'type',
  };
}

export function encodeAnalysis(state: AnalysisState, p: URLSearchParams): void {
  const n = state.neighbourhood;
  if (n) {
    p.set('around', n.node);
    p.set('hops', String(n.depth));
    if (n.expanded.length) p.set('expand', n.expanded.join(','));
  }
  if (state.path) {
    p.set('pathFrom', state.path.from);
    p.set('pathTo', state.path.to);
  }
  const t = state.time;
  if (t) {
    if (t.from) p.set('from', t.from);
    if (t.to) p.set('to', t.to);
    if (t.basis !== 'relation') p.set('timeBy', t.basis);
    if (!t.keepUndated) p.set('undated', '0');
  }
  if (state.metricSize) p.set('msize', state.metricSize);
  if (state.colorBy !== 'type') p.set('color', state.colorBy);
}
