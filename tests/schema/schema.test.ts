import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSyntheticGraph } from '../../src/graph/synthetic.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { graphJsonSchema } from '../../src/schema/json-schema.js';
import {
  GRAPH_VERSION,
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
    expect(() => validateGraphEnvelope({ ...env, version: 3 }, 'x.json')).toThrow(
      /reads versions 1 and 2, got 3/,
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
      readFileSync(
        join(PACKAGE_ROOT, 'schema', `trama-graph.v${GRAPH_VERSION}.schema.json`),
        'utf8',
      ),
    );
    expect(committed).toEqual(graphJsonSchema());
  });

  it('reads a version-1 file: string triggers are dropped, everything else is kept', () => {
    const env = generateSyntheticGraph({ nodes: 20, edges: 30 });
    const v1 = structuredClone(env) as unknown as {
      version: number;
      graph: { edges: { attributes: { kind: string; evidence?: Record<string, unknown>[] } }[] };
    };
    v1.version = 1;
    const relation = v1.graph.edges.find((e) => e.attributes.kind === 'relation')!;
    relation.attributes.evidence![0]!.trigger = 'cue';
    const before = JSON.stringify(v1);
    const read = validateGraphEnvelope(v1, 'old.json');
    expect(JSON.stringify(v1)).toBe(before); // the input is not modified
    expect(read.version).toBe(GRAPH_VERSION);
    const migrated = read.graph.edges.find((e) => e.attributes.kind === 'relation')!.attributes;
    expect(migrated.kind === 'relation' && migrated.evidence[0]!.trigger).toBeUndefined();
    const { trigger: _dropped, ...kept } = relation.attributes.evidence![0]!;
    expect(migrated.kind === 'relation' && migrated.evidence[0]).toEqual(kept);
    expect(read.graph.nodes).toEqual(env.graph.nodes);
    // A version-2 file with a string trigger is an error, not silently migrated.
    const bad = structuredClone(v1);
    bad.version = 2;
    expect(() => validateGraphEnvelope(bad, 'bad.json')).toThrow(/bad\.json: .*trigger/);
  });
});
