import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConll } from '../../../src/eval/conll/parse.js';
import { scoreConll } from '../../../src/eval/conll/score.js';
import { extractChunks } from '../../../src/eval/conll/chunks.js';
import { deserializeNerModel } from '../../../src/nlp/ner/serialize.js';
import { defaultNerModelPath, loadNerModel } from '../../../src/nlp/ner/loader.js';
import { conllDocuments } from '../../../src/nlp/ner/document.js';
import { sentenceFeatures } from '../../../src/nlp/ner/features.js';
import { packRows, TOKEN_CACHE_LIMIT } from '../../../src/nlp/ner/model.js';

/** Dev F1 measured for the committed model (docs/ner.md, 2026-12-02), minus a 0.5-point margin: by article, sentences alone. */
const DEV_F1_FLOOR = 0.7928 - 0.005;
const DEV_F1_FLOOR_SENTENCES = 0.7883 - 0.005;

const SHARED = resolve(
  process.env['TRAMA_SHARED_DATA'] ?? join(__dirname, '../../../../shared/data'),
);
const TESTA = join(SHARED, 'conll2002-es', 'esp.testa');

function entities(tokens: string[], tags: string[]): string[] {
  return extractChunks(tags).map((c) => `${c.type}:${tokens.slice(c.start, c.end).join(' ')}`);
}

