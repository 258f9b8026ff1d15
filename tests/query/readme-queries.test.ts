import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { EXAMPLE_QUERIES, renderExampleQueries } from '../../src/query/index.js';

describe('README example queries', () => {
  it('are exactly the queries the Neo4j tests run (run npm run docs:queries after changing them)', () => {
    const readme = readFileSync(join(PACKAGE_ROOT, 'README.md'), 'utf8');
    expect(renderExampleQueries(readme)).toBe(readme);
    for (const q of EXAMPLE_QUERIES) expect(readme).toContain(q.cypher.trim());
  });
});
