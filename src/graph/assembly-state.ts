/**
 * Side indexes that make assembly linear: membership sets for the lists the graph keeps in place
 * (surface forms by folded key, demonyms, relation dates), and an optional counter of the work done
 * per addition (elements copied and sorted) for tests. Built lazily from a node's or edge's own
 * attributes, so a graph read from a file can keep growing.
 */
import { foldName, type EntityNode, type RelationEdge } from '../schema/index.js';
import type { TramaGraph } from './assemble.js';

/** Work done by assembly, in list elements: what tests count instead of time. */
export interface AssemblyWork {
  copied: number;
  sorted: number;
}

export interface EntityForms {
  /** Folded form → first surface form, in the order [name, ...aliases]. */
  readonly forms: Map<string, string>;
  readonly demonyms: Set<string>;
}

interface AssemblyState {
  readonly entities: Map<string, EntityForms>;
  readonly relationDates: Map<string, Set<string>>;
  readonly folds: Map<string, string>;
}

const states = new WeakMap<TramaGraph, AssemblyState>();

function stateOf(graph: TramaGraph): AssemblyState {
  let state = states.get(graph);
  if (!state) {
    state = { entities: new Map(), relationDates: new Map(), folds: new Map() };
    states.set(graph, state);
  }
  return state;
}

/** `foldName`, memoised per graph (names repeat across articles). */
export function foldOf(graph: TramaGraph, text: string): string {
  const { folds } = stateOf(graph);
  let folded = folds.get(text);
  if (folded === undefined) {
    folded = foldName(text);
    folds.set(text, folded);
  }
  return folded;
}

export function entityForms(graph: TramaGraph, key: string, node: EntityNode): EntityForms {
  const { entities } = stateOf(graph);
  let forms = entities.get(key);
  if (!forms) {
    forms = { forms: new Map(), demonyms: new Set() };
    for (const f of [node.name, ...node.aliases]) {
      const folded = foldOf(graph, f);
      if (!forms.forms.has(folded)) forms.forms.set(folded, f);
    }
    for (const d of node.demonyms) forms.demonyms.add(foldOf(graph, d));
    entities.set(key, forms);
  }
  return forms;
}

export function relationDates(graph: TramaGraph, key: string, edge: RelationEdge): Set<string> {
  const { relationDates: all } = stateOf(graph);
  let dates = all.get(key);
  if (!dates) {
    dates = new Set(edge.dates);
    all.set(key, dates);
  }
  return dates;
}
