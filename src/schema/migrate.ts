/**
 * Graph files of an older envelope version, brought to the current one on read (never written back).
 *
 *   version 1 → 2: evidence `trigger` was a string (the trigger words, or sometimes a rule label such
 *   as "cue"); version 2 makes it a span of the sentence and adds `rule`. A version-1 string cannot be
 *   placed reliably (searching the sentence for it is what marked "en" inside "agencias"), so it is
 *   dropped: migrated evidence has no trigger and no rule. Node keys are kept as they were written.
 */
import { GRAPH_VERSION } from './graph-file.js';

/** Versions `migrateEnvelope` can read. */
export const READABLE_VERSIONS: readonly number[] = [1, GRAPH_VERSION];

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function withoutStringTrigger(evidence: unknown): unknown {
  if (!isObject(evidence) || typeof evidence.trigger !== 'string') return evidence;
  const { trigger: _legacy, ...rest } = evidence;
  return rest;
}

function migrateEdge(edge: unknown): unknown {
  if (!isObject(edge) || !isObject(edge.attributes) || !Array.isArray(edge.attributes.evidence))
    return edge;
  return {
    ...edge,
    attributes: {
      ...edge.attributes,
      evidence: edge.attributes.evidence.map(withoutStringTrigger),
    },
  };
}

/**
 * The envelope at the current version. Anything that is not a version-1 envelope is returned as it
 * is (validation then reports what is wrong with it); the input is never modified.
 */
export function migrateEnvelope(value: unknown): unknown {
  if (!isObject(value) || value.version !== 1 || !isObject(value.graph)) return value;
  const edges = value.graph.edges;
  return {
    ...value,
    version: GRAPH_VERSION,
    graph: { ...value.graph, ...(Array.isArray(edges) ? { edges: edges.map(migrateEdge) } : {}) },
  };
}
