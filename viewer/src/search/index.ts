/** Search over node names and aliases, ranked: exact, then word-prefix, then substring; shorter first. */
import { foldName } from '../schema.js';
import { nodeLabel } from '../render/reducers.js';
import type { TramaGraph } from '../graph/types.js';

export interface SearchHit {
  key: string;
  label: string;
  type: string;
  /** The alias that matched, when it was not the name. */
  via: string | null;
  score: number;
}

interface Entry {
  key: string;
  label: string;
  type: string;
  forms: { text: string; normalized: string }[];
}

export interface SearchIndex {
  search(query: string, limit?: number): SearchHit[];
}

function formsOf(label: string, aliases: readonly string[]): Entry['forms'] {
  const seen = new Set<string>();
  const forms: Entry['forms'] = [];
  for (const text of [label, ...aliases]) {
    const normalized = foldName(text);
    if (!normalized || seen.has(normalized)) continue;
    seen.add(normalized);
    forms.push({ text, normalized });
  }
  return forms;
}

function scoreForm(normalized: string, query: string): number {
  if (normalized === query) return 3;
  if (normalized.startsWith(query)) return 2.5;
  if (normalized.includes(` ${query}`)) return 2;
  if (normalized.includes(query)) return 1;
  return 0;
}

export function buildSearchIndex(graph: TramaGraph): SearchIndex {
  const entries: Entry[] = [];
  graph.forEachNode((key, a) => {
    const label = nodeLabel(a);
    const aliases = a.kind === 'entity' ? [...a.aliases, ...a.demonyms] : [];
    entries.push({ key, label, type: a.type, forms: formsOf(label, aliases) });
  });
  return {
    search(query, limit = 10) {
      const q = foldName(query);
      if (!q) return [];
      const hits: SearchHit[] = [];
      for (const entry of entries) {
        let best = 0;
        let via: string | null = null;
        entry.forms.forEach((form, index) => {
          const score = scoreForm(form.normalized, q) - (index > 0 ? 0.1 : 0);
          if (score > best) {
            best = score;
            via = index > 0 ? form.text : null;
          }
        });
        if (best > 0)
          hits.push({ key: entry.key, label: entry.label, type: entry.type, via, score: best });
      }
      hits.sort(
        (a, b) =>
          b.score - a.score || a.label.length - b.label.length || a.label.localeCompare(b.label),
      );
      return hits.slice(0, limit);
    },
  };
}
