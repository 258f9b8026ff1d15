/**
 * The timeline: a bar per date (how many relations or articles fall on it) and a two-handle range
 * (two range inputs) over those dates; the basis says which dates count (the relation's or its
 * articles'); undated relations stay unless unticked. The choice lives in the URL.
 */
import type { AnalysisHost } from '../app/analysis-host.js';
import { updateAnalysis } from '../app/analysis-host.js';
import type { TimeBasis, TimeRange } from '../state/analysis-state.js';
import { el } from '../ui/dom.js';
import { articleDates, dateStops, edgeDates } from './dates.js';

/** How many relations each stop carries (a relation counts once per date it has). O(edges). */
function histogram(host: AnalysisHost, stops: readonly string[], basis: TimeBasis): number[] {
  const index = new Map(stops.map((s, i) => [s, i]));
  const counts = stops.map(() => 0);
  const published = articleDates(host.graph);
  host.graph.forEachEdge((_key, a) => {
    if (a.kind !== 'relation') return;
    for (const d of new Set(edgeDates(a, basis, published).map((x) => x.slice(0, 10)))) {
      const i = index.get(d);
      if (i !== undefined) counts[i]!++;
    }
  });
  return counts;
}

export function renderTimeControls(container: HTMLElement, host: AnalysisHost): void {
  const state = host.store.get().analysis.time;
  const basis: TimeBasis = state?.basis ?? 'relation';
  const stops = dateStops(host.graph, basis);
  const basisSelect = el('select', { id: 'time-basis', 'aria-label': 'Which dates count' });
  for (const [value, label] of [
    ['relation', 'relation dates'],
    ['article', 'article dates'],
  ] as const)
    basisSelect.append(el('option', { value, selected: value === basis }, label));
  const current = (): TimeRange => state ?? { from: null, to: null, basis, keepUndated: true };
  basisSelect.addEventListener('change', () =>
    updateAnalysis(host, {
      time: { ...current(), from: null, to: null, basis: basisSelect.value as TimeBasis },
    }),
  );
  if (stops.length === 0) {
    container.replaceChildren(
      el('div', { className: 'row' }, el('span', {}, 'By'), basisSelect),
      el(
        'p',
        { className: 'hint', id: 'time-status' },
        basis === 'relation'
          ? 'No dates here: no relation states a date and no article has a publication date.'
          : 'No article has a publication date (jsonl input with publishedAt or date gives one).',
      ),
    );
    return;
  }
  const indexOf = (bound: string | null, fallback: number): number => {
    if (!bound) return fallback;
    const i = stops.findIndex((s) => s.startsWith(bound) || bound.startsWith(s));
    return i >= 0 ? i : fallback;
  };
  const lo = indexOf(state?.from ?? null, 0);
  const hi = indexOf(state?.to ?? null, stops.length - 1);
  const max = stops.length - 1;
  const fromInput = el('input', {
    id: 'time-from',
    type: 'range',
    min: 0,
    max,
    value: lo,
    'aria-label': 'From date',
  });
  const toInput = el('input', {
    id: 'time-to',
    type: 'range',
    min: 0,
    max,
    value: hi,
    'aria-label': 'To date',
  });
  const apply = () => {
    const a = Math.min(Number(fromInput.value), Number(toInput.value));
    const b = Math.max(Number(fromInput.value), Number(toInput.value));
    updateAnalysis(host, { time: { ...current(), from: stops[a]!, to: stops[b]! } });
  };
  fromInput.addEventListener('change', apply);
  toInput.addEventListener('change', apply);
  fromInput.setAttribute('aria-valuetext', stops[lo]!);
  toInput.setAttribute('aria-valuetext', stops[hi]!);
  const undated = el('input', {
    type: 'checkbox',
    id: 'time-undated',
    checked: state?.keepUndated ?? true,
  });
  undated.addEventListener('change', () =>
    updateAnalysis(host, { time: { ...current(), keepUndated: undated.checked } }),
  );
  const reset = el('button', { id: 'time-reset', disabled: !state }, 'All dates');
  reset.addEventListener('click', () => updateAnalysis(host, { time: null }));
  const counts = histogram(host, stops, basis);
  const top = Math.max(1, ...counts);
  const bars = el('div', { className: 'timeline', id: 'timeline', 'aria-hidden': 'true' });
  counts.forEach((c, i) => {
    const bar = el('span', {
      className: `bar${i >= Math.min(lo, hi) && i <= Math.max(lo, hi) ? ' in' : ''}`,
      title: `${stops[i]}: ${c}`,
      style: `height:${Math.max(8, Math.round((c / top) * 100))}%`,
    });
    bars.append(bar);
  });
  container.replaceChildren(
    el('div', { className: 'row' }, el('span', {}, 'By'), basisSelect),
    bars,
    el('div', { className: 'time-range' }, fromInput, toInput),
    el(
      'p',
      { className: 'hint', id: 'time-status', role: 'status' },
      `${stops[Math.min(lo, hi)]} – ${stops[Math.max(lo, hi)]}`,
    ),
    el('div', { className: 'row' }, el('label', {}, undated, ' Keep undated'), reset),
  );
}
