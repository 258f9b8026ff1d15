import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSyntheticGraph } from '../../src/graph/synthetic.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { graphJsonSchema } from '../../src/schema/json-schema.js';
import {
  PREDICATES,
  SchemaError,
  parseGraphEnvelope,
  validateGraphEnvelope,
} from '../../src/schema/index.js';

describe('graph schema', () => {
  it('accepts a valid envelope and rejects a wrong format, version, dangling edge or mismatched category', () => {
    const env = generateSyntheticGraph({ nodes: 20, edges: 30 });
    expect(validateGraphEnvelope(env)).toEqual(env);
    expect(() => validateGraphEnvelope({ ...env, format: 'other' }, 'x.json')).toThrow(
      /x\.json: .*expected "trama-graph"/,
    );
    expect(() => validateGraphEnvelope({ ...env, version: 2 }, 'x.json')).toThrow(
      /reads version 1, got 2/,
    );
    const dangling = structuredClone(env);
    dangling.graph.edges[0]!.target = 'nope';
    expect(() => validateGraphEnvelope(dangling, 'd.json')).toThrow(/unknown target "nope"/);
    const wrong = structuredClone(env);
    const edge = wrong.graph.edges.find(
      (e) => e.attributes.kind === 'relation' && e.attributes.category !== 'conflict',
    )!;
    if (edge.attributes.kind === 'relation') edge.attributes.category = 'conflict';
    expect(() => validateGraphEnvelope(wrong, 'w.json')).toThrow(SchemaError);
  });

  it('names the file when the JSON does not parse', () => {
    expect(() => parseGraphEnvelope('{oops', 'broken.json')).toThrow(
      /broken\.json: .*not valid JSON/,
    );
  });

  it('every predicate is UPPER_SNAKE and has a category', () => {
    for (const [name, info] of Object.entries(PREDICATES)) {
      expect(name).toMatch(/^[A-Z]+(_[A-Z]+)*$/);
      expect(info.category).toBeTruthy();
    }
  });

  it('the committed JSON Schema is the one generated from the zod source', () => {
    const committed = JSON.parse(
      readFileSync(join(PACKAGE_ROOT, 'schema', 'trama-graph.v1.schema.json'), 'utf8'),
    );
    expect(committed).toEqual(graphJsonSchema());
  });
});
