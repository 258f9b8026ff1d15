/**
 * One open graph: builds the graphology graph and sigma, wires the controls to the store, and
 * re-renders through reducers when the view state changes. `destroy()` releases all of it.
 */
import Sigma from 'sigma';
import { fitViewportToNodes, getCameraStateToFitViewportToNodes } from '@sigma/utils';
import type { EdgeAttributes, GraphMeta, NodeAttributes } from '../schema.js';
import { buildGraph, hasSavedPositions } from '../graph/build.js';
import { computeStats, type GraphStats } from '../graph/stats.js';
import type { LoadedGraph, TramaGraph } from '../graph/types.js';
import { computeVisibility, type Visibility } from '../filters/visibility.js';
import { restrictVisibility } from '../filters/analysis-visibility.js';
import { revealNode } from '../filters/reveal.js';
import { renderFilterControls } from '../filters/controls.js';
import { renderLegend } from '../legend/legend.js';
import { assignInitialPositions } from '../layout/initial.js';
import {
  mountLayoutControl,
  type LayoutControl,
  type PositionOrigin,
} from '../layout/fa2-control.js';
import { edgeAlphaFor } from '../render/palette.js';
import { edgeFocus, nodeNeighbourhood, nodeSetFocus, type Focus } from '../render/focus.js';
import { makeEdgeReducer, makeNodeReducer, type RenderState } from '../render/reducers.js';
import { computeSizes } from '../render/sizes.js';
import { parallelCurvatures } from '../render/parallel-edges.js';
import { mountLabelLayer, type LabelLayer } from '../render/label-layer.js';
import { mentionsOf } from '../graph/stats.js';
import { nodeLabel } from '../render/reducers.js';
import { buildSearchIndex, type SearchIndex } from '../search/index.js';
import { mountSearchBox, type SearchBox } from '../search/search-box.js';
import { mountPanel, type Panel } from '../panel/panel.js';
import { renderAppearance } from '../ui/appearance.js';
import { byId, el } from '../ui/dom.js';
import { timed } from '../ui/timing.js';
import type { Store } from '../state/store.js';
import type { ViewState } from '../state/view-state.js';
import { renderExportControls } from '../export/controls.js';
import { snapshotPng } from '../export/png.js';
import { filteredEnvelope } from '../export/filtered-envelope.js';
import { toGexf } from '../export/gexf.js';
import { download } from '../export/download.js';
import { renderCypherPanel } from '../cypher/panel.js';
import type { Health } from '../cypher/api.js';
import { edgeCategoryItems, nodeTypeItems, visibleEdgeCounts } from './legends.js';
import {
  isRichGraph,
  LABEL_FONT,
  LABEL_SIZE,
  LABEL_WEIGHT,
  sigmaSettings,
} from './sigma-settings.js';
import { mountAnalysis, type AnalysisTools } from './analysis.js';
import { renderEmptyState } from './empty-state.js';
import { FILTER_KEYS, resetFilters } from './filter-keys.js';

/** Above this many nodes, hovering only highlights the node (a full re-reduce per hover is too slow). */
const HOVER_NEIGHBOURHOOD_LIMIT = 50_000;

export class Session {
  readonly graph: TramaGraph;
  readonly stats: GraphStats;
  readonly sigma: Sigma<NodeAttributes, EdgeAttributes>;
  private readonly render: RenderState;
  private hovered: string | null = null;
  private queryHits: Set<string> | null = null;
  readonly layout: LayoutControl;
  /** Neighbourhood, paths, time, metrics, table, curation (app/analysis.ts). */
  private readonly analysis: AnalysisTools;
  private search: SearchBox;
  private panel: Panel;
  private labels: LabelLayer | null = null;
  /** A sentence for the status line about the last thing the viewer did on its own (a reveal). */
  private notice: string | null = null;
  private unsubscribe: () => void;
  private cleanups: Array<() => void> = [];

  /** What the header says about the graph (the envelope itself is not kept). */
  private readonly meta: GraphMeta;
  private readonly source: string;

