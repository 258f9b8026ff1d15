import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/nlp/segment/index.js';
import { datelineEnd } from '../../../src/nlp/relations/dateline.js';

const end = (text: string): string | undefined => {
  const tokens = tokenize(text).map((t) => t.text);
  const at = datelineEnd(tokens);
  return at === 0 ? undefined : tokens[at];
};

describe('datelineEnd', () => {
  it('finds the first word after Spanish and English wire datelines', () => {
    expect(end('GINEBRA, 12 mar (EFE).- El ministro llegó ayer.')).toBe('El');
    expect(end('NUEVA YORK (AP) — La alcaldesa habló.')).toBe('La');
    expect(end('GENEVA (Reuters) - British ministers met on Tuesday.')).toBe('British');
    expect(end('WASHINGTON, Nov. 3 - The senator spoke.')).toBe('The');
  });

  it('leaves sentences without a dateline alone', () => {
    expect(end('El ministro llegó a Ginebra - dijo la agencia.')).toBeUndefined();
    expect(end('ONU y OTAN firmaron - según fuentes - un acuerdo.')).toBeUndefined();
    expect(end('EE.UU. anunció sanciones.')).toBeUndefined();
  });
});
