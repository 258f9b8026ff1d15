/**
 * View state <-> URL: the one place that knows the URL parameters.
 *
 *   graph=URL  node=KEY | edge=KEY  hide=Type,Type  hideRel=category,...  cert=stated
 *   article=ID  minDeg=N  size=degree  extras=1  cam=x,y,ratio,angle
 */
import { CERTAINTIES, type Certainty } from '../schema.js';
import { decodeAnalysis, encodeAnalysis } from './analysis-state.js';
import type { Store } from './store.js';
import { DEFAULT_STATE, type CameraView, type ViewState } from './view-state.js';

function list(value: string | null): string[] {
  return value ? value.split(',').filter(Boolean) : [];
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

function parseCamera(value: string | null): CameraView | null {
  if (!value) return null;
  const parts = value.split(',').map(Number);
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n)) || parts[2]! <= 0) return null;
  const [x, y, ratio, angle] = parts as [number, number, number, number];
  return { x, y, ratio, angle };
}

const round = (n: number): string => String(Math.round(n * 10000) / 10000);

export function decodeState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const node = p.get('node');
  const edge = p.get('edge');
  const cert = list(p.get('cert')).filter((c): c is Certainty =>
    (CERTAINTIES as readonly string[]).includes(c),
  );
  const minDegree = Number(p.get('minDeg') ?? 0);
  return {
    graph: p.get('graph'),
    selection: node ? { kind: 'node', key: node } : edge ? { kind: 'edge', key: edge } : null,
    hiddenTypes: new Set(list(p.get('hide'))),
    hiddenCategories: p.has('hideRel')
      ? new Set(list(p.get('hideRel')))
      : DEFAULT_STATE.hiddenCategories,
    certainties: cert.length ? new Set(cert) : DEFAULT_STATE.certainties,
    article: p.get('article'),
    minDegree: Number.isInteger(minDegree) && minDegree > 0 ? minDegree : 0,
    sizeBy: p.get('size') === 'degree' ? 'degree' : 'mentions',
    showValueNodes: p.get('extras') === '1',
    camera: parseCamera(p.get('cam')),
    analysis: decodeAnalysis(p),
  };
}

export function encodeState(state: ViewState): string {
  const p = new URLSearchParams();
  if (state.graph) p.set('graph', state.graph);
  if (state.selection) p.set(state.selection.kind, state.selection.key);
  if (state.hiddenTypes.size) p.set('hide', [...state.hiddenTypes].sort().join(','));
  if (!sameSet(state.hiddenCategories, DEFAULT_STATE.hiddenCategories)) {
    p.set('hideRel', [...state.hiddenCategories].sort().join(','));
  }
  if (!sameSet(state.certainties, DEFAULT_STATE.certainties))
    p.set('cert', [...state.certainties].sort().join(','));
  if (state.article) p.set('article', state.article);
  if (state.minDegree > 0) p.set('minDeg', String(state.minDegree));
  if (state.sizeBy !== 'mentions') p.set('size', state.sizeBy);
  if (state.showValueNodes) p.set('extras', '1');
  if (state.camera) {
    const c = state.camera;
    p.set('cam', [c.x, c.y, c.ratio, c.angle].map(round).join(','));
  }
  encodeAnalysis(state.analysis, p);
  const text = p.toString();
  return text ? `?${text}` : '';
}

/** Keeps the address bar in step with the store (replaceState: the view is not a history of steps). */
export function syncStateToUrl(store: Store<ViewState>): () => void {
  let pending: number | null = null;
  const write = () => {
    pending = null;
    const search = encodeState(store.get());
    if (search !== window.location.search) {
      window.history.replaceState(
        null,
        '',
        `${window.location.pathname}${search}${window.location.hash}`,
      );
    }
  };
  return store.subscribe(() => {
    // Camera moves come in bursts; one write per frame is plenty.
    if (pending === null) pending = window.requestAnimationFrame(write);
  });
}
