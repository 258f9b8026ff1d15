/** In-article coreference on made-up text (rule-only knowledge). */
import { describe, expect, it } from 'vitest';
import { finalizeArticle } from '../../src/ingest/index.js';
import { loadKnowledge } from '../../src/nlp/resources.js';
import { extractArticle } from '../../src/pipeline/index.js';

function entities(body: string): { name: string; forms: string[] }[] {
  const x = extractArticle(
    finalizeArticle({ source: 't', text: `Titular\n\n${body}`, format: 'txt' }),
    loadKnowledge('es', { ner: false }),
  );
  return x.entities.map((e) => ({
    name: e.name,
    forms: [...new Set(e.mentions.map((m) => m.text))],
  }));
}

describe('coreference', () => {
  it('joins a first surname to the full name with two surnames', () => {
    const found = entities('Jaime Torres Bacal habló ayer. Según Torres, la empresa crecerá.');
    expect(found.find((e) => e.name === 'Jaime Torres Bacal')?.forms).toContain('Torres');
  });

  it('joins a body named by its head noun to the same name with a scope adjective', () => {
    const found = entities(
      'El Gobierno Nacional anunció subsidios. Después, el Gobierno pagó la nómina de las empresas.',
    );
    expect(found.find((e) => e.name === 'Gobierno Nacional')?.forms).toContain('Gobierno');
  });

  it('spells acronyms over "al" too', () => {
    const found = entities(
      'El Programa de Apoyo al Empleo Formal (PAEF) pagó la nómina. El PAEF terminó en mayo.',
    );
    expect(found.find((e) => e.name === 'Programa de Apoyo al Empleo Formal')?.forms).toContain(
      'PAEF',
    );
  });

  it('joins a short given name to the full one with the same surname, and the bare surname to both', () => {
    const found = entities(
      'Xavi Roca habló ayer. Más tarde, Xavier Roca negó todo. Según Roca, nada cambiará.',
    );
    const person = found.find((e) => e.name === 'Xavier Roca');
    expect(person?.forms).toEqual(expect.arrayContaining(['Xavi Roca', 'Roca']));
  });
});
