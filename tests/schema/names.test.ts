import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entityKey } from '../../src/schema/keys.js';
import { lookupKeys } from '../../src/nlp/gazetteer/normalize.js';
import { foldName, nameSlug } from '../../src/schema/index.js';

describe('the one name folding', () => {
  it.each([
    ['EE.UU.', 'EEUU', 'eeuu'],
    ['Perú', 'PERU', 'peru'],
    ["O'Brien", 'O’Brien', 'obrien'],
    ['Guinea-Bisáu', 'guinea bisau', 'guinea bisau'],
    ['  Serguéi   Lavrov ', 'serguei lavrov', 'serguei lavrov'],
    ['ﬁnanzas', 'finanzas', 'finanzas'],
  ])('folds %j and %j to %j', (a, b, folded) => {
    expect(foldName(a)).toBe(folded);
    expect(foldName(b)).toBe(folded);
    expect(nameSlug(a)).toBe(nameSlug(b));
  });

  it('keeps a dot or a comma between digits apart from the digits: 1.5 is not 15', () => {
    expect(foldName('1.5 millones')).not.toBe(foldName('15 millones'));
    expect(nameSlug('30.000 soldados')).toBe('30-000-soldados');
  });

  it('folds the same way before and after its memo of recent strings fills and is emptied', () => {
    const first = foldName('Ñandú-Ávila');
    for (let i = 0; i < 70_000; i++) foldName(`Nombre ${i}`);
    expect(foldName('Ñandú-Ávila')).toBe(first);
    expect(first).toBe('nandu avila');
    expect(foldName('Nombre 12')).toBe('nombre 12');
  });

  it('entity keys, gazetteer lookups and folding agree on every string', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(nameSlug(a)).toBe(foldName(a).replaceAll(' ', '-') || 'x');
        expect(foldName(foldName(a))).toBe(foldName(a));
        expect(lookupKeys(a)[0]).toBe(foldName(a));
        if (foldName(a) === foldName(b) && foldName(a) !== '')
          expect(entityKey('Country', a)).toBe(entityKey('Country', b));
      }),
    );
    expect(entityKey('Country', 'EE.UU.')).toBe(entityKey('Country', 'EEUU'));
  });
});