  constructor(
    loaded: LoadedGraph,
    private readonly store: Store<ViewState>,
    health: Health | null,
  ) {
    this.meta = loaded.envelope.meta;
    this.source = loaded.source;
    const graph = (this.graph = timed('build', () => buildGraph(loaded.envelope)));
    const saved = hasSavedPositions(graph);
    this.stats = timed('stats', () => computeStats(graph));
    const state = store.get();
    const rich = isRichGraph(graph.order, graph.size);
    let origin: PositionOrigin = { kind: 'file' };
    if (!saved) {
      // Laid out with the default sizes, whatever "size by" says: the same file opens the same way.
      const layoutSizes = computeSizes(graph, this.stats, 'mentions');
      const iterations = timed('initial-layout', () =>
        assignInitialPositions(graph, (key) => layoutSizes.get(key) ?? 1),
      );
      origin = iterations > 0 ? { kind: 'computed', iterations } : { kind: 'scatter' };
    }
    this.render = timed('filters+sizes', () => ({
      visibility: this.visibilityFor(state),
      sizes: computeSizes(graph, this.stats, state.sizeBy),
      colours: null,
      focus: null,
      edgeLabels: graph.size <= 2000,
      edgeAlpha: edgeAlphaFor(graph.size),
      rich,
      curvatures: rich ? parallelCurvatures(graph) : new Map<string, number>(),
    }));
    const container = byId('sigma-container');
    this.sigma = timed(
      'sigma',
      () =>
        new Sigma(graph, container, {
          ...sigmaSettings(graph.order, graph.size),
          nodeReducer: makeNodeReducer(() => this.render),
          edgeReducer: makeEdgeReducer(() => this.render),
        }),
    );
    if (rich)
      this.labels = mountLabelLayer(this.sigma, graph, {
        font: LABEL_FONT,
        fontSize: LABEL_SIZE,
        weight: LABEL_WEIGHT,
        importance: (key) =>
          (this.stats.degree.get(key) ?? 0) +
          Math.log2(1 + mentionsOf(graph.getNodeAttributes(key))),
        centre: () => this.render.focus?.centre ?? null,
      });
    if (state.camera) this.sigma.getCamera().setState(state.camera);
    else this.frameVisible(false);

    const controlsStart = performance.now();
    this.layout = mountLayoutControl(byId('layout'), graph, origin, {
      visible: () => this.render.visibility.nodes,
      size: (key) => this.render.sizes.get(key) ?? 1,
    });
    let searchIndex: SearchIndex | null = null;
    this.search = mountSearchBox(byId('search'), {
      index: () => (searchIndex ??= buildSearchIndex(graph)),
      isHidden: (key) => !this.render.visibility.nodes.has(key),
      onPick: (key) => this.pickFromSearch(key),
    });
    this.panel = mountPanel(byId('panel'), {
      graph,
      stats: this.stats,
      selectNode: (key) => this.select({ kind: 'node', key }, true),
      selectEdge: (key) => this.select({ kind: 'edge', key }, false),
      close: () => this.select(null, false),
    });
    this.bindSigmaEvents();
    this.renderControls();
    renderExportControls(byId('export'), {
      png: async () => download(await snapshotPng(this.sigma), 'trama-view.png'),
      json: async () => {
        const envelope = filteredEnvelope(graph, this.render.visibility, this.meta);
        download(
          new Blob([JSON.stringify(envelope, null, 1)], { type: 'application/json' }),
          'trama-filtered.json',
        );
      },
      gexf: async () => {
        const envelope = filteredEnvelope(graph, this.render.visibility, this.meta);
        download(
          new Blob([toGexf(envelope, this.render.sizes)], { type: 'application/xml' }),
          'trama-filtered.gexf',
        );
      },
    });
    renderCypherPanel(byId('cypher'), health, {
      hasNode: (key) => graph.hasNode(key),
      highlight: (keys) => {
        this.queryHits = keys;
        this.refreshFocus();
      },
    });
    this.mountZoom();
    this.analysis = mountAnalysis({
      graph,
      stats: this.stats,
      sigma: this.sigma,
      store,
      layout: this.layout,
      meta: this.meta,
      source: this.source,
      visibility: () => this.render.visibility,
      redraw: () => this.redraw(),
      selectNode: (key) => this.select({ kind: 'node', key }, true),
      selectEdge: (key) => this.select({ kind: 'edge', key }, false),
    });
    // The container changes size without a window resize (sidebar folded, panel opened): redraw.
    let size = `${container.clientWidth}x${container.clientHeight}`;
    const resize = new ResizeObserver(() => {
      const next = `${container.clientWidth}x${container.clientHeight}`;
      if (next === size) return; // the observer's first call, or no real change
      size = next;
      this.sigma.scheduleRefresh();
    });
    resize.observe(container);
    this.cleanups.push(() => resize.disconnect());
    performance.measure('trama:controls', { start: controlsStart, end: performance.now() });
    this.unsubscribe = store.subscribe((next, previous) => this.onStateChange(next, previous));
    this.panel.show(state.selection);
    this.refreshFocus();
  }

