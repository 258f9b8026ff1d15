/** Neo4j result values → plain JSON-able values (nodes, relationships, paths, temporals, integers). */
import neo4j from 'neo4j-driver';

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) {
    const n = value as { inSafeRange(): boolean; toNumber(): number; toString(): string };
    return n.inSafeRange() ? n.toNumber() : n.toString();
  }
  if (typeof value === 'bigint')
    return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isNode(value as never)) {
    const node = value as { labels: string[]; properties: Record<string, unknown> };
    return { labels: node.labels, properties: toPlain(node.properties) };
  }
  if (neo4j.isRelationship(value as never)) {
    const rel = value as { type: string; properties: Record<string, unknown> };
    return { type: rel.type, properties: toPlain(rel.properties) };
  }
  if (neo4j.isPath(value as never)) {
    const path = value as {
      start: unknown;
      segments: Array<{ relationship: unknown; end: unknown }>;
    };
    return [
      toPlain(path.start),
      ...path.segments.flatMap((s) => [toPlain(s.relationship), toPlain(s.end)]),
    ];
  }
  if (
    neo4j.isDate(value as never) ||
    neo4j.isDateTime(value as never) ||
    neo4j.isLocalDateTime(value as never) ||
    neo4j.isTime(value as never) ||
    neo4j.isLocalTime(value as never) ||
    neo4j.isDuration(value as never) ||
    neo4j.isPoint(value as never)
  ) {
    return String(value);
  }
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toPlain(v)]),
    );
  }
  return value;
}

/** Parameters from JSON-ish values: integral numbers become Neo4j integers (so `LIMIT $n` works). */
export function toNeo4jParams(params: Record<string, unknown>): Record<string, unknown> {
  const convert = (v: unknown): unknown => {
    if (typeof v === 'number' && Number.isInteger(v)) return neo4j.int(v);
    if (Array.isArray(v)) return v.map(convert);
    if (v && typeof v === 'object' && v.constructor === Object)
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, convert(x)]));
    return v;
  };
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, convert(v)]));
}

/** `--param k=v`: v is read as JSON when it parses (numbers, true, lists, "quoted"), else as a plain string. */
export function parseParam(text: string): [string, unknown] {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new Error(`expected k=v, got ${JSON.stringify(text)}`);
  const key = text.slice(0, eq).trim();
  const raw = text.slice(eq + 1);
  try {
    return [key, JSON.parse(raw) as unknown];
  } catch {
    return [key, raw];
  }
}
