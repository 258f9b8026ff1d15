/** The relation model's parts: candidates, features, labels, classifier training, calibration, file round-trip. */
import { describe, expect, it } from 'vitest';
import { finalizeArticle } from '../../../src/ingest/index.js';
import { packFor } from '../../../src/nlp/lang/index.js';
import {
  aggregatePairs,
  applyPlatt,
  buildContext,
  candidateFeatures,
  encodeArticle,
  fitPlatt,
  generateCandidates,
  hashFeature,
  hashFeatures,
  LABEL_COUNT,
  labelInfo,
  labelOf,
  modelRelations,
  parseRelationModel,
  predictProba,
  RELATION_MODEL_FORMAT,
  serializeRelationModel,
  type RelationModel,
} from '../../../src/nlp/relations/model/index.js';
import { buildSentenceViews } from '../../../src/nlp/relations/sentence-view.js';
import { loadKnowledge } from '../../../src/nlp/resources.js';
import { extractArticle } from '../../../src/pipeline/index.js';
import { bestThreshold, foldsOf, trainLogistic } from '../../../src/training/relations/index.js';
import { InputError } from '../../../src/schema/index.js';

const knowledge = loadKnowledge('es', { ner: false });
const pack = packFor('es');
function article(text: string) {
  const extraction = extractArticle(
    finalizeArticle({ source: 't', text, format: 'txt' }),
    knowledge,
  );
  const views = buildSentenceViews(extraction.sentences, extraction.entities, pack);
  return { extraction, views };
}

describe('relation candidates', () => {
  it('pairs every two entities of a sentence once, in text order', () => {
    const { extraction, views } = article(
      'Cumbre\n\nLa ministra Ana Torres viajó a Lima con Pedro Ruiz. Nadie habló después.',
    );
    const candidates = generateCandidates(views, []);
    const names = (id: number) => extraction.entities.find((e) => e.id === id)!.name;
    const pairs = candidates
      .filter((c) => c.source === 'sentence')
      .map((c) => `${names(c.first.entity.id)} > ${names(c.second.entity.id)}`);
    expect(pairs).toEqual(['Ana Torres > Lima', 'Ana Torres > Pedro Ruiz', 'Lima > Pedro Ruiz']);
  });

  it("pairs a sentence's dropped subject (the topic before it) with the sentence's mentions", () => {
    const { extraction, views } = article(
      'Perfil\n\nMarta Gil nació en un pueblo pequeño. Después llegó al Senado de Chile.',
    );
    const topic = generateCandidates(views, []).filter((c) => c.source === 'topic');
    const names = topic.map(
      (c) =>
        `${c.first.entity.name} > ${extraction.entities.find((e) => e.id === c.second.entity.id)!.name}`,
    );
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n) => n.startsWith('Marta Gil > '))).toBe(true);
    expect(topic.every((c) => c.first.mention === undefined && c.sentenceIndex === 2)).toBe(true);
  });

  it('adds a cross-sentence pair a rule related (a speaker named earlier)', () => {
    const { extraction, views } = article(
      'Debate\n\nLa senadora Rosa Vidal respondió con dureza. “Honduras merece respeto”, añadió.',
    );
    const rules = extraction.relations.filter((r) =>
      views[r.sentenceIndex]!.mentions.every((m) => m.entity.id !== r.subject),
    );
    const candidates = generateCandidates(views, rules);
    for (const r of rules)
      expect(
        candidates.some(
          (c) =>
            c.sentenceIndex === r.sentenceIndex &&
            c.first.entity.id === r.subject &&
            c.second.entity.id === r.object,
        ),
      ).toBe(true);
  });
});