describe('the committed NER model', () => {
  it('exists at the default path and loads in under a second', () => {
    const path = defaultNerModelPath();
    expect(existsSync(path)).toBe(true);
    const data = readFileSync(path);
    expect(data.length).toBeLessThan(20 * 1024 * 1024);
    const t0 = performance.now();
    const model = deserializeNerModel(data, path);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(model.tags).toContain('B-PER');
  });

  it('tags made-up sentences sensibly', () => {
    const tagger = loadNerModel();
    const tag = (s: string): string[] => {
      const tokens = s.split(' ');
      return entities(tokens, tagger.tag(tokens));
    };
    expect(
      tag(
        'La policía de Barcelona detuvo ayer a dos hombres , según informó el Ministerio del Interior .',
      ),
    ).toEqual(['LOC:Barcelona', 'ORG:Ministerio del Interior']);
    const s2 = tag(
      'Los ministros de Francia y Alemania firmaron el acuerdo en la sede de Naciones Unidas en Nueva York .',
    );
    expect(s2).toContain('ORG:Naciones Unidas');
    expect(s2).toContain('LOC:Nueva York');
    expect(s2).toContain('LOC:Francia');
    const s3 = tag('El presidente del Gobierno , José María Aznar , viajará mañana a Bruselas .');
    expect(s3).toContain('PER:José María Aznar');
    expect(s3).toContain('LOC:Bruselas');
    // Curly quotes and em dashes (never seen in CoNLL) do not derail the tagger.
    const s4 = tag('“ Es una vergüenza ” , dijo el alcalde en Madrid — según la agencia EFE .');
    expect(s4).toEqual(['LOC:Madrid', 'ORG:EFE']);
    expect(tagger.tag([])).toEqual([]);
  });

  it('gives a confidence in (0, 1] for every token', () => {
    const tokens = 'El alcalde de Sevilla habló ayer .'.split(' ');
    const { tags, confidences } = loadNerModel().tagWithScores(tokens);
    expect(tags).toEqual(loadNerModel().tag(tokens));
    expect(confidences).toHaveLength(tokens.length);
    for (const c of confidences) {
      expect(c).toBeGreaterThan(0);
      expect(c).toBeLessThanOrEqual(1 + 1e-9);
    }
  });

  it("scores each token as the sum of its named features' rows, added in order in float32", () => {
    const model = loadNerModel().model;
    const sentences = [
      'El alcalde de Sevilla , Juan Espadas , habló ayer con « La Vanguardia » .',
      'Espadas viajó a Madrid .',
    ].map((s) => s.split(' '));
    const doc = model.documentContext(sentences);
    for (const tokens of sentences) {
      const expected = new Float32Array(tokens.length * model.T);
      sentenceFeatures(tokens, model.resources, doc).forEach((names, i) => {
        for (const name of names) {
          const row = model.featureIndex.get(name);
          if (row === undefined) continue;
          for (let t = 0; t < model.T; t++)
            expected[i * model.T + t]! += model.weights[row * model.T + t]!;
        }
      });
      expect(Array.from(model.emissions(tokens, doc))).toEqual(Array.from(expected));
    }
  });

  it('keeps a bounded token cache, and scores the same after its words were evicted', () => {
    const path = defaultNerModelPath();
    const model = deserializeNerModel(readFileSync(path), path);
    const tokens = 'El alcalde de Sevilla , Juan Espadas , habló ayer .'.split(' ');
    const before = Array.from(model.emissions(tokens));
    // More distinct made-up words than two generations hold: the sentence's words are evicted.
    const words = 2 * TOKEN_CACHE_LIMIT + 1000;
    for (let i = 0; i < words; i += 50) {
      model.emissions(Array.from({ length: 50 }, (_, k) => `palabra${i + k}`));
      expect(model.cachedTokens).toBeLessThanOrEqual(2 * TOKEN_CACHE_LIMIT);
    }
    expect(model.cachedTokens).toBeGreaterThan(TOKEN_CACHE_LIMIT / 2);
    expect(Array.from(model.emissions(tokens))).toEqual(before);
  });

  it('packs lists of rows into one array that says where each list starts', () => {
    const packed = packRows([[7, 8], [], [9]]);
    expect(Array.from(packed)).toEqual([4, 6, 6, 7, 7, 8, 9]);
    expect(Array.from(packRows([]))).toEqual([1]);
  });

  it('gives the same confidences for entity tokens when asked for those only, NaN elsewhere', () => {
    const tagger = loadNerModel();
    for (const s of [
      'El alcalde de Sevilla habló ayer con Ana Ruiz en Madrid .',
      'la reunión terminó sin acuerdo .',
    ]) {
      const tokens = s.split(' ');
      const all = tagger.tagWithScores(tokens);
      const some = tagger.tagWithEntityScores(tokens);
      expect(some.tags).toEqual(all.tags);
      all.tags.forEach((tag, i) =>
        tag === 'O'
          ? expect(some.confidences[i]).toBeNaN()
          : expect(some.confidences[i]).toBe(all.confidences[i]),
      );
    }
    expect(tagger.tagWithEntityScores('Ana Ruiz llegó .'.split(' ')).tags).toContain('B-PER');
  });

  it.skipIf(!existsSync(TESTA))(
    `keeps dev F1 on esp.testa >= ${(100 * DEV_F1_FLOOR).toFixed(2)} by article, >= ${(100 * DEV_F1_FLOOR_SENTENCES).toFixed(2)} by sentence (needs ${TESTA})`,
    () => {
      const tagger = loadNerModel();
      const sentences = parseConll(readFileSync(TESTA, 'utf8'), TESTA);
      const alone = scoreConll(
        sentences.map((s) => ({ gold: s.gold, pred: tagger.tag(s.tokens) })),
      );
      expect(alone.overall.gold).toBe(4352);
      expect(alone.overall.f1).toBeGreaterThanOrEqual(DEV_F1_FLOOR_SENTENCES);
      const pred: string[][] = [];
      for (const [start, end] of conllDocuments(sentences.map((s) => s.tokens))) {
        pred.push(...tagger.tagDocument(sentences.slice(start, end).map((s) => s.tokens)));
      }
      const byArticle = scoreConll(sentences.map((s, k) => ({ gold: s.gold, pred: pred[k]! })));
      expect(byArticle.overall.f1).toBeGreaterThanOrEqual(DEV_F1_FLOOR);
      expect(byArticle.overall.f1).toBeGreaterThan(alone.overall.f1);
    },
  );

  it('uses the external gazetteer baked into the model for names never seen in training', () => {
    const model = loadNerModel().model;
    const ext = model.resources.gazetteers.find((g) => g.name === 'ext');
    expect(ext).toBeDefined();
    // Cities and demonyms from resources/gazetteer, looked up without reading those files.
    expect(ext!.annotate(['viajó', 'a', 'pionyang'])[2]).toMatch(/^B-.*(CITY|CAPITAL)/);
    expect(ext!.annotate(['el', 'ministro', 'norcoreano'])).toEqual([
      undefined,
      'B-ROLE',
      'B-DEMONYM',
    ]);
  });
});
