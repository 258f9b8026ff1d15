/**
 * Which graph nodes a Cypher result refers to: any cell (or nested value) that is a node key, or an
 * object whose `key` (or `properties.key`) is one. Return `n.key` or `n` to light nodes up.
 */
const MAX_DEPTH = 4;

export function matchResultNodes(
  rows: readonly unknown[][],
  hasNode: (key: string) => boolean,
): Set<string> {
  const found = new Set<string>();
  const visit = (value: unknown, depth: number): void => {
    if (depth > MAX_DEPTH || value === null || value === undefined) return;
    if (typeof value === 'string') {
      if (hasNode(value)) found.add(value);
      return;
    }
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    if (typeof value === 'object')
      for (const item of Object.values(value as Record<string, unknown>)) visit(item, depth + 1);
  };
  for (const row of rows) for (const cell of row) visit(cell, 0);
  return found;
}
