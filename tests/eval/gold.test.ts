import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  classifyEntityErrors,
  countErrorKinds,
  evaluateGold,
  prf,
  scoreArticle,
} from '../../src/eval/gold/index.js';
import { addExtraction, createGraph, toEnvelope } from '../../src/graph/index.js';
import { finalizeArticle } from '../../src/ingest/index.js';
import { loadKnowledge } from '../../src/nlp/resources.js';
import { extractArticle } from '../../src/pipeline/index.js';
import type { EntityNode } from '../../src/schema/index.js';
import {
  crossValidate,
  DEFAULT_FIT,
  CONLL_NER_MODEL,
  prepareGold,
  relationErrors,
  trainingGoldDirs,
  type PreparedArticle,
  type RelationError,
} from '../../src/training/relations/index.js';
import { HAS_SHARED, SHARED } from '../helpers/shared-data.js';

const CV_F1_FLOOR = 0.335;
const CV_RECALL_FLOOR = 0.25;
const CV_TRAIN_F1_FLOOR = 0.225;

describe('gold scoring', () => {
  it('computes P/R/F1 from counts', () => {
    expect(prf({ tp: 3, fp: 1, fn: 2 })).toMatchObject({ precision: 0.75, recall: 0.6 });
    expect(prf({ tp: 0, fp: 0, fn: 0 }).f1).toBe(0);
  });

  it('matches entities on name or alias with the coarse type, and relations on pair + category', () => {
    const graph = createGraph();
    const text =
      'Cumbre\n\nEl presidente de Francia, Emmanuel Macron, se reunió con Olaf Scholz en Berlín.';
    // Rules only: this test is about the scorer, not about the statistical model's choices.
    addExtraction(
      graph,
      extractArticle(
        finalizeArticle({ source: 't', text, format: 'txt' }),
        loadKnowledge('es', { ner: false }),
      ),
    );
    const score = scoreArticle(
      {
        article: 't',
        entities: [
          { name: 'Macron', type: 'Person', aliases: ['Emmanuel Macron'] },
          { name: 'Francia', type: 'Country', aliases: [] },
          { name: 'Olaf Scholz', type: 'Person', aliases: [] },
          { name: 'Berlín', type: 'City', aliases: [] },
          { name: 'Unión Europea', type: 'Organization', aliases: [] },
        ],
        relations: [
          {
            subject: 'Macron',
            predicate: 'PRESIDENT_OF',
            object: 'Francia',
            category: 'affiliation_role',
          },
          {
            subject: 'Olaf Scholz',
            predicate: 'MET_WITH',
            object: 'Macron',
            category: 'meeting_visit',
          },
        ],
      },
      toEnvelope(graph, 'test'),
    );
    expect(score.entities.tp).toBe(4);
    expect(score.entities.fn).toBe(1);
    expect(score.missedEntities).toEqual(['Unión Europea (Organization)']);
    expect(score.relations.tp).toBe(2);
  });

  it('gives a gold entity to the prediction carrying its name before one carrying only an alias of it', () => {
    const graph = createGraph();
    const text =
      'Reforma\n\nEl Partido Verde aprobó la reforma. La Cámara de Diputados la rechazó.';
    addExtraction(
      graph,
      extractArticle(
        finalizeArticle({ source: 't', text, format: 'txt' }),
        loadKnowledge('es', { ner: false }),
      ),
    );
    const envelope = toEnvelope(graph, 'test');
    const names = envelope.graph.nodes
      .filter((n) => n.attributes.kind === 'entity')
      .map((n) => n.attributes.name);
    expect(names).toEqual(expect.arrayContaining(['Partido Verde', 'Cámara de Diputados']));
    // "Partido Verde" (also an alias of the first gold entity) comes first; the exact name match must still win.
    const score = scoreArticle(
      {
        article: 't',
        entities: [
          { name: 'Cámara de Diputados', type: 'Organization', aliases: ['Partido Verde'] },
          { name: 'Los Verdes', type: 'Organization', aliases: ['Partido Verde'] },
        ],
        relations: [],
      },
      envelope,
    );
    expect(score.entities.tp).toBe(2);
  });
});

