/** What the analysis tools (neighbourhood, paths, time, metrics, table, curation) need from a session. */
import type Sigma from 'sigma';
import type { Visibility } from '../filters/visibility.js';
import type { GraphStats } from '../graph/stats.js';
import type { TramaGraph } from '../graph/types.js';
import type { LayoutControl } from '../layout/fa2-control.js';
import type { EdgeAttributes, GraphMeta, NodeAttributes } from '../schema.js';
import type { AnalysisState } from '../state/analysis-state.js';
import type { Store } from '../state/store.js';
import type { ViewState } from '../state/view-state.js';

export interface AnalysisHost {
  readonly graph: TramaGraph;
  readonly stats: GraphStats;
  readonly sigma: Sigma<NodeAttributes, EdgeAttributes>;
  readonly store: Store<ViewState>;
  readonly layout: LayoutControl;
  readonly meta: GraphMeta;
  readonly source: string;
  /** What the filters and the analysis choices show now. */
  visibility(): Visibility;
  /** Re-reads sizes, colours and focus from the analysis tools and redraws. */
  redraw(): void;
  selectNode(key: string): void;
  selectEdge(key: string): void;
}

export function updateAnalysis(host: AnalysisHost, patch: Partial<AnalysisState>): void {
  host.store.update({ analysis: { ...host.store.get().analysis, ...patch } });
}
