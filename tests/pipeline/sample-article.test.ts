/** The product brief's sample article: the entities and relations the foundation issue requires. */
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../src/pipeline/index.js';
import type { EntityNode, GraphEnvelope, RelationEdge } from '../../src/schema/index.js';
import { HAS_SHARED, SAMPLE_PATH } from '../helpers/shared-data.js';

describe.skipIf(!HAS_SHARED)('sample article (Lavrov in Wonsan)', () => {
  let envelope: GraphEnvelope;
  let text: string;
  const entities = (): EntityNode[] =>
    envelope.graph.nodes
      .map((n) => n.attributes)
      .filter((a): a is EntityNode => a.kind === 'entity');
  const byName = (name: string): { key: string; attributes: EntityNode } | undefined =>
    envelope.graph.nodes.find(
      (n) => n.attributes.kind === 'entity' && n.attributes.name === name,
    ) as { key: string; attributes: EntityNode } | undefined;
  const relations = (a: string, b: string): RelationEdge[] => {
    const ka = byName(a)?.key;
    const kb = byName(b)?.key;
    return envelope.graph.edges
      .filter(
        (e) =>
          e.attributes.kind === 'relation' &&
          ((e.source === ka && e.target === kb) || (e.source === kb && e.target === ka)),
      )
      .map((e) => e.attributes as RelationEdge);
  };
  const predicates = (a: string, b: string): string[] => relations(a, b).map((r) => r.predicate);

  beforeAll(async () => {
    const result = await ingestPaths([SAMPLE_PATH]);
    envelope = result.envelope;
    text = result.articles[0]!.text;
  });

  it.each([
    ['Serguéi Lavrov', 'Person'],
    ['Kim Jong Un', 'Person'],
    ['Vladimir Putin', 'Person'],
    ['Choe Son Hui', 'Person'],
    ['Rusia', 'Country'],
    ['Corea del Norte', 'Country'],
    ['Ucrania', 'Country'],
    ['Wonsan', 'City'],
    ['Pyongyang', 'City'],
    ['Kursk', 'Region'],
    ['TASS', 'Organization'],
    ['KCTV', 'Organization'],
  ])('has %s as %s', (name, type) => {
    expect(byName(name)?.attributes.type).toBe(type);
  });

  it('merges short names into the full name (no separate "Kim" or "Lavrov" node)', () => {
    const names = entities().map((e) => e.name);
    expect(names).not.toContain('Kim');
    expect(names).not.toContain('Lavrov');
    expect(byName('Kim Jong Un')!.attributes.aliases).toContain('Kim');
    expect(byName('Serguéi Lavrov')!.attributes.aliases).toContain('Lavrov');
  });

  it('joins role nominals to their holder and keeps demonyms off people', () => {
    expect(byName('Serguéi Lavrov')!.attributes.aliases.map((a) => a.toLowerCase())).toContain(
      'el canciller',
    );
    expect(byName('Kim Jong Un')!.attributes.aliases).toContain('líder norcoreano');
    expect(byName('Corea del Norte')!.attributes.demonyms).toContain('norcoreano');
    expect(byName('Kim Jong Un')!.attributes.demonyms).toEqual([]);
  });

  it('has the required relations, each with evidence', () => {
    expect(predicates('Serguéi Lavrov', 'Kim Jong Un')).toContain('MET_WITH');
    expect([
      ...predicates('Serguéi Lavrov', 'Wonsan'),
      ...predicates('Serguéi Lavrov', 'Corea del Norte'),
    ]).toContain('VISITED');
    expect(predicates('Serguéi Lavrov', 'Rusia')).toContain('MINISTER_OF');
    expect(predicates('Kim Jong Un', 'Corea del Norte')).toContain('LEADER_OF');
    expect(predicates('Vladimir Putin', 'Rusia')).toContain('PRESIDENT_OF');
    const alliance = relations('Rusia', 'Corea del Norte').find(
      (r) => r.predicate === 'ALLIED_WITH',
    );
    expect(alliance?.dates).toContain('2024');
    expect(
      predicates('Corea del Norte', 'Rusia').some(
        (p) => p === 'SENT_TROOPS_TO' || p === 'SENT_WEAPONS_TO',
      ),
    ).toBe(true);
    expect(predicates('Wonsan', 'Corea del Norte')).toContain('LOCATED_IN');
    expect(predicates('Kursk', 'Rusia')).toContain('LOCATED_IN');
  });

  it('points every mention and evidence offset at the text it claims', () => {
    for (const n of envelope.graph.nodes) {
      const a = n.attributes;
      if (a.kind === 'article') continue;
      for (const m of a.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
    for (const e of envelope.graph.edges) {
      if (e.attributes.kind !== 'relation') continue;
      for (const ev of e.attributes.evidence) {
        expect(text.slice(ev.start, ev.end)).toBe(ev.text);
        for (const h of ev.highlights ?? [])
          expect(h.start >= ev.start && h.end <= ev.end).toBe(true);
      }
    }
  });

  it('is deterministic: the same input gives the identical graph', async () => {
    const again = await ingestPaths([SAMPLE_PATH]);
    expect(JSON.stringify(again.envelope)).toBe(JSON.stringify(envelope));
  });
});

describe('shipped sample graph', () => {
  it('graph-data/sample.json is what `trama ingest graph-data/lavrov-wonsan.es.txt` produces now', async () => {
    const { readFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const { PACKAGE_ROOT } = await import('../../src/paths.js');
    const { serializeEnvelope } = await import('../../src/graph/index.js');
    // The source is stored as typed: run from the package root, as the regeneration command below.
    const result = await ingestPaths([join('graph-data', 'lavrov-wonsan.es.txt')]);
    const shipped = await readFile(join(PACKAGE_ROOT, 'graph-data', 'sample.json'), 'utf8');
    // Regenerate with: node bin/trama.js ingest graph-data/lavrov-wonsan.es.txt --out graph-data/sample.json --force
    expect(shipped).toBe(serializeEnvelope(result.envelope));
  });
});