describe('implicit entities in the gold', () => {
  const envelope = (() => {
    const graph = createGraph();
    const text = 'Cumbre\n\nEl ministro francés Jean Dupont se reunió con Olaf Scholz en Berlín.';
    addExtraction(
      graph,
      extractArticle(
        finalizeArticle({ source: 't', text, format: 'txt' }),
        loadKnowledge('es', { ner: false }),
      ),
    );
    return toEnvelope(graph, 'test');
  })();
  const entities = [
    { name: 'Jean Dupont', type: 'Person' as const, aliases: [] },
    { name: 'Olaf Scholz', type: 'Person' as const, aliases: [] },
    { name: 'Berlín', type: 'City' as const, aliases: [] },
  ];
  const relations = [
    {
      subject: 'Jean Dupont',
      predicate: 'MINISTER_OF',
      object: 'Francia',
      category: 'affiliation_role' as const,
    },
    {
      subject: 'Jean Dupont',
      predicate: 'MET_WITH',
      object: 'Olaf Scholz',
      category: 'meeting_visit' as const,
    },
  ];

  it('never counts an adjective-evoked country listed as implicit as spurious, nor its relations', () => {
    const score = scoreArticle(
      {
        article: 't',
        entities,
        implicit_entities: [
          { name: 'Francia', type: 'Country', demonyms: ['francés'], note: 'adjective' },
        ],
        relations,
      },
      envelope,
    );
    expect(score.spuriousEntities).not.toContain('Francia (Country)');
    expect(score.entities).toMatchObject({ tp: 3, fn: 0 });
    // The MINISTER_OF relation to the implicit country is dropped from gold and prediction alike.
    expect(score.missedRelations).toEqual([]);
    expect(score.spuriousRelations.some((r) => r.includes('Francia'))).toBe(false);
    expect(score.categories['meeting_visit']).toMatchObject({ tp: 1, fn: 0 });
  });

  it('without the implicit list the same country is spurious and its relations unmatched', () => {
    const score = scoreArticle({ article: 't', entities, relations }, envelope);
    expect(score.spuriousEntities).toContain('Francia (Country)');
    expect(score.spuriousRelations.some((r) => r.includes('Francia'))).toBe(true);
  });
});

describe('entity error classes', () => {
  const node = (name: string, type: EntityNode['type'], aliases: string[] = []): EntityNode =>
    ({
      kind: 'entity',
      name,
      type,
      aliases,
      demonyms: [],
      mentions: [],
      mentionCount: 1,
      articles: ['t'],
      typeSource: 'test',
    }) as EntityNode;

  it('tells type, split, boundary and plain errors apart on both sides', () => {
    const gold = {
      article: 't',
      entities: [
        { name: 'Vox', type: 'Organization' as const, aliases: [] },
        { name: 'Gobierno', type: 'Organization' as const, aliases: ['el Ejecutivo'] },
        { name: 'Ley y Justicia', type: 'Organization' as const, aliases: [] },
        { name: 'hemisferio norte', type: 'Place' as const, aliases: [] },
      ],
      relations: [],
    };
    const predicted = [
      node('Vox', 'Place'),
      node('Gobierno', 'Organization'),
      node('Ejecutivo', 'Organization'),
      node('Justicia', 'Other'),
      node('Noticia', 'Other'),
    ];
    const errors = classifyEntityErrors(
      gold,
      predicted,
      ['Vox (Place)', 'Ejecutivo (Organization)', 'Justicia (Other)', 'Noticia (Other)'],
      ['Vox (Organization)', 'Ley y Justicia (Organization)', 'hemisferio norte (Place)'],
    );
    expect(Object.fromEntries(errors.map((e) => [`${e.item}`, e.kind]))).toEqual({
      'Vox (Place)': 'type',
      'Ejecutivo (Organization)': 'split',
      'Justicia (Other)': 'boundary',
      'Noticia (Other)': 'spurious',
      'Vox (Organization)': 'missed-type',
      'Ley y Justicia (Organization)': 'missed-boundary',
      'hemisferio norte (Place)': 'missed',
    });
    expect(countErrorKinds(errors)).toMatchObject({
      type: 1,
      split: 1,
      boundary: 1,
      spurious: 1,
      'missed-type': 1,
      'missed-boundary': 1,
      missed: 1,
      merged: 0,
    });
  });
});

describe.skipIf(!HAS_SHARED)('eval gold on the dev articles', () => {
  it('scores all 15 articles and stays above the recorded floors', async () => {
    const report = await evaluateGold(join(SHARED, 'news', 'gold'));
    expect(report.articles).toHaveLength(15);
    // Floors: the figures measured on 2026-11-27 minus a small margin (see README, Evaluation); entities
    // 2026-12-02 (89.6, in-sample: the NER model is trained on these articles too).
    expect(report.overall.entities.f1).toBeGreaterThan(0.88);
    expect(report.overall.relations.f1).toBeGreaterThan(0.55);
    expect(Object.keys(report.categories)).toContain('affiliation_role');
  }, 60_000);

  it('scores several gold folders at once, news-train with its implicit entities', async () => {
    const report = await evaluateGold([
      join(SHARED, 'news', 'gold'),
      join(SHARED, 'news-train', 'gold'),
    ]);
    expect(report.articles).toHaveLength(62);
    const cats = Object.values(report.categories);
    expect(cats.reduce((n, c) => n + c.tp, 0)).toBe(report.overall.relations.tp);
    expect(cats.reduce((n, c) => n + c.fn, 0)).toBe(report.overall.relations.fn);
  }, 120_000);
});