describe('relation features', () => {
  it('reads words between, trigger classes, types, distance and what the rules said', () => {
    const { extraction, views } = article(
      'Cumbre\n\nEl canciller Luis Mora se reunió con Olga Díaz en Quito.',
    );
    const ctx = buildContext(views, extraction.relations, knowledge, pack.grammar, pack.triggers);
    const c = generateCandidates(views, extraction.relations).find(
      (x) => x.first.entity.name === 'Luis Mora' && x.second.entity.name === 'Olga Díaz',
    )!;
    const f = candidateFeatures(c, ctx);
    expect(f).toEqual(
      expect.arrayContaining([
        'bw=reunió',
        'bs=reuni',
        'trig=MET_WITH',
        'trigc=meeting_visit',
        'tt=Person|Person',
        'src=sentence',
        'rule.here=meeting_visit:fwd',
      ]),
    );
    // How each end was typed: a person by the given-name list, a city by the gazetteer.
    const quito = generateCandidates(views, extraction.relations).find(
      (x) => x.first.entity.name === 'Olga Díaz' && x.second.entity.name === 'Quito',
    )!;
    expect(candidateFeatures(quito, ctx)).toEqual(
      expect.arrayContaining(['ts1=given-name|Person', 'ts2=gazetteer|City']),
    );
    // Names are never features.
    expect(f.some((x) => x.includes('mora') || x.includes('díaz'))).toBe(false);
  });

  it('marks two members of one coordinated list, and a member paired with a name outside it', () => {
    const { extraction, views } = article(
      'Cumbre\n\nAna Torres, Pedro Ruiz y Olga Díaz viajaron a Quito con Luis Mora.',
    );
    const ctx = buildContext(views, extraction.relations, knowledge, pack.grammar, pack.triggers);
    const candidates = generateCandidates(views, extraction.relations);
    const features = (a: string, b: string): string[] =>
      candidateFeatures(
        candidates.find((x) => x.first.entity.name === a && x.second.entity.name === b)!,
        ctx,
      );
    expect(features('Ana Torres', 'Olga Díaz')).toEqual(
      expect.arrayContaining(['list=same', 'samelist|tt=Person|Person']),
    );
    expect(features('Pedro Ruiz', 'Luis Mora')).toContain('list=10');
    expect(features('Quito', 'Luis Mora')).toContain('list=00');
  });

  it('reads the words between a name and a list member from the edge of the list', () => {
    const { extraction, views } = article(
      'Cumbre\n\nLuis Mora felicitó a Ana Torres, Pedro Ruiz y Olga Díaz. Ana Torres, Pedro Ruiz y Olga Díaz saludaron a Luis Mora.',
    );
    const ctx = buildContext(views, extraction.relations, knowledge, pack.grammar, pack.triggers);
    const candidates = generateCandidates(views, extraction.relations);
    const between = (sentence: number, a: string, b: string): string[] =>
      candidateFeatures(
        candidates.find(
          (x) =>
            x.sentenceIndex === sentence && x.first.entity.name === a && x.second.entity.name === b,
        )!,
        ctx,
      ).filter((x) => x.startsWith('bw=') || x.startsWith('dist='));
    // The list after the name: every member gets the words before the list's first member.
    expect(between(1, 'Luis Mora', 'Olga Díaz')).toEqual(['dist=2', 'bw=felicitó', 'bw=a']);
    expect(between(1, 'Luis Mora', 'Pedro Ruiz')).toEqual(between(1, 'Luis Mora', 'Ana Torres'));
    // The list before the name: the words after the list's last member.
    expect(between(2, 'Ana Torres', 'Luis Mora')).toEqual(['dist=2', 'bw=saludaron', 'bw=a']);
    expect(between(2, 'Pedro Ruiz', 'Luis Mora')).toEqual(between(2, 'Olga Díaz', 'Luis Mora'));
  });

  it('hashes features into the bucket range, the same string to the same bucket', () => {
    expect(hashFeature('bw=con', 10)).toBe(hashFeature('bw=con', 10));
    const ids = hashFeatures(['a', 'b', 'a', 'c'], 8);
    expect(ids.length).toBe(3);
    expect([...ids].every((i) => i >= 0 && i < 256)).toBe(true);
  });
});

describe('labels', () => {
  it('encodes category and direction and decodes them back', () => {
    expect(LABEL_COUNT).toBe(17);
    const l = labelOf('conflict', 'backward');
    expect(labelInfo(l)).toEqual({ category: 'conflict', direction: 'backward' });
    expect(() => labelInfo(0)).toThrow(/labelInfo/);
  });
});

describe('the classifier', () => {
  // A separable toy problem: feature 1 → label 1, feature 2 → label 2, feature 3 → label 0; bias 0 always.
  const examples = Array.from({ length: 60 }, (_, i) => {
    const label = i % 3;
    return { ids: Uint32Array.from([0, label === 0 ? 3 : label]), label, weight: 1 };
  });
  const options = { bits: 4, labels: 3, epochs: 10, learningRate: 0.5, l2: 0, seed: 7 };

  it('learns a separable toy problem', () => {
    const model = trainLogistic(examples, options);
    for (const [feature, label] of [
      [1, 1],
      [2, 2],
      [3, 0],
    ] as const) {
      const p = predictProba(model, Uint32Array.from([0, feature]));
      expect(p.indexOf(Math.max(...p))).toBe(label);
      expect(p[label]).toBeGreaterThan(0.9);
    }
  });

  it('is deterministic for a seed, and the seed matters', () => {
    const a = trainLogistic(examples, options);
    const b = trainLogistic(examples, options);
    const c = trainLogistic(examples, { ...options, seed: 8, epochs: 1 });
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(true);
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(c.weights.buffer))).toBe(false);
  });

  it('averages the weights over the epochs: the mean of the runs stopped after each epoch', () => {
    const averaged = trainLogistic(examples, { ...options, epochs: 3, average: true });
    const runs = [1, 2, 3].map((epochs) => trainLogistic(examples, { ...options, epochs }));
    const last = runs[2]!.weights;
    let differs = false;
    averaged.weights.forEach((w, k) => {
      const mean = (runs[0]!.weights[k]! + runs[1]!.weights[k]! + last[k]!) / 3;
      expect(w).toBeCloseTo(mean, 12);
      if (Math.abs(w - last[k]!) > 1e-9) differs = true;
    });
    expect(differs).toBe(true);
  });

  it('deals article-level folds from a seeded permutation', () => {
    const items = Array.from({ length: 10 }, (_, i) => i);
    const folds = foldsOf(items, 3, 1);
    expect(folds.flat().sort((x, y) => x - y)).toEqual(items);
    expect(foldsOf(items, 3, 1)).toEqual(folds);
    expect(() => foldsOf(items, 1, 1)).toThrow(/foldsOf/);
  });
});

