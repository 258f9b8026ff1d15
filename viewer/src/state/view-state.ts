/** Everything the user chose about the view. Serialisable: it lives in the URL. */
import type { Certainty } from '../schema.js';
import { DEFAULT_ANALYSIS, type AnalysisState } from './analysis-state.js';

export type SizeBy = 'mentions' | 'degree';
export type Selection = { kind: 'node'; key: string } | { kind: 'edge'; key: string } | null;

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
  angle: number;
}

export interface ViewState {
  /** Graph URL; null means the server's /api/graph. */
  graph: string | null;
  selection: Selection;
  hiddenTypes: ReadonlySet<string>;
  hiddenCategories: ReadonlySet<string>;
  certainties: ReadonlySet<Certainty>;
  article: string | null;
  minDegree: number;
  sizeBy: SizeBy;
  /** Show article, date and quantity nodes (and their "mentioned in" edges). */
  showValueNodes: boolean;
  camera: CameraView | null;
  /** Neighbourhood, path, time range, metrics (see analysis-state.ts). */
  analysis: AnalysisState;
}

export const DEFAULT_STATE: ViewState = {
  graph: null,
  selection: null,
  hiddenTypes: new Set(),
  hiddenCategories: new Set(['cooccurrence']),
  certainties: new Set<Certainty>(['stated', 'reported']),
  article: null,
  minDegree: 0,
  sizeBy: 'mentions',
  showValueNodes: false,
  camera: null,
  analysis: DEFAULT_ANALYSIS,
};
