/** applyMerges: "these two are the same entity" folded into one node, on a made-up graph. */
import { describe, expect, it } from 'vitest';
import { applyMerges } from '../../src/schema/apply-merges.js';
import {
  parseMergeList,
  SchemaError,
  type EntityNode,
  type RelationEdge,
} from '../../src/schema/index.js';
import { buildViewerSampleGraph } from '../fixtures/viewer-graphs.js';

const node = (env: ReturnType<typeof buildViewerSampleGraph>, key: string) =>
  env.graph.nodes.find((n) => n.key === key)?.attributes as EntityNode | undefined;

describe('applyMerges', () => {
  const before = buildViewerSampleGraph();

  it('folds B into A: key gone, names become aliases, mentions and articles move', () => {
    const a = node(before, 'country:valdoria')!;
    const b = node(before, 'country:nortania')!;
    const { envelope, applied, skipped } = applyMerges(before, [
      { into: 'country:valdoria', from: 'country:nortania' },
    ]);
    expect(applied).toHaveLength(1);
    expect(skipped).toEqual([]);
    expect(node(envelope, 'country:nortania')).toBeUndefined();
    const merged = node(envelope, 'country:valdoria')!;
    expect(merged.name).toBe('Valdoria');
    expect(merged.aliases).toContain('Nortania');
    expect(merged.mentionCount).toBe(a.mentionCount + b.mentionCount);
    expect(merged.mentions).toHaveLength(a.mentions.length + b.mentions.length);
    expect(merged.articles).toEqual([...new Set([...a.articles, ...b.articles])].sort());
    expect(envelope.meta.entityCount).toBe(before.meta.entityCount - 1);
  });

  it('keeps one alias per name under the one name folding (dots, accents and case do not make new ones)', () => {
    const withAliases = structuredClone(before);
    const from = withAliases.graph.nodes.find((n) => n.key === 'country:nortania')!
      .attributes as EntityNode;
    from.aliases = ['N.O.R.T.A.N.I.A.', 'Nortaniá', 'NORTANIA'];
    const { envelope } = applyMerges(withAliases, [
      { into: 'country:valdoria', from: 'country:nortania' },
    ]);
    const aliases = node(envelope, 'country:valdoria')!.aliases;
    expect(aliases.filter((a) => a.toLowerCase().replaceAll('.', '').startsWith('nortan'))).toEqual(
      ['Nortania'],
    );
  });

  it('re-points edges, drops the edges between the two, and combines edges that collide', () => {
    const { envelope } = applyMerges(before, [
      { into: 'country:valdoria', from: 'country:nortania' },
    ]);
    const keys = envelope.graph.edges.map((e) => e.key);
    expect(keys.some((k) => k.includes('country:nortania'))).toBe(false);
    // Nortania ATTACKED the strait: now Valdoria did (the edge moved with its evidence).
    const attacked = envelope.graph.edges.find(
      (e) => e.key === 'country:valdoria|ATTACKED|place:estrecho-de-brumas',
    );
    expect(attacked?.source).toBe('country:valdoria');
    expect((attacked?.attributes as RelationEdge).evidence[0]!.text).toMatch(/atacaron/);
    // Valdoria DENOUNCED Nortania would be a self-loop: gone.
    expect(envelope.graph.edges.some((e) => e.source === e.target)).toBe(false);
    // Both were mentioned in article 2: one MENTIONED_IN edge with the summed count.
    const before2 = before.graph.edges.filter(
      (e) => e.target === 'article:0456be7dbec22aab' && /country:(valdoria|nortania)\|/.test(e.key),
    );
    const after2 = envelope.graph.edges.filter(
      (e) => e.key === 'country:valdoria|MENTIONED_IN|article:0456be7dbec22aab',
    );
    expect(after2).toHaveLength(1);
    const count = (e: (typeof after2)[0]) => (e.attributes as { count: number }).count;
    expect(count(after2[0]!)).toBe(before2.reduce((n, e) => n + count(e), 0));
  });

  it('resolves chains and skips merges naming nodes the graph does not have', () => {
    const { envelope, applied, skipped } = applyMerges(before, [
      { into: 'person:marta-quiroga', from: 'person:tomas-ibarra' },
      { into: 'person:tomas-ibarra', from: 'person:sergei-lavrov' },
      { into: 'person:nobody', from: 'country:rusia' },
      { into: 'country:rusia', from: 'date:el-martes' },
    ]);
    expect(applied).toHaveLength(2);
    expect(skipped.map((s) => s.reason)).toEqual([
      'no node "person:nobody"',
      '"date:el-martes" is not an entity',
    ]);
    const quiroga = node(envelope, 'person:marta-quiroga')!;
    expect(quiroga.aliases).toEqual(expect.arrayContaining(['Tomás Ibarra', 'Serguéi Lavrov']));
    // Lavrov SAID_TO / MET_WITH Quiroga became self-loops and vanished; MINISTER_OF moved.
    expect(
      envelope.graph.edges.find((e) => e.key === 'person:marta-quiroga|MINISTER_OF|country:rusia'),
    ).toBeDefined();
  });

  it('returns the same envelope when nothing applies', () => {
    const { envelope } = applyMerges(before, [{ into: 'x', from: 'y' }]);
    expect(envelope).toBe(before);
  });
});

describe('parseMergeList', () => {
  it('reads a merge list and names the file and field when it is wrong', () => {
    const ok = parseMergeList(
      JSON.stringify({ format: 'trama-merges', version: 1, merges: [{ into: 'a', from: 'b' }] }),
      'm.json',
    );
    expect(ok.merges).toEqual([{ into: 'a', from: 'b' }]);
    expect(() => parseMergeList('{', 'm.json')).toThrow(/m\.json: invalid trama merge list/);
    expect(() =>
      parseMergeList(
        JSON.stringify({ format: 'trama-merges', version: 1, merges: [{ into: 'a' }] }),
        'm.json',
      ),
    ).toThrow(SchemaError);
    expect(() =>
      parseMergeList(
        JSON.stringify({ format: 'trama-merges', version: 1, merges: [{ into: 'a', from: 'a' }] }),
        'm.json',
      ),
    ).toThrow(/merges\.0: into and from are the same node/);
  });
});