describe('calibration and threshold', () => {
  it('Platt scaling keeps the order and fits the observed rate', () => {
    const scores = [0.1, 0.2, 0.3, 0.4, 0.6, 0.7, 0.8, 0.9];
    const labels = [false, false, false, true, false, true, true, true];
    const platt = fitPlatt(scores, labels);
    expect(applyPlatt(platt, 0.9)).toBeGreaterThan(applyPlatt(platt, 0.1));
    expect(applyPlatt(platt, 0.9)).toBeGreaterThan(0.5);
    expect(applyPlatt(platt, 0.1)).toBeLessThan(0.5);
  });

  it('picks the threshold with the best F1, unreachable gold counted as missed', () => {
    const scores = [
      { score: 0.9, gold: true },
      { score: 0.8, gold: true },
      { score: 0.5, gold: false },
      { score: 0.4, gold: true },
      { score: 0.1, gold: false },
    ];
    // Cut below 0.4: 3 of 4 predictions right, 3 of 4 gold found (F1 0.75); above 0.8 only 0.67.
    const { threshold, f1 } = bestThreshold(scores, 4);
    expect(threshold).toBeGreaterThan(0.1);
    expect(threshold).toBeLessThan(0.4);
    expect(f1).toBeCloseTo(0.75);
    expect(bestThreshold(scores, 10).f1).toBeCloseTo((2 * 0.75 * 0.3) / 1.05);
  });
});

