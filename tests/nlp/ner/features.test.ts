import { describe, expect, it } from 'vitest';
import { ClusterTable } from '../../../src/nlp/ner/clusters.js';
import { sentenceFeatures, tokenView, viewAt } from '../../../src/nlp/ner/features.js';
import { PhraseGazetteer } from '../../../src/nlp/ner/gazetteer.js';
import { clusterKey, normalizeToken } from '../../../src/nlp/ner/normalize.js';
import { emptyResources, type FeatureResources } from '../../../src/nlp/ner/resources.js';
import { shortShape, wordShape } from '../../../src/nlp/ner/shape.js';

describe('normalizeToken', () => {
  it('folds typographic quotes, dashes and the ellipsis onto CoNLL forms', () => {
    expect(['“', '”', '«', '»', '„'].map(normalizeToken)).toEqual(['"', '"', '"', '"', '"']);
    expect(['‘', '’'].map(normalizeToken)).toEqual(["'", "'"]);
    expect(['—', '–'].map(normalizeToken)).toEqual(['-', '-']);
    expect(normalizeToken('…')).toBe('...');
    expect(normalizeToken('Madrid')).toBe('Madrid');
    // Decomposed "é" (e + combining acute) becomes the precomposed form.
    expect(normalizeToken('Jose\u0301')).toBe('José');
  });
  it('folds digits in cluster keys', () => {
    expect(clusterKey('30.000')).toBe('00.000');
    expect(clusterKey('EE.UU.')).toBe('ee.uu.');
  });
});

describe('word shapes', () => {
  it('gives long and short shapes', () => {
    expect(wordShape('Madrid')).toBe('Xxxx');
    expect(shortShape('Madrid')).toBe('Xx');
    expect(shortShape('EE.UU.')).toBe('X.X.');
    expect(wordShape('30.000')).toBe('dd.ddd');
    expect(shortShape('Ñandú')).toBe('Xx');
  });
});

describe('PhraseGazetteer', () => {
  it('marks the longest match with B-/I- and its label(s)', () => {
    const g = new PhraseGazetteer('t', [
      { tokens: ['nueva', 'york'], label: 'LOC' },
      { tokens: ['nueva'], label: 'MISC' },
      { tokens: ['york'], label: 'LOC' },
      { tokens: ['york'], label: 'PER' },
    ]);
    expect(g.annotate(['en', 'nueva', 'york', 'y', 'york'])).toEqual([
      undefined,
      'B-LOC',
      'I-LOC',
      undefined,
      'B-LOC|PER',
    ]);
    expect(g.annotate(['nueva'])).toEqual(['B-MISC']);
  });
});

describe('sentenceFeatures', () => {
  const res: FeatureResources = {
    clusters: new ClusterTable(
      [2, 4],
      new Map([
        ['madrid', [1, 3]],
        ['en', [0, 2]],
      ]),
    ),
    gazetteers: [new PhraseGazetteer('g', [{ tokens: ['madrid'], label: 'LOC' }])],
    commonLower: new Set(['el', 'vive']),
  };

  it('gives padding and token views the same properties in the same order (one object shape)', () => {
    const keys = Object.keys(tokenView('Madrid', res));
    expect(Object.keys(viewAt([], -1))).toEqual(keys);
    expect(Object.keys(viewAt([], 1))).toEqual(keys);
    expect(viewAt([], -1).gaz).toBeUndefined();
  });

  it('gives one feature list per token with window, shape, cluster and gazetteer features', () => {
    const f = sentenceFeatures(['Vive', 'en', 'Madrid', '.'], res);
    expect(f).toHaveLength(4);
    const madrid = f[2]!;
    expect(madrid).toContain('w=madrid');
    expect(madrid).toContain('W=Madrid');
    expect(madrid).toContain('w-1=en');
    expect(madrid).toContain('w+1=.');
    expect(madrid).toContain('w+2=</s>');
    expect(madrid).toContain('ss=Xx');
    expect(madrid).toContain('c0=1');
    expect(madrid).toContain('c1=3');
    expect(madrid).toContain('c-1=0');
    expect(madrid).toContain('gz:g=B-LOC');
    expect(madrid).toContain('cap:rare');
    expect(madrid).toContain('s3=rid');
    expect(f[1]).toContain('gz:g+1=B-LOC');
    expect(f[0]).toContain('first:cap');
    expect(f[0]).toContain('cap:common');
  });

  it('gives curly-quoted text the same features as ASCII-quoted text', () => {
    const curly = sentenceFeatures(['“', 'El', 'País', '”', 'publicó'], res);
    const ascii = sentenceFeatures(['"', 'El', 'País', '"', 'publicó'], res);
    expect(curly).toEqual(ascii);
    expect(curly[2]).toContain('inq:cap');
  });

  it('describes the capitalised run a token is in, connectors included', () => {
    const f = sentenceFeatures(['el', 'Banco', 'de', 'España', 'subió'], emptyResources());
    expect(f[1]).toContain('run=B3');
    expect(f[2]).toContain('run=I3');
    expect(f[3]).toContain('run=E3');
    expect(f[3]).toContain('runPrev=el');
    expect(f[3]).toContain('runFirst=banco');
    expect(f[4]).not.toContain('run=E3');
    expect(f[3]).toContain('c:unk:cap');
  });
});
