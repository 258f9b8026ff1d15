/** English articles run through the same stages with English lexicons and English place names. */
import { describe, expect, it } from 'vitest';
import { addExtraction, createGraph, toEnvelope } from '../../src/graph/index.js';
import { finalizeArticle } from '../../src/ingest/index.js';
import { extractWithKnowledge } from '../../src/pipeline/index.js';
import type { EntityNode } from '../../src/schema/index.js';

const TEXT = `Foreign minister visits resort city

Russian Foreign Minister Sergei Lavrov praised his country's military alliance with North Korea on Saturday during a visit to the port city of Wonsan, where he met North Korean leader Kim Jong Un.
President Vladimir Putin "counts on continuing direct contacts with you in the very near future," Lavrov told Kim, according to Russian news agencies.
Russia and North Korea signed a strategic alliance in 2024. North Korea has sent troops and weapons to Russia.
Earlier, North Korean soldiers were sent to the Russian region of Kursk.`;

describe('English pipeline', () => {
  const article = finalizeArticle({ source: 'en-test', text: TEXT, format: 'txt' });
  const graph = createGraph();
  addExtraction(graph, extractWithKnowledge(article));
  const envelope = toEnvelope(graph, 'test');
  const entity = (name: string) =>
    envelope.graph.nodes.find(
      (n) => n.attributes.kind === 'entity' && n.attributes.name === name,
    ) as { key: string; attributes: EntityNode } | undefined;
  const predicates = (a: string, b: string) =>
    envelope.graph.edges
      .filter((e) => e.source === entity(a)?.key && e.target === entity(b)?.key)
      .map((e) => e.attributes.predicate);

  it('detects the language and names places in English', () => {
    expect(article.language).toBe('en');
    expect(entity('Russia')?.attributes.type).toBe('Country');
    expect(entity('North Korea')?.attributes.demonyms).toEqual(
      expect.arrayContaining(['north korean']),
    );
    expect(entity('Kursk')?.attributes.type).toBe('Region');
  });

  it('strips capitalised titles and demonyms from names and merges short names', () => {
    expect(entity('Sergei Lavrov')?.attributes.aliases).toContain('Lavrov');
    expect(entity('Kim Jong Un')?.attributes.aliases).toContain('Kim');
    expect(envelope.graph.nodes.map((n) => n.attributes.name)).not.toContain(
      'Russian Foreign Minister Sergei Lavrov',
    );
  });

  it('finds titles, meetings, alliances and transfers', () => {
    expect(predicates('Sergei Lavrov', 'Russia')).toContain('MINISTER_OF');
    expect(predicates('Kim Jong Un', 'North Korea')).toContain('LEADER_OF');
    expect(predicates('Sergei Lavrov', 'Kim Jong Un')).toContain('SAID_TO');
    expect([
      ...predicates('Russia', 'North Korea'),
      ...predicates('North Korea', 'Russia'),
    ]).toContain('ALLIED_WITH');
    expect(predicates('North Korea', 'Russia')).toContain('SENT_TROOPS_TO');
    expect(predicates('Kursk', 'Russia')).toContain('LOCATED_IN');
  });
});

const WIRE = `Foreign ministers meet as grain talks resume

GENEVA (Reuters) - British Foreign Secretary Alan Pembury met his Turkish counterpart Selim Arkan in Geneva on Tuesday to discuss grain shipments through the Black Sea, officials said.
Arkan, who has served as Turkey's foreign minister since 2021, said Ankara had signed an agreement with the United Nations. The World Food Programme (WFP) welcomed the deal.
Later, Pembury visited Lausanne, where he met the president of the International Olympic Committee, Marta Holm.`;

describe('English wire story', () => {
  const graph = createGraph();
  addExtraction(
    graph,
    extractWithKnowledge(finalizeArticle({ source: 'en-wire', text: WIRE, format: 'txt' })),
  );
  const envelope = toEnvelope(graph, 'test');
  const entity = (name: string) =>
    envelope.graph.nodes.find(
      (n) => n.attributes.kind === 'entity' && n.attributes.name === name,
    ) as { key: string; attributes: EntityNode } | undefined;
  const predicates = (a: string, b: string) =>
    envelope.graph.edges
      .filter((e) => e.source === entity(a)?.key && e.target === entity(b)?.key)
      .map((e) => e.attributes.predicate);

  it('types names by their final head noun and reads the possessive apart', () => {
    expect(entity('International Olympic Committee')?.attributes.type).toBe('Organization');
    expect(entity('United Nations')?.attributes.type).toBe('Organization');
    expect(entity('Black Sea')?.attributes.type).toBe('Place');
    expect(entity('Turkey')?.attributes.type).toBe('Country');
    expect(envelope.graph.nodes.some((n) => String(n.attributes.name).endsWith("'s"))).toBe(false);
  });

  it('keeps a capitalised word that opens a title out of the names', () => {
    expect(entity('Foreign')).toBeUndefined();
  });

  it('looks for the subject after the dateline, and reads British titles and "president of the X, Y"', () => {
    expect(predicates('Alan Pembury', 'Selim Arkan')).toContain('MET_WITH');
    expect(predicates('Geneva', 'Selim Arkan')).toEqual([]);
    expect(predicates('Alan Pembury', 'United Kingdom')).toContain('MINISTER_OF');
    expect(predicates('Marta Holm', 'International Olympic Committee')).toContain('PRESIDENT_OF');
  });

  it('does not take a plural title after a comma for an apposition', () => {
    expect(entity('Black Sea')?.attributes.type).not.toBe('Person');
    expect(
      envelope.graph.edges.some(
        (e) => e.attributes.kind === 'relation' && e.source === entity('Black Sea')?.key,
      ),
    ).toBe(false);
  });
});
