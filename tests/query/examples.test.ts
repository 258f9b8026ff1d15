/** The example queries name entities of the shipped sample, and `trama query --example` runs them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseQuery } from '../../src/cli/commands/query.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { EXAMPLE_QUERIES, exampleQuery } from '../../src/query/index.js';
import { UsageError } from '../../src/schema/errors.js';
import { assertBuilt, trama } from '../cli/run-cli.js';

const sample = JSON.parse(
  readFileSync(join(PACKAGE_ROOT, 'graph-data', 'sample.json'), 'utf8'),
) as {
  graph: { nodes: Array<{ attributes: { kind: string; name?: string } }> };
};
const SAMPLE_NAMES = new Set(
  sample.graph.nodes.filter((n) => n.attributes.kind === 'entity').map((n) => n.attributes.name),
);

describe('example queries', () => {
  it('every text parameter is the name of an entity in graph-data/sample.json', () => {
    const texts = EXAMPLE_QUERIES.flatMap((q) =>
      Object.values(q.params).filter((v): v is string => typeof v === 'string'),
    );
    expect(texts.length).toBeGreaterThan(3);
    for (const name of texts) expect(SAMPLE_NAMES, name).toContain(name);
  });

  it('--example takes the example text and its parameters, --param overrides them', () => {
    const chosen = chooseQuery(undefined, { example: 'neighbourhood', param: { name: 'Rusia' } });
    expect(chosen.cypher).toBe(exampleQuery('neighbourhood')!.cypher);
    expect(chosen.params).toEqual({ name: 'Rusia' });
    expect(() => chooseQuery('RETURN 1', { example: 'neighbourhood' })).toThrow(UsageError);
    expect(() => chooseQuery(undefined, { example: 'nope' })).toThrow(/who-met-whom/);
    expect(() => chooseQuery(undefined, {})).toThrow(UsageError);
  });

  it('trama query --list-examples lists every example with its parameters, without Neo4j', async () => {
    assertBuilt();
    const r = await trama(['query', '--list-examples']);
    expect(r.code).toBe(0);
    for (const q of EXAMPLE_QUERIES) expect(r.stdout).toContain(q.name);
    expect(r.stdout).toContain('parameters: name=Serguéi Lavrov');
  });
});
