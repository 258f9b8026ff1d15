/** Gold entities of an annotated article projected onto the pipeline's tokens as NER training tags (invented text). */
import { describe, expect, it } from 'vitest';
import { nameTokens, projectGoldMentions, withArticles } from '../../../src/training/ner/index.js';

const TEXT =
  'Acuerdo en Villaverde\n\nLa Agencia Federal de Aguas (AFA) y la alcaldesa Rosa Quintero firmaron en Villaverde. ' +
  'Quintero dijo que la agencia cumplirá. La presidenta francesa aplaudió.';

const ENTITIES = [
  {
    name: 'Agencia Federal de Aguas',
    type: 'Organization' as const,
    aliases: ['AFA', 'la agencia'],
  },
  { name: 'Rosa Quintero', type: 'Person' as const, aliases: ['Quintero', 'la alcaldesa'] },
  { name: 'Villaverde', type: 'City' as const, aliases: [] },
];

const tagged = (sentences: ReturnType<typeof projectGoldMentions>): string[] =>
  sentences.flatMap((s) =>
    s.tokens.map((t, i) => `${t}/${s.tags[i]}`).filter((x) => !x.endsWith('/O')),
  );

describe('projectGoldMentions', () => {
  it('tags every occurrence of a name or capitalised alias with its coarse CoNLL type', () => {
    const sentences = projectGoldMentions(TEXT, ENTITIES);
    expect(tagged(sentences)).toEqual([
      'Villaverde/B-LOC',
      'Agencia/B-ORG',
      'Federal/I-ORG',
      'de/I-ORG',
      'Aguas/I-ORG',
      'AFA/B-ORG',
      'Rosa/B-PER',
      'Quintero/I-PER',
      'Villaverde/B-LOC',
      'Quintero/B-PER',
    ]);
  });

  it('leaves role nominals, lower-case aliases and adjectives untagged', () => {
    const words = projectGoldMentions(TEXT, ENTITIES).flatMap((s) =>
      s.tokens.filter((_, i) => s.tags[i] !== 'O'),
    );
    expect(words).not.toContain('agencia');
    expect(words).not.toContain('alcaldesa');
    expect(words).not.toContain('francesa');
  });

  it('does not tag a form capitalised only by its leading determiner where it opens the sentence', () => {
    const sentences = projectGoldMentions(
      'Hoy\n\nLa alcaldesa anunció una obra. «El gran viaje» se estrena. Rosa Quintero presentó El gran viaje en Villaverde.',
      [
        { name: 'Rosa Quintero', type: 'Person', aliases: ['La alcaldesa'] },
        { name: 'El gran viaje', type: 'Other', aliases: [] },
        { name: 'Villaverde', type: 'City', aliases: [] },
      ],
    );
    expect(tagged(sentences)).toEqual([
      'Rosa/B-PER',
      'Quintero/I-PER',
      'El/B-MISC',
      'gran/I-MISC',
      'viaje/I-MISC',
      'Villaverde/B-LOC',
    ]);
  });

  it('prefers the longer form and, at equal length, an entity name over another entity alias', () => {
    const sentences = projectGoldMentions('Hoy\n\nVillaverde del Sur habló con Villaverde.', [
      { name: 'Villaverde', type: 'Person', aliases: [] },
      { name: 'Villaverde del Sur', type: 'Region', aliases: [] },
      { name: 'Club Villaverde', type: 'Organization', aliases: ['Villaverde'] },
    ]);
    expect(tagged(sentences)).toEqual([
      'Villaverde/B-LOC',
      'del/I-LOC',
      'Sur/I-LOC',
      'Villaverde/B-PER',
    ]);
  });
});

describe('nameTokens', () => {
  it('keeps capitalised forms, drops one leading lower-case word before a capital, refuses the rest', () => {
    expect(nameTokens('la Corona')).toEqual(['Corona']);
    expect(nameTokens('EE.UU.')).toEqual(['EE.UU.']);
    expect(nameTokens('el presidente')).toBeUndefined();
    expect(nameTokens('el líder Quintero')).toBeUndefined();
  });
});

describe('withArticles', () => {
  it('appends each article as one document, repeated `weight` times', () => {
    const base = {
      sentences: [{ tokens: ['Hola', '.'], tags: ['O', 'O'] }],
      documents: [[0, 1] as const],
    };
    const set = withArticles(base, [{ text: TEXT, entities: ENTITIES }], 2);
    const n = projectGoldMentions(TEXT, ENTITIES).length;
    expect(set.sentences).toHaveLength(1 + 2 * n);
    expect(set.documents).toEqual([
      [0, 1],
      [1, 1 + n],
      [1 + n, 1 + 2 * n],
    ]);
    expect(() => withArticles(base, [], -1)).toThrow(/weight/);
  });
});
