/**
 * Metrics on demand: PageRank, betweenness and Louvain communities computed in a worker (never on the
 * first-frame path), then usable for node size and colour. The table shows the values too.
 */
import type { AnalysisHost } from '../app/analysis-host.js';
import { updateAnalysis } from '../app/analysis-host.js';
import type { ColorBy, MetricSize } from '../state/analysis-state.js';
import { el } from '../ui/dom.js';
import { communityColours, metricSizes } from './appearance.js';
import { BETWEENNESS_NODE_LIMIT, computeMetricsInWorker, type Metrics } from './client.js';

export interface MetricsControl {
  metrics(): Metrics | null;
  sizes(base: ReadonlyMap<string, number>): Map<string, number> | null;
  colours(): Map<string, string> | null;
  render(container: HTMLElement): void;
  /** Starts the computation if the view asks for a metric and none is there yet. */
  ensure(): void;
  destroy(): void;
}

export function createMetricsControl(host: AnalysisHost, onChange: () => void): MetricsControl {
  let metrics: Metrics | null = null;
  let running: { cancel(): void } | null = null;
  let error: string | null = null;

  const run = () => {
    if (metrics || running) return;
    const job = computeMetricsInWorker(host.graph);
    running = job;
    job.result.then(
      (m) => {
        running = null;
        metrics = m;
        onChange();
      },
      (e: unknown) => {
        running = null;
        error = (e as Error).message;
        onChange();
      },
    );
  };

  const control: MetricsControl = {
    metrics: () => metrics,
    sizes(base) {
      const by = host.store.get().analysis.metricSize;
      return metrics && by ? metricSizes(host.graph, metrics, by, base) : null;
    },
    colours() {
      return metrics ? communityColours(metrics, host.store.get().analysis.colorBy) : null;
    },
    ensure() {
      const a = host.store.get().analysis;
      if (a.metricSize || a.colorBy !== 'type') run();
    },
    render(target) {
      const a = host.store.get().analysis;
      const size = el('select', { id: 'metric-size', 'aria-label': 'Size by metric' });
      for (const [value, label] of [
        ['', 'size: as in Appearance'],
        ['pagerank', 'size: PageRank'],
        ['betweenness', 'size: betweenness'],
      ] as const)
        size.append(el('option', { value, selected: value === (a.metricSize ?? '') }, label));
      size.addEventListener('change', () =>
        updateAnalysis(host, { metricSize: (size.value || null) as MetricSize | null }),
      );
      const colour = el('select', { id: 'color-by', 'aria-label': 'Colour by' });
      for (const [value, label] of [
        ['type', 'colour: type'],
        ['community', 'colour: community (Louvain)'],
      ] as const)
        colour.append(el('option', { value, selected: value === a.colorBy }, label));
      colour.addEventListener('change', () =>
        updateAnalysis(host, { colorBy: colour.value as ColorBy }),
      );
      const compute = el(
        'button',
        { id: 'metrics-run', disabled: Boolean(metrics || running) },
        'Compute metrics',
      );
      compute.addEventListener('click', () => {
        run();
        control.render(target);
      });
      const status = error
        ? `Metrics failed: ${error}`
        : running
          ? 'Computing in a worker…'
          : metrics
            ? `PageRank${metrics.betweenness ? ', betweenness' : ''} and ${metrics.communityCount} communities (modularity ${metrics.modularity.toFixed(2)}) in ${Math.round(metrics.ms)} ms` +
              (metrics.betweenness
                ? ''
                : `; betweenness skipped above ${BETWEENNESS_NODE_LIMIT.toLocaleString('en')} entities`)
            : 'Not computed yet.';
      target.replaceChildren(
        el('div', { className: 'row tools' }, compute),
        el('div', { className: 'row' }, size),
        el('div', { className: 'row' }, colour),
        el('p', { className: 'hint', id: 'metrics-status', role: 'status' }, status),
      );
    },
    destroy() {
      running?.cancel();
      running = null;
    },
  };
  return control;
}