  private visibilityFor(state: ViewState): Visibility {
    return restrictVisibility(
      this.graph,
      computeVisibility(this.graph, this.stats, state),
      state.analysis,
    );
  }

  /** Sizes and colours from the view state and the analysis tools (metrics), then a redraw. */
  private redraw(): void {
    const base = computeSizes(this.graph, this.stats, this.store.get().sizeBy);
    this.render.sizes = this.analysis.sizes(base) ?? base;
    this.render.colours = this.analysis.colours();
    this.render.focus = this.computeFocus();
    this.sigma.refresh({ skipIndexation: true });
  }

  /** A search pick: a node the filters hide is shown first, and the status line says why it was hidden. */
  private pickFromSearch(key: string): void {
    const a = this.graph.getNodeAttributes(key);
    const reveal = revealNode(key, a, this.stats, this.store.get());
    this.notice = reveal
      ? `“${nodeLabel(a)}” was hidden (${reveal.reasons.join('; ')}); shown now.`
      : null;
    if (reveal) this.store.update({ ...reveal.patch, selection: { kind: 'node', key } });
    else this.store.update({ selection: { kind: 'node', key } });
    if (!this.render.visibility.nodes.has(key)) {
      this.notice = `“${nodeLabel(a)}” is hidden by the current filters.`;
      this.renderControls();
      return;
    }
    this.moveCameraTo(key);
  }

  /** Frames the visible nodes (all of them when every node is visible: sigma's own framing). */
  private frameVisible(animate: boolean): void {
    const camera = this.sigma.getCamera();
    const visible = this.render.visibility.nodes;
    if (visible.size === 0 || visible.size === this.graph.order) {
      if (animate) void camera.animatedReset({ duration: 300 });
      else camera.setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      return;
    }
    // @sigma/utils is typed for untyped attributes; it only reads positions.
    const sigma = this.sigma as unknown as Sigma;
    if (animate) void fitViewportToNodes(sigma, [...visible], { animate: true });
    else camera.setState(getCameraStateToFitViewportToNodes(sigma, [...visible]));
  }

  private select(selection: ViewState['selection'], moveCamera: boolean): void {
    this.store.update({ selection });
    if (moveCamera && selection?.kind === 'node') this.moveCameraTo(selection.key);
  }

  private moveCameraTo(node: string): void {
    const display = this.sigma.getNodeDisplayData(node);
    if (!display) return;
    const camera = this.sigma.getCamera();
    // Small graphs fit on screen: centre the node; big ones also zoom in on it.
    const ratio = this.graph.order < 500 ? camera.ratio : Math.min(camera.ratio, 0.35);
    void camera.animate({ x: display.x, y: display.y, ratio }, { duration: 450 });
  }

  private bindSigmaEvents(): void {
    const sigma = this.sigma;
    sigma.on('enterNode', ({ node }) => {
      this.hovered = node;
      this.refreshFocus();
      byId('sigma-container').style.cursor = 'pointer';
    });
    sigma.on('leaveNode', () => {
      this.hovered = null;
      this.refreshFocus();
      byId('sigma-container').style.cursor = '';
    });
    sigma.on('clickNode', ({ node }) => {
      if (!this.analysis.justDragged()) this.select({ kind: 'node', key: node }, false);
    });
    sigma.on('clickEdge', ({ edge }) => this.select({ kind: 'edge', key: edge }, false));
    sigma.on('clickStage', () => this.select(null, false));
    const camera = sigma.getCamera();
    const onCamera = () => this.store.update({ camera: camera.getState() });
    camera.on('updated', onCamera);
    this.cleanups.push(() => camera.off('updated', onCamera));
    const onKey = (event: KeyboardEvent) => {
      if (
        event.key === 'Escape' &&
        !(event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement)
      )
        this.select(null, false);
    };
    window.addEventListener('keydown', onKey);
    this.cleanups.push(() => window.removeEventListener('keydown', onKey));
  }

