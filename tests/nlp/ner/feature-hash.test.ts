import { describe, expect, it } from 'vitest';
import { FeatureHasher, featureId } from '../../../src/nlp/ner/feature-hash.js';
import { joinParts, type PartsEmit } from '../../../src/nlp/ner/features.js';

describe('feature ids', () => {
  const hasher = new FeatureHasher();
  const cases: [string, ...string[]][] = [
    ['b'],
    ['w-1w=', 'la', '|', 'ministra'],
    ['ss3=', 'Xx', '|', 'x', '|', 'X.'],
    ['gz:', 'places', '=', 'B-LOC', ':lc'],
    ['run=', 'B', '3'],
    ['capsent:w=', 'ñandú'],
  ];

  it('the id of the parts is the id of the joined name, however it is split', () => {
    for (const parts of cases) {
      const name = parts.join('');
      const [a, b, c, d, e, f] = parts;
      expect(hasher.id(a, b, c, d, e, f)).toBe(featureId(name));
      expect(hasher.id(name)).toBe(featureId(name));
      if (name.length > 1) expect(hasher.id(name.slice(0, 1), name.slice(1))).toBe(featureId(name));
    }
  });

  it('distinct names get distinct ids (no collisions among 50k generated names)', () => {
    const ids = new Set<number>();
    for (let i = 0; i < 50_000; i++)
      ids.add(featureId(`w-1w=${i.toString(36)}|${(i * 7919) % 1000}`));
    expect(ids.size).toBe(50_000);
    expect(featureId('ab')).not.toBe(featureId('ba'));
  });

  it('joinParts hands the concatenated name to a string consumer', () => {
    const names: string[] = [];
    const emit: PartsEmit = joinParts((f) => names.push(f));
    emit('w-1w=', 'la', '|', 'casa');
    emit('first');
    expect(names).toEqual(['w-1w=la|casa', 'first']);
  });
});
