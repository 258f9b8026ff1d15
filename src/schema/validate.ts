/**
 * Runtime validation of graph files: parse, check the envelope, and check graph-level invariants
 * the per-object schemas cannot see (edge endpoints exist, unique keys, categories match predicates).
 */
import type { z } from 'zod';
import { parseJsonBuffer } from '../io/json-buffer.js';
import { SchemaError } from './errors.js';
import { GraphEnvelopeSchema, type GraphEnvelope } from './graph-file.js';
import { categoryOf } from './predicates.js';
import { READABLE_VERSIONS, migrateEnvelope } from './migrate.js';

function formatIssues(error: z.ZodError): string[] {
  return error.issues.map(
    (issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`,
  );
}

/** Validate an already-parsed value as a trama graph envelope. `where` names the file or call. */
export function validateGraphEnvelope(
  value: unknown,
  where = 'validateGraphEnvelope',
): GraphEnvelope {
  if (value && typeof value === 'object' && 'format' in value) {
    const v = value as { format?: unknown; version?: unknown };
    if (v.format !== 'trama-graph') {
      throw new SchemaError(where, [
        `format: expected "trama-graph", got ${JSON.stringify(v.format)}`,
      ]);
    }
    if (typeof v.version !== 'number' || !READABLE_VERSIONS.includes(v.version)) {
      throw new SchemaError(where, [
        `version: this trama reads versions ${READABLE_VERSIONS.join(' and ')}, got ${JSON.stringify(v.version)}`,
      ]);
    }
  }
  const parsed = GraphEnvelopeSchema.safeParse(migrateEnvelope(value));
  if (!parsed.success) throw new SchemaError(where, formatIssues(parsed.error));
  const envelope = parsed.data;
  const problems: string[] = [];
  const keys = new Set<string>();
  for (const node of envelope.graph.nodes) {
    if (keys.has(node.key)) problems.push(`graph.nodes: duplicate key ${JSON.stringify(node.key)}`);
    keys.add(node.key);
  }
  const edgeKeys = new Set<string>();
  for (const edge of envelope.graph.edges) {
    if (edgeKeys.has(edge.key))
      problems.push(`graph.edges: duplicate key ${JSON.stringify(edge.key)}`);
    edgeKeys.add(edge.key);
    if (!keys.has(edge.source))
      problems.push(
        `edge ${JSON.stringify(edge.key)}: unknown source ${JSON.stringify(edge.source)}`,
      );
    if (!keys.has(edge.target))
      problems.push(
        `edge ${JSON.stringify(edge.key)}: unknown target ${JSON.stringify(edge.target)}`,
      );
    const a = edge.attributes;
    if (a.kind === 'relation' && categoryOf(a.predicate) !== a.category) {
      problems.push(
        `edge ${JSON.stringify(edge.key)}: predicate ${a.predicate} has category ${categoryOf(a.predicate)}, not ${a.category}`,
      );
    }
  }
  if (problems.length) throw new SchemaError(where, problems);
  return envelope;
}

/**
 * Parse JSON text (or the bytes of a file, of any size) and validate it; errors name `where` (usually
 * the file path).
 */
export function parseGraphEnvelope(json: string | Uint8Array, where: string): GraphEnvelope {
  let value: unknown;
  try {
    value = typeof json === 'string' ? JSON.parse(json) : parseJsonBuffer(json);
  } catch (error) {
    throw new SchemaError(where, [`not valid JSON (${(error as Error).message})`]);
  }
  return validateGraphEnvelope(value, where);
}