describe.skipIf(!HAS_SHARED)('relation model cross-validation', () => {
  // Entities from the CoNLL-only NER model: the shipped one has seen these articles' names.
  let prepared: Promise<PreparedArticle[]> | undefined;
  const conllPrepared = (): Promise<PreparedArticle[]> =>
    (prepared ??= prepareGold(trainingGoldDirs(SHARED), { nerModel: CONLL_NER_MODEL }));

  it('scores each held-out fold on its own view of the articles, and trains on the articles', async () => {
    const articles = await conllPrepared();
    const quick = { ...DEFAULT_FIT, epochs: 2, innerFolds: 2 };
    const plain = crossValidate(articles, 2, quick, { inSample: true });
    // A view without entities: every held-out entity is missed, so the views were scored…
    const empty = articles.map((a) => ({ ...a, extraction: { ...a.extraction, entities: [] } }));
    const viewed = crossValidate(articles, 2, quick, {
      inSample: true,
      heldOutViews: [empty, empty],
    });
    expect(plain.cv.overall.entities.tp).toBeGreaterThan(500);
    expect(viewed.cv.overall.entities.tp).toBe(0);
    expect(viewed.cv.overall.entities.fn).toBe(
      plain.cv.overall.entities.tp + plain.cv.overall.entities.fn,
    );
    // …while the models were trained on the articles themselves (the in-sample figure is unchanged).
    expect(viewed.inSample).toEqual(plain.inSample);
    expect(() =>
      crossValidate(articles, 2, quick, { heldOutViews: [empty.slice(1), empty] }),
    ).toThrow(/held-out view of fold 1 has 61 articles, expected 62/);
  }, 300_000);

  it('trains each fold on a seeded share of its training articles when asked (a learning curve)', async () => {
    const articles = await conllPrepared();
    const quick = { ...DEFAULT_FIT, epochs: 2, innerFolds: 2 };
    const all = crossValidate(articles, 2, quick);
    expect(all.trainFraction).toBe(1);
    expect(crossValidate(articles, 2, quick, { trainFraction: 1 })).toEqual(all);
    // 3 of each fold's 31 training articles: the same held-out folds, scored by weaker models.
    const few = crossValidate(articles, 2, quick, { trainFraction: 0.1 });
    expect(few.trainFraction).toBe(0.1);
    expect(few.cv.overall.relations.tp + few.cv.overall.relations.fn).toBe(
      all.cv.overall.relations.tp + all.cv.overall.relations.fn,
    );
    expect(few.cv.overall.relations.f1).toBeLessThan(all.cv.overall.relations.f1);
    expect(crossValidate(articles, 2, quick, { trainFraction: 0.1 })).toEqual(few);
    expect(() => crossValidate(articles, 2, quick, { trainFraction: 0 })).toThrow(
      /trainFraction must be in \(0, 1\], got 0/,
    );
  }, 300_000);

  it('keeps the 5-fold CV relation figure (seed and folds fixed) above its floor', async () => {
    const articles = await conllPrepared();
    expect(articles).toHaveLength(62);
    const errors: RelationError[] = [];
    const counts: { fp: number; fn: number }[] = [];
    const report = crossValidate(articles, 5, DEFAULT_FIT, {
      onHeldOut: (a, model, score) => {
        errors.push(...relationErrors(a, model, score));
        counts.push(score.relations);
      },
    });
    // The error analysis explains every held-out miss and false positive, each once.
    const sum = (k: 'fp' | 'fn') => counts.reduce((n, c) => n + c[k], 0);
    expect(errors.filter((e) => e.kind === 'missed')).toHaveLength(sum('fn'));
    expect(errors.filter((e) => e.kind === 'spurious')).toHaveLength(sum('fp'));
    expect(new Set(errors.map((e) => e.reason))).toEqual(
      new Set([
        'entity-not-found',
        'entity-not-aligned',
        'no-candidate-in-evidence',
        'wrong-category',
        'below-threshold',
        'unaligned-entity',
        'pair-not-in-gold',
      ]),
    );
    // Floors: the figures measured on 2026-12-02 (session 10: 34.8 / 26.0 / news-train 23.9) minus a
    // margin (README, Evaluation).
    expect(report.cv.overall.relations.f1).toBeGreaterThan(CV_F1_FLOOR);
    expect(report.cv.overall.relations.recall).toBeGreaterThan(CV_RECALL_FLOOR);
    expect(report.byCorpus['news-train']!.overall.relations.f1).toBeGreaterThan(CV_TRAIN_F1_FLOOR);
  }, 900_000);
});
