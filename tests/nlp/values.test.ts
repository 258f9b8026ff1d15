import { describe, expect, it } from 'vitest';
import { ES } from '../../src/nlp/lang/es/grammar.js';
import { splitSentences } from '../../src/nlp/segment/index.js';
import { findDates, findQuantities, parseNumber } from '../../src/nlp/values/index.js';

describe('parseNumber', () => {
  it('reads Spanish and English number formats', () => {
    expect(parseNumber('30.000', 'es')).toBe(30000);
    expect(parseNumber('1.234,5', 'es')).toBe(1234.5);
    expect(parseNumber('1,5', 'es')).toBe(1.5);
    expect(parseNumber('30,000', 'en')).toBe(30000);
    expect(parseNumber('2.5', 'en')).toBe(2.5);
    expect(parseNumber('abc', 'es')).toBeNull();
  });
});

describe('dates and quantities', () => {
  const sentence = (text: string) => splitSentences(text)[0]!;

  it('normalises absolute dates and keeps relative ones without ISO', () => {
    const s = sentence(
      'Firmaron el 12 de junio de 2024 en Moscú, tras la cumbre de junio de 2015, y volvieron este sábado en 2025.',
    );
    const dates = findDates(s, ES).map((d) => [d.text, d.iso]);
    expect(dates).toContainEqual(['12 de junio de 2024', '2024-06-12']);
    expect(dates).toContainEqual(['junio de 2015', '2015-06']);
    expect(dates).toContainEqual(['2025', '2025']);
    expect(dates.find(([t]) => t?.includes('sábado'))?.[1]).toBeNull();
  });

  it('finds counted quantities with value and unit, skipping years', () => {
    const s = sentence(
      'Hasta 30.000 soldados y 1,5 millones de dólares llegaron en 2024 al 90% de las mezquitas.',
    );
    const q = findQuantities(s, ES, 'es', findDates(s, ES)).map((x) => [x.text, x.value, x.unit]);
    expect(q).toContainEqual(['30.000 soldados', 30000, 'soldados']);
    expect(q).toContainEqual(['1,5 millones de dólares', 1.5e6, 'dólares']);
    expect(q).toContainEqual(['90%', 90, '%']);
    expect(q.some(([t]) => String(t).includes('2024'))).toBe(false);
  });
});
