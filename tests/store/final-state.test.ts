import { describe, expect, it } from 'vitest';
import type { GraphEnvelope } from '../../src/schema/index.js';
import { finalState } from '../../src/store/bulk/final-state.js';
import {
  ARTICLE_ONE,
  ARTICLE_TWO,
  ENTITIES,
  RELATIONS,
  articleId,
  buildEnvelope,
  sampleEnvelope,
} from '../helpers/graph-fixtures.js';

const entity = (state: ReturnType<typeof finalState>, key: string) =>
  state.nodes.find((n) => n.key === key)!;

describe('finalState: what the writer leaves, without a database', () => {
  const envelope = sampleEnvelope();
  const state = finalState([envelope]);

  it('counts every mention of an entity over its articles', () => {
    for (const { key, attributes: a } of envelope.graph.nodes) {
      if (a.kind !== 'entity') continue;
      expect(Number(entity(state, key).props.mentionCount), key).toBe(a.mentions.length);
    }
  });

  it('merges the evidence of both articles into one relationship, in store order', () => {
    const met = state.relations.filter((r) => r.type === 'MET_WITH');
    expect(met).toHaveLength(1);
    const ids = [articleId(ARTICLE_ONE.text), articleId(ARTICLE_TWO.text)].sort();
    expect(met[0]!.props.evidenceArticles).toEqual(ids);
    expect(met[0]!.props.articles).toEqual(ids);
    expect(met[0]!.props.id).toBe(
      JSON.stringify(['Person:amalia-ferran', 'MET_WITH', 'Person:tobias-quintela']),
    );
  });

  it("keeps the writer's Article bookkeeping: sourceKey, stub, contributedRelations", () => {
    const one = state.articles.find((a) => a.id === articleId(ARTICLE_ONE.text))!;
    expect(one).toMatchObject({
      source: ARTICLE_ONE.source,
      sourceKey: ARTICLE_ONE.source,
      stub: false,
    });
    expect((one.contributedRelations as string[]).length).toBe(3); // MET_WITH, MINISTER_OF, VISITED
    expect(one.contributedRelations).toEqual([...(one.contributedRelations as string[])].sort());
    expect('publishedAt' in one).toBe(false); // null properties are not stored
  });

  it('applies graphs in order: an updated article (same source, new text) replaces the old one', () => {
    const updated = { ...ARTICLE_TWO, text: 'Lucio Berrocal criticó a Amalia Ferrán otra vez.' };
    const later: GraphEnvelope = buildEnvelope(
      [updated],
      ENTITIES.filter((e) => ['Person:lucio-berrocal', 'Person:amalia-ferran'].includes(e.key)),
      [{ ...RELATIONS.at(-1)!, sentence: updated.text, article: 0 }],
    );
    const after = finalState([envelope, later]);
    const ids = after.articles.map((a) => a.id);
    expect(ids).toContain(articleId(updated.text));
    expect(ids).not.toContain(articleId(ARTICLE_TWO.text));
    // Norlandia was only in the replaced article: nothing links it any more.
    expect(after.nodes.map((n) => n.key)).not.toContain('Country:norlandia');
    expect(after.relations.find((r) => r.type === 'MET_WITH')!.props.evidenceArticles).toEqual([
      articleId(ARTICLE_ONE.text),
    ]);
    expect(after.relations.some((r) => r.type === 'SIGNED_AGREEMENT_WITH')).toBe(false);
  });
});
