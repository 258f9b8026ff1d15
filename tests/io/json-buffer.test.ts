import { describe, expect, it } from 'vitest';
import { parseJsonBuffer } from '../../src/io/json-buffer.js';

const bytes = (text: string): Buffer => Buffer.from(text, 'utf8');

describe('parseJsonBuffer', () => {
  const value = {
    format: 'x',
    nested: { list: [1, 2.5, -3e2, true, false, null, 'a "quoted" \\ back', 'ñandú ✓'] },
    empty: { a: [], b: {} },
    big: Array.from({ length: 200 }, (_, i) => ({ key: `k${i}`, text: 'x'.repeat(i % 17) })),
  };

  it('splits values bigger than the slice size and gives what JSON.parse gives', () => {
    for (const text of [JSON.stringify(value), JSON.stringify(value, null, 2)]) {
      for (const slice of [16, 64, 1024, 1 << 20]) {
        expect(parseJsonBuffer(bytes(`\n ${text} \n`), slice)).toEqual(JSON.parse(text));
      }
    }
  });

  it('names the byte offset of malformed JSON', () => {
    expect(() => parseJsonBuffer(bytes('{"a": [1, 2 3]}'), 4)).toThrow(/byte 12/);
    expect(() => parseJsonBuffer(bytes('{"a": [1, 2]'), 4)).toThrow(/unterminated/);
    expect(() => parseJsonBuffer(bytes('{"a": 1} x'), 4)).toThrow(/after the JSON value/);
    expect(() => parseJsonBuffer(bytes('{a: 1}'), 4)).toThrow(/property name/);
    expect(() => parseJsonBuffer(bytes('{"a": [1, tru]}'), 4)).toThrow(/SyntaxError|JSON|byte/);
  });
});