describe('aggregation and the model file', () => {
  it('scores a pair by its best candidate (max) or by noisy-or', () => {
    const { views } = article('Cumbre\n\nAna Torres visitó Lima. Ana Torres dejó Lima.');
    const candidates = generateCandidates(views, []).filter((c) => c.source === 'sentence');
    expect(candidates).toHaveLength(2);
    const probs = candidates.map((_, i) => {
      const p = new Float64Array(LABEL_COUNT);
      p[labelOf('meeting_visit', 'forward')] = i === 0 ? 0.5 : 0.4;
      p[0] = 1 - p[labelOf('meeting_visit', 'forward')]!;
      return p;
    });
    const max = aggregatePairs(candidates, probs, 'max').find(
      (s) => s.category === 'meeting_visit',
    )!;
    const nor = aggregatePairs(candidates, probs, 'noisy-or').find(
      (s) => s.category === 'meeting_visit',
    )!;
    expect(max.score).toBeCloseTo(0.5);
    expect(max.direction).toBe('forward');
    expect(nor.score).toBeCloseTo(1 - 0.5 * 0.6);
  });

  it("argmax lends a candidate's whole relation mass to its most probable category", () => {
    const { views } = article('Cumbre\n\nAna Torres visitó Lima.');
    const candidates = generateCandidates(views, []).filter((c) => c.source === 'sentence');
    expect(candidates).toHaveLength(1);
    // 0.6 of relation mass split over two confusable categories: neither reaches 0.5 alone.
    const p = new Float64Array(LABEL_COUNT);
    p[labelOf('affiliation_role', 'forward')] = 0.35;
    p[labelOf('other', 'backward')] = 0.25;
    p[0] = 0.4;
    const score = (mode: 'max' | 'argmax', category: string) =>
      aggregatePairs(candidates, [p], mode).find((s) => s.category === category)!;
    expect(score('max', 'affiliation_role').score).toBeCloseTo(0.35);
    expect(score('argmax', 'affiliation_role').score).toBeCloseTo(0.6);
    expect(score('argmax', 'affiliation_role').direction).toBe('forward');
    // The other categories keep their own probability.
    expect(score('argmax', 'other').score).toBeCloseTo(0.25);
  });

  it("keeps the rules' relations besides its own, except between members of one list of three or more", () => {
    // A model that relates nothing (zero weights, threshold 1): the union is the rules' relations.
    const model: RelationModel = {
      format: RELATION_MODEL_FORMAT,
      language: 'es',
      classifier: { bits: 4, labels: LABEL_COUNT, weights: new Float32Array(16 * LABEL_COUNT) },
      aggregation: 'argmax',
      calibration: { a: 1, b: 0 },
      threshold: 1,
      categoryThresholds: {},
      keepRules: true,
      provenance: { data: 'none' },
    };
    const union = (text: string) => {
      const { extraction, views } = article(text);
      const encoded = encodeArticle(
        views,
        extraction.relations,
        knowledge,
        pack.grammar,
        pack.triggers,
        4,
      );
      const name = (id: number) => extraction.entities.find((e) => e.id === id)!.name;
      const pairs = (rs: readonly { subject: number; object: number }[]) =>
        rs.map((r) => `${name(r.subject)}~${name(r.object)}`);
      return {
        rules: pairs(extraction.relations),
        kept: pairs(modelRelations(encoded, model, extraction.relations)),
      };
    };
    // Two coordinated names are co-agents of a reciprocal verb: kept.
    const two = union('Cumbre\n\nChile y Perú se enfrentaron en la frontera.');
    expect(two.rules).toEqual(['Chile~Perú']);
    expect(two.kept).toEqual(['Chile~Perú']);
    // Members of a list of three share the role: the rules relate them pairwise, the union drops them.
    const three = union('Cumbre\n\nBolivia, Chile y Perú se enfrentaron en la frontera.');
    expect(three.rules).toHaveLength(3);
    expect(three.kept).toEqual([]);
  });

  it("drops the model's own relations between members of one list of three or more", () => {
    // A model that relates every candidate pair (every feature votes for conflict).
    const weights = new Float32Array(16 * LABEL_COUNT);
    for (let id = 0; id < 16; id++) weights[id * LABEL_COUNT + labelOf('conflict', 'forward')] = 5;
    const model: RelationModel = {
      format: RELATION_MODEL_FORMAT,
      language: 'es',
      classifier: { bits: 4, labels: LABEL_COUNT, weights },
      aggregation: 'argmax',
      calibration: { a: 1, b: 0 },
      threshold: 0.5,
      categoryThresholds: {},
      keepRules: false,
      provenance: { data: 'none' },
    };
    const { extraction, views } = article(
      'Cumbre\n\nBolivia, Chile y Perú negociaron con Luis Mora en Quito.',
    );
    const encoded = encodeArticle(views, [], knowledge, pack.grammar, pack.triggers, 4);
    const name = (id: number) => extraction.entities.find((e) => e.id === id)!.name;
    const pairs = modelRelations(encoded, model, []).map((r) =>
      [name(r.subject), name(r.object)].sort().join('~'),
    );
    expect(pairs).toContain('Bolivia~Luis Mora');
    expect(pairs).toContain('Luis Mora~Quito');
    expect(pairs.some((p) => ['Bolivia~Chile', 'Chile~Perú', 'Bolivia~Perú'].includes(p))).toBe(
      false,
    );
  });

  it('round-trips through the file format and rejects a bad file by name', () => {
    const weights = new Float32Array(16 * LABEL_COUNT);
    weights[3 * LABEL_COUNT + 2] = 0.25;
    const model: RelationModel = {
      format: RELATION_MODEL_FORMAT,
      language: 'es',
      classifier: { bits: 4, labels: LABEL_COUNT, weights },
      aggregation: 'max',
      calibration: { a: 1.5, b: -0.5 },
      threshold: 0.4,
      categoryThresholds: { other: 0.6 },
      keepRules: false,
      provenance: { data: 'toy' },
    };
    const bytes = serializeRelationModel(model);
    const back = parseRelationModel(bytes, 'toy.gz');
    expect(back.classifier.weights).toEqual(weights);
    expect(back).toMatchObject({ threshold: 0.4, categoryThresholds: { other: 0.6 } });
    expect(serializeRelationModel(back).equals(bytes)).toBe(true);
    // The loaded model scores from its non-zero rows: the same probabilities, bit for bit.
    expect(back.classifier.sparse?.weights.length).toBe(LABEL_COUNT);
    const { bits, labels } = back.classifier;
    const dense = { bits, labels, weights: back.classifier.weights };
    for (const ids of [[], [3], [0, 3, 15], [1, 2]].map((x) => Uint32Array.from(x)))
      expect(predictProba(back.classifier, ids)).toEqual(predictProba(dense, ids));
    expect(() => parseRelationModel(Buffer.from('nope'), 'bad.gz')).toThrow(InputError);
    expect(() => parseRelationModel(Buffer.from('nope'), 'bad.gz')).toThrow(/bad\.gz/);
  });
});
