import { describe, expect, it } from 'vitest';
import { GenerationalCache } from '../../src/util/generational-cache.js';

describe('GenerationalCache', () => {
  it('keeps at most two generations of `limit` entries', () => {
    const cache = new GenerationalCache<number, string>(3);
    for (let i = 0; i < 100; i++) cache.set(i, String(i));
    expect(cache.size).toBeLessThanOrEqual(6);
    // The last two generations are still there; older entries are gone.
    expect(cache.get(99)).toBe('99');
    expect(cache.get(97)).toBe('97');
    expect(cache.get(0)).toBeUndefined();
  });

  it('carries an entry that is read into the next generation, so entries in use survive turnovers', () => {
    const cache = new GenerationalCache<string, number>(2);
    cache.set('hot', 1);
    for (let i = 0; i < 20; i++) {
      cache.set(`cold${i}`, i);
      expect(cache.get('hot')).toBe(1);
    }
    expect(cache.get('cold0')).toBeUndefined();
  });

  it('rejects a limit that is not a positive integer', () => {
    expect(() => new GenerationalCache(0)).toThrow(/GenerationalCache: limit .* got 0/);
    expect(() => new GenerationalCache(1.5)).toThrow(/got 1\.5/);
  });
});