  private computeFocus(): Focus | null {
    const { graph } = this;
    const visibility = this.render.visibility;
    if (this.hovered && graph.hasNode(this.hovered)) {
      if (graph.order > HOVER_NEIGHBOURHOOD_LIMIT)
        return { nodes: new Set([this.hovered]), edges: new Set(), centre: this.hovered };
      return nodeNeighbourhood(graph, this.hovered, visibility);
    }
    const path = this.analysis?.pathFocus();
    if (path) return path;
    const selection = this.store.get().selection;
    if (selection?.kind === 'node' && graph.hasNode(selection.key))
      return nodeNeighbourhood(graph, selection.key, visibility);
    if (selection?.kind === 'edge' && graph.hasEdge(selection.key))
      return edgeFocus(graph, selection.key);
    if (this.queryHits) return nodeSetFocus(graph, this.queryHits, visibility);
    return null;
  }

  private refreshFocus(): void {
    const focus = this.computeFocus();
    if (focus === null && this.render.focus === null) return;
    this.render.focus = focus;
    this.sigma.refresh({ skipIndexation: true });
  }

  private onStateChange(next: ViewState, previous: ViewState): void {
    const filtersChanged = FILTER_KEYS.some((k) => next[k] !== previous[k]);
    const sizeChanged = next.sizeBy !== previous.sizeBy;
    if (filtersChanged) this.render.visibility = this.visibilityFor(next);
    if (filtersChanged || next.selection !== previous.selection)
      this.analysis.update(next, previous);
    if (sizeChanged || next.analysis !== previous.analysis) {
      const base = computeSizes(this.graph, this.stats, next.sizeBy);
      this.render.sizes = this.analysis.sizes(base) ?? base;
      this.render.colours = this.analysis.colours();
    }
    if (next.selection !== previous.selection && !filtersChanged && this.notice) {
      this.notice = null;
      this.showStatus();
    }
    if (filtersChanged || sizeChanged) this.renderControls();
    if (next.selection !== previous.selection) this.panel.show(next.selection);
    if (filtersChanged || sizeChanged) {
      this.render.focus = this.computeFocus();
      this.sigma.refresh();
    } else if (next.selection !== previous.selection) {
      this.refreshFocus();
    }
  }

  private renderControls(): void {
    const state = this.store.get();
    const { graph, stats, render, store } = this;
    renderAppearance(byId('appearance'), store);
    renderLegend(byId('node-legend'), {
      id: 'legend-node-types',
      swatch: 'dot',
      items: nodeTypeItems(graph, stats, render.visibility, state.showValueNodes),
      hidden: state.hiddenTypes,
      onChange: (hiddenTypes) => store.update({ hiddenTypes }),
    });
    const edgeCounts = visibleEdgeCounts(graph, render.visibility);
    renderLegend(byId('edge-legend'), {
      id: 'legend-edge-categories',
      swatch: 'line',
      items: edgeCategoryItems(stats, edgeCounts, state.showValueNodes),
      hidden: state.hiddenCategories,
      onChange: (hiddenCategories) => store.update({ hiddenCategories }),
    });
    renderFilterControls(byId('filters'), store, stats);
    this.counts =
      `${render.visibility.nodes.size.toLocaleString('en')} of ${graph.order.toLocaleString('en')} nodes · ` +
      `${[...edgeCounts.values()].reduce((a, b) => a + b, 0).toLocaleString('en')} of ${graph.size.toLocaleString('en')} edges shown`;
    this.showStatus();
    renderEmptyState(byId('empty-state'), {
      total: graph.order,
      shown: render.visibility.nodes.size,
      reset: () => store.update(resetFilters(graph)),
    });
    const meta = this.meta;
    byId('graph-title').textContent =
      `${this.source} · ${meta.entityCount} entities · ${meta.relationCount} relations · ${meta.articleCount} articles`;
  }

  private counts = '';

  private showStatus(): void {
    byId('status').textContent = this.counts + (this.notice ? ` · ${this.notice}` : '');
  }

  private mountZoom(): void {
    const camera = this.sigma.getCamera();
    const button = (label: string, title: string, action: () => void) => {
      const b = el('button', { title, 'aria-label': title }, label);
      b.addEventListener('click', action);
      return b;
    };
    byId('zoom').replaceChildren(
      button('+', 'Zoom in', () => void camera.animatedZoom({ duration: 250 })),
      button('−', 'Zoom out', () => void camera.animatedUnzoom({ duration: 250 })),
      button('⤢', 'Fit the visible nodes', () => this.frameVisible(true)),
    );
  }

  destroy(): void {
    this.unsubscribe();
    for (const cleanup of this.cleanups) cleanup();
    this.analysis.destroy();
    this.layout.destroy();
    this.labels?.destroy();
    this.search.destroy();
    this.sigma.kill();
    this.panel.show(null);
  }
}
