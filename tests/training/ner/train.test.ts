import { describe, expect, it } from 'vitest';
import { ClusterTable } from '../../../src/nlp/ner/clusters.js';
import { PhraseGazetteer } from '../../../src/nlp/ner/gazetteer.js';
import { deserializeNerModel, serializeNerModel } from '../../../src/nlp/ner/serialize.js';
import { createTagger } from '../../../src/nlp/ner/tagger.js';
import { trainNer } from '../../../src/training/ner/train.js';
import type { LabelledSentence } from '../../../src/training/ner/lexicon-build.js';
import { extractFeatures } from '../../../src/nlp/ner/features.js';
import { buildClusters } from '../../../src/training/ner/cluster-build.js';
import { buildExchangeClusters } from '../../../src/training/ner/exchange-clusters.js';

// A tiny synthetic language: person names follow "señor", places follow "en", organisations are
// capitalised words before "anunció".
const PEOPLE = ['Alda', 'Berro', 'Cielo', 'Duna', 'Enea', 'Fabo'];
const PLACES = ['Olmo', 'Pinar', 'Quelo', 'Rima', 'Sauce', 'Tilo'];
const ORGS = ['Acme', 'Borax', 'Cromo', 'Delta', 'Epsilon', 'Fenix'];

function corpus(offset: number): LabelledSentence[] {
  const out: LabelledSentence[] = [];
  for (let k = 0; k < 6; k++) {
    const p = PEOPLE[(k + offset) % 6]!;
    const l = PLACES[(k + 2 * offset) % 6]!;
    const o = ORGS[(k + 3 * offset) % 6]!;
    out.push({
      tokens: ['el', 'señor', p, 'vive', 'en', l, '.'],
      tags: ['O', 'O', 'B-PER', 'O', 'O', 'B-LOC', 'O'],
    });
    out.push({
      tokens: [o, 'anunció', 'que', 'el', 'señor', p, 'Gil', 'vive', 'en', l, '.'],
      tags: ['B-ORG', 'O', 'O', 'O', 'O', 'B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'O'],
    });
  }
  return out;
}

describe('trainNer', () => {
  const train = [...corpus(0), ...corpus(1), ...corpus(2)];
  const dev = corpus(3);
  const result = trainNer(train, dev, ClusterTable.empty(), [], {
    epochs: 4,
    seed: 1,
    folds: 2,
    minFeatureCount: 1,
  });

  it('learns the toy task and reports every epoch', () => {
    expect(result.epochs).toHaveLength(4);
    expect(result.epochs[result.bestEpoch - 1]!.dev.overall.f1).toBeGreaterThan(0.9);
    const tagger = createTagger(result.model);
    expect(tagger.tag(['el', 'señor', 'Zoilo', 'vive', 'en', 'Pinar', '.'])).toEqual([
      'O',
      'O',
      'B-PER',
      'O',
      'O',
      'B-LOC',
      'O',
    ]);
  });

  it('learns the toy task with the CRF learner too, with a fitted confidence temperature', () => {
    const crf = trainNer(train, dev, ClusterTable.empty(), [], {
      epochs: 4,
      seed: 1,
      folds: 2,
      minFeatureCount: 1,
      learner: 'crf',
    });
    expect(crf.epochs[crf.bestEpoch - 1]!.dev.overall.f1).toBeGreaterThan(0.9);
    expect(crf.model.meta['learner']).toBe('crf');
    expect(typeof crf.model.meta['confidenceTemperature']).toBe('number');
    expect(
      createTagger(crf.model).tag(['el', 'señor', 'Zoilo', 'vive', 'en', 'Pinar', '.']),
    ).toEqual(['O', 'O', 'B-PER', 'O', 'O', 'B-LOC', 'O']);
  });

  it('averages an ensemble of models trained with consecutive seeds', () => {
    const ens = trainNer(train, dev, ClusterTable.empty(), [], {
      epochs: 2,
      seed: 1,
      folds: 2,
      minFeatureCount: 1,
      learner: 'crf',
      ensemble: 2,
    });
    expect(ens.model.meta['ensemble']).toBe(2);
    expect(ens.epochs.map((r) => r.member)).toEqual([0, 0, 1, 1]);
    expect(ens.dev.overall.f1).toBeGreaterThan(0.9);
  });

  it('computes cached emissions equal to summing the weights of extractFeatures', () => {
    const m = result.model;
    for (const tokens of [
      ['Acme', 'anunció', 'que', '“', 'Zoilo', '”', 'vive', 'en', 'Olmo', '.'],
      ['Acme'],
      ['el', 'señor', 'Alda'],
    ]) {
      const naive = new Float32Array(tokens.length * m.T);
      extractFeatures(tokens, m.resources, (i, f) => {
        const row = m.featureIndex.get(f);
        if (row !== undefined)
          for (let t = 0; t < m.T; t++) naive[i * m.T + t]! += m.weights[row * m.T + t]!;
      });
      const fast = m.emissions(tokens);
      for (let k = 0; k < naive.length; k++) expect(fast[k]).toBeCloseTo(naive[k]!, 4);
      // A second call hits the token cache and gives the same scores.
      expect([...m.emissions(tokens)]).toEqual([...fast]);
    }
  });

  it('is deterministic for a seed', () => {
    const again = trainNer(train, dev, ClusterTable.empty(), [], {
      epochs: 4,
      seed: 1,
      folds: 2,
      minFeatureCount: 1,
    });
    expect(Buffer.compare(serializeNerModel(again.model), serializeNerModel(result.model))).toBe(0);
  });

  it('round-trips through the model file format with the same tags', () => {
    const loaded = createTagger(deserializeNerModel(serializeNerModel(result.model)));
    const original = createTagger(result.model);
    for (const s of dev) expect(loaded.tag(s.tokens)).toEqual(original.tag(s.tokens));
    expect(loaded.model.featureIndex.size).toBe(result.model.featureIndex.size);
  });

  it('takes external gazetteers through the hook and saves them with the model', () => {
    const places = new PhraseGazetteer('places', [
      { tokens: ['olmo'], label: 'LOC' },
      { tokens: ['zafra'], label: 'LOC' },
    ]);
    const withGaz = trainNer(train, dev, ClusterTable.empty(), [], {
      epochs: 2,
      seed: 1,
      folds: 2,
      minFeatureCount: 1,
      gazetteers: [places],
      learner: 'crf',
    });
    const names = [...withGaz.model.featureIndex.keys()];
    // The list matches "Olmo" in the training sentences, so its features get weights.
    expect(names).toContain('gz:places=B-LOC');
    expect(withGaz.model.resources.gazetteers.map((g) => g.name)).toEqual([
      'train',
      'trainTok',
      'places',
    ]);
    const loaded = deserializeNerModel(serializeNerModel(withGaz.model));
    expect(loaded.resources.gazetteers.map((g) => g.name)).toEqual(['train', 'trainTok', 'places']);
    expect(loaded.resources.gazetteers[2]!.annotate(['en', 'zafra'])).toEqual([undefined, 'B-LOC']);
  });

  it('learns document features from article ranges, with every second article trained without them', () => {
    const ranges: [number, number][] = [
      [0, 12],
      [12, 24],
      [24, 36],
    ];
    const opts = {
      epochs: 2,
      seed: 1,
      folds: 2,
      minFeatureCount: 1,
      learner: 'crf' as const,
      documents: { train: ranges, dev: [[0, 12]] as [number, number][] },
    };
    const withDocs = trainNer(train, dev, ClusterTable.empty(), [], opts);
    expect(withDocs.model.meta['documentFeatures']).toBe(true);
    expect([...withDocs.model.featureIndex.keys()].some((f) => f.startsWith('doc:'))).toBe(true);
    const dropped = trainNer(train, dev, ClusterTable.empty(), [], {
      ...opts,
      documentDropout: 0.5,
    });
    expect(dropped.model.meta['documentDropout']).toBe(0.5);
    // Training without the context of some articles changes what is learnt, deterministically.
    expect(
      Buffer.compare(serializeNerModel(dropped.model), serializeNerModel(withDocs.model)),
    ).not.toBe(0);
    const again = trainNer(train, dev, ClusterTable.empty(), [], { ...opts, documentDropout: 0.5 });
    expect(Buffer.compare(serializeNerModel(again.model), serializeNerModel(dropped.model))).toBe(
      0,
    );
    expect(
      createTagger(dropped.model).tagDocument(dev.slice(0, 2).map((s) => s.tokens)),
    ).toHaveLength(2);
  });

  it('rejects a corrupt model file with a typed error', () => {
    expect(() => deserializeNerModel(Buffer.from('nope'), 'bad.bin.gz')).toThrow(
      /bad\.bin\.gz: not a gzip-compressed trama NER model/,
    );
  });
});

describe('buildClusters', () => {
  it('is deterministic and puts words used in the same contexts together', () => {
    const sents: string[][] = [];
    for (let k = 0; k < 40; k++) {
      sents.push(
        ['el', 'gato', 'come', 'pescado', '.'],
        ['el', 'perro', 'come', 'carne', '.'],
        ['ella', 'vive', 'en', k % 2 ? 'lima' : 'quito', '.'],
      );
    }
    const opts = { minCount: 2, contextSize: 50, dims: 16, ks: [2, 4], iterations: 10, seed: 7 };
    const a = buildClusters(sents, opts);
    expect(a.toText()).toBe(buildClusters(sents, opts).toText());
    expect(a.get('gato')![1]).toBe(a.get('perro')![1]);
    expect(a.get('lima')![1]).toBe(a.get('quito')![1]);
    expect(a.get('lima')![1]).not.toBe(a.get('gato')![1]);
    expect(ClusterTable.fromText(a.toText()).get('gato')).toEqual(a.get('gato'));
  });
});

describe('buildExchangeClusters', () => {
  it('groups words that share left and right neighbours, deterministically', () => {
    const sents: string[][] = [];
    for (let k = 0; k < 30; k++) {
      sents.push(
        ['el', k % 2 ? 'gato' : 'perro', 'come', '.'],
        ['ella', 'vive', 'en', k % 2 ? 'lima' : 'quito', '.'],
      );
    }
    const opts = { minCount: 2, ks: [3], iterations: 10, seed: 3 };
    const a = buildExchangeClusters(sents, opts);
    expect(a.toText()).toBe(buildExchangeClusters(sents, opts).toText());
    expect(a.get('gato')).toEqual(a.get('perro'));
    expect(a.get('lima')).toEqual(a.get('quito'));
    expect(a.get('lima')).not.toEqual(a.get('gato'));
  });
});
