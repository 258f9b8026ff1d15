/** Hard-wrapped text: single line breaks inside a paragraph are spaces; headlines and lists keep theirs. */
import { describe, expect, it } from 'vitest';
import { finalizeArticle } from '../../src/ingest/index.js';
import { unwrapLines } from '../../src/ingest/unwrap.js';
import { extractWithKnowledge } from '../../src/pipeline/index.js';

// Invented text, wrapped at about 60 columns as e-mail and plain-text newsletters are.
const WRAPPED_ES = [
  'Inauguran el puerto de Valdemora',
  '',
  'La alcaldesa de Valdemora, Irene Castañar, inauguró el 28 de',
  'diciembre de 2015 el nuevo puerto pesquero de la ciudad, que',
  'costó doce millones de euros según el ayuntamiento.',
  '',
  'Los pescadores celebraron la apertura.',
].join('\n');

const WRAPPED_EN = [
  'Port opens',
  '',
  'The mayor of Port Elwood, Irene Castle, travelled to Cape Town',
  'South Africa on Monday to sign a shipping agreement with the',
  'local authorities.',
].join('\n');

describe('unwrapLines', () => {
  it('joins wrapped lines, keeps the headline, paragraphs and list items, and keeps the length', () => {
    const out = unwrapLines(WRAPPED_ES);
    expect(out).toHaveLength(WRAPPED_ES.length);
    expect(out.split('\n\n')).toEqual([
      'Inauguran el puerto de Valdemora',
      'La alcaldesa de Valdemora, Irene Castañar, inauguró el 28 de diciembre de 2015 el nuevo puerto pesquero de la ciudad, que costó doce millones de euros según el ayuntamiento.',
      'Los pescadores celebraron la apertura.',
    ]);
    const list = 'Acuerdos firmados hoy en la cumbre anual:\n- pesca\n- comercio';
    expect(unwrapLines(list)).toBe(list);
    const headed =
      'MADRID\nEl Gobierno aprobó ayer el presupuesto de la comunidad autónoma para el año que viene.';
    expect(unwrapLines(headed)).toBe(headed);
  });

  it('leaves paragraphs written on one line alone (lines longer than a wrap width)', () => {
    const long = `${'Una frase larga que ocupa toda una línea sin cortes. '.repeat(3)}\n${'Otra línea larga con otro párrafo entero dentro de ella. '.repeat(3)}`;
    expect(unwrapLines(long)).toBe(long);
  });
});

describe('hard-wrapped articles through the pipeline', () => {
  it('keeps the day of a date broken over two lines', () => {
    const article = finalizeArticle({ source: 'wrapped.txt', text: WRAPPED_ES, format: 'txt' });
    const extraction = extractWithKnowledge(article);
    const isos = extraction.dates.map((d) => d.iso);
    expect(isos).toContain('2015-12-28');
    // Offsets index the normalised text exactly.
    for (const s of extraction.sentences) expect(article.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not glue two names that a line break separates', () => {
    const article = finalizeArticle({
      source: 'wrapped-en.txt',
      text: WRAPPED_EN,
      format: 'txt',
      language: 'en',
    });
    const names = extractWithKnowledge(article).entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Cape Town', 'South Africa', 'Irene Castle']));
    expect(names).not.toContain('Cape Town South Africa');
    expect(names).not.toContain('South');
  });
});
