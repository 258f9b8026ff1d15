/** The per-fold NER model files of the whole-pipeline cross-validation: one name scheme, found by fold. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findFoldNerModels, foldNerModelName } from '../../../src/training/relations/index.js';

const dirs: string[] = [];
const dir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'trama-fold-ner-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const spec = { k: 3, seed: 7, epochs: 10, articleWeight: 4 };

describe('foldNerModelName', () => {
  it('names a fold model by fold, K, seed, epochs and article weight', () => {
    expect(foldNerModelName({ ...spec, fold: 2 })).toBe('ner-cv-fold2-k3-s7-e10-w4.model.bin.gz');
    expect(foldNerModelName({ ...spec, fold: 'conll-only', articleWeight: 0 })).toBe(
      'ner-cv-conll-only-k3-s7-e10-w0.model.bin.gz',
    );
  });
});

describe('findFoldNerModels', () => {
  it('returns the K fold models of the seed in fold order, ignoring other seeds and the baseline', () => {
    const d = dir();
    for (const fold of [3, 1, 2]) writeFileSync(join(d, foldNerModelName({ ...spec, fold })), '');
    writeFileSync(join(d, foldNerModelName({ ...spec, fold: 1, seed: 8 })), '');
    writeFileSync(join(d, foldNerModelName({ ...spec, fold: 'conll-only' })), '');
    expect(findFoldNerModels(d, 3, 7)).toEqual(
      [1, 2, 3].map((fold) => join(d, foldNerModelName({ ...spec, fold }))),
    );
  });

  it('names the missing fold and the command that makes it', () => {
    const d = dir();
    writeFileSync(join(d, foldNerModelName({ ...spec, fold: 1 })), '');
    expect(() => findFoldNerModels(d, 3, 7)).toThrow(
      `no ner-cv-fold2-k3-s7-*.model.bin.gz in ${d}; make them with \`npm run eval:entities-cv -- --k 3 --seed 7 --models ${d}\``,
    );
  });

  it('refuses two models of one fold, and a folder it cannot read', () => {
    const d = dir();
    for (const fold of [1, 2, 3]) writeFileSync(join(d, foldNerModelName({ ...spec, fold })), '');
    writeFileSync(join(d, foldNerModelName({ ...spec, fold: 2, epochs: 15 })), '');
    expect(() => findFoldNerModels(d, 3, 7)).toThrow(/2 models for fold 2 in .*; keep one/);
    expect(() => findFoldNerModels(join(d, 'nope'), 3, 7)).toThrow(/cannot read .*nope/);
  });
});
