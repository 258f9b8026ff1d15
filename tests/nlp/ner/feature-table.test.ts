import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FeatureHasher, featureId } from '../../../src/nlp/ner/feature-hash.js';
import { FeatureTable } from '../../../src/nlp/ner/feature-table.js';

describe('FeatureTable', () => {
  it('finds exactly the ids stored, like a Map<number, number>', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.maxSafeNat(), { minLength: 0, maxLength: 300 }),
        fc.array(fc.maxSafeNat(), { maxLength: 100 }),
        (stored, probes) => {
          const table = new FeatureTable(stored.length);
          const map = new Map<number, number>();
          stored.forEach((id, row) => {
            expect(table.set(id, row)).toBe(-1);
            map.set(id, row);
          });
          expect(table.size).toBe(stored.length);
          for (const id of [...stored, ...probes]) expect(table.getId(id)).toBe(map.get(id) ?? -1);
        },
      ),
    );
  });

  it('returns the row already stored for a repeated id, and keeps it', () => {
    const table = new FeatureTable(4);
    expect(table.set(2 ** 52 + 5, 7)).toBe(-1);
    expect(table.set(2 ** 52 + 5, 9)).toBe(7);
    expect(table.getId(2 ** 52 + 5)).toBe(7);
    expect(table.size).toBe(1);
  });

  it('is looked up by the halves the hasher gives for the parts of a feature name', () => {
    const names = ['b', 'w-1w=la|ministra', 'gz:places=B-LOC:lc', 'capsent:w=ñandú'];
    const table = new FeatureTable(names.length);
    names.forEach((name, row) => table.set(featureId(name), row));
    const hasher = new FeatureHasher();
    hasher.hash('w-1w=', 'la', '|', 'ministra');
    expect(table.get(hasher.hi, hasher.lo)).toBe(1);
    hasher.hash('gz:', 'places', '=', 'B-LOC', ':lc');
    expect(table.get(hasher.hi, hasher.lo)).toBe(2);
    hasher.hash('w-1w=', 'la', '|', 'casa');
    expect(table.get(hasher.hi, hasher.lo)).toBe(-1);
  });

  it('rejects bad ids, rows and overfilling with the call and value named', () => {
    const table = new FeatureTable(1);
    expect(() => table.set(-1, 0)).toThrow(/FeatureTable\.set: id .* got -1/);
    expect(() => table.set(1.5, 0)).toThrow(/FeatureTable\.set: id .* got 1\.5/);
    expect(() => table.set(1, -2)).toThrow(/FeatureTable\.set: row .* got -2/);
    table.set(1, 0);
    expect(() => table.set(2, 1)).toThrow(/FeatureTable\.set: full \(capacity 1\)/);
    expect(() => new FeatureTable(-3)).toThrow(/FeatureTable: capacity .* got -3/);
  });
});
