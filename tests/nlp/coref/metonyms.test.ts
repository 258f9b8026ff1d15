/** Institutional short forms and country metonyms, on hand-made mention groups and made-up sentences. */
import { describe, expect, it } from 'vitest';
import {
  mergeCommonWordShortForms,
  mergeInstitutionalShortForms,
  resolveCountryMetonyms,
} from '../../../src/nlp/coref/metonyms.js';
import { loadKnowledge } from '../../../src/nlp/resources.js';
import type { EntityMention } from '../../../src/nlp/types.js';
import type { EntityType } from '../../../src/schema/index.js';

const knowledge = loadKnowledge('es', { ner: false });
let offset = 0;
function mention(
  text: string,
  type: EntityType,
  sentenceIndex: number,
  tokenStart: number,
  extra: Partial<EntityMention> = {},
): EntityMention {
  const start = offset;
  offset += text.length + 1;
  const words = text.split(' ').length;
  return {
    sentenceIndex,
    tokenStart,
    tokenEnd: tokenStart + words,
    start,
    end: start + text.length,
    text,
    form: 'name',
    type,
    typeSource: 'test',
    typeConfidence: 0.7,
    ...extra,
  };
}

describe('institutional short forms', () => {
  it('joins a bare head noun and a synonym to the one body they name', () => {
    const long = [mention('Gobierno Federal de Brasil', 'Organization', 0, 1)];
    const bare = [mention('Gobierno', 'Organization', 1, 1)];
    const synonym = [mention('Ejecutivo', 'Other', 2, 1)];
    const out = mergeInstitutionalShortForms([long, bare, synonym], knowledge);
    expect(out).toHaveLength(1);
    expect(out[0]!.map((m) => m.text)).toEqual([
      'Gobierno Federal de Brasil',
      'Gobierno',
      'Ejecutivo',
    ]);
  });

  it('leaves a bare head alone when two bodies it could name are mentioned equally', () => {
    const a = [mention('Senado de Chile', 'Organization', 0, 1)];
    const b = [mention('Senado de Perú', 'Organization', 1, 1)];
    const bare = [mention('Senado', 'Organization', 2, 1)];
    expect(mergeInstitutionalShortForms([a, b, bare], knowledge)).toHaveLength(3);
  });
});

describe('common-word short forms', () => {
  // The NER model's list of words seen in lower case decides what a common word is: a stand-in here.
  const common = new Set(['hacienda', 'frente', 'podemos', 'valle']);
  const k = { ...knowledge, isCommonWord: (w: string) => common.has(w) };

  it('joins a capitalised common word to the one earlier, longer name it completes', () => {
    const long = [mention('Secretaría de Hacienda y Crédito Público', 'Organization', 0, 1)];
    const short = [mention('Hacienda', 'Organization', 1, 1), mention('Hacienda', 'Other', 2, 4)];
    const out = mergeCommonWordShortForms([long, short], k);
    expect(out).toHaveLength(1);
    expect(out[0]!.map((m) => [m.text, m.type])).toEqual([
      ['Secretaría de Hacienda y Crédito Público', 'Organization'],
      ['Hacienda', 'Organization'],
      ['Hacienda', 'Organization'],
    ]);
  });

  it('leaves alone a word written before the longer name, one of two names, a person, an uncommon word', () => {
    const before = [mention('Podemos', 'Organization', 0, 1)];
    const coalition = [mention('Unidas Podemos', 'Organization', 1, 1)];
    expect(mergeCommonWordShortForms([before, coalition], k)).toHaveLength(2);
    const a = [mention('Por Chile al Frente', 'Organization', 0, 1)];
    const b = [mention('Nuevo Frente Amplio', 'Organization', 0, 6)];
    const frente = [mention('Frente', 'Organization', 1, 1)];
    expect(mergeCommonWordShortForms([a, b, frente], k)).toHaveLength(3);
    const valley = [mention('Instituto del Valle', 'Organization', 0, 1)];
    const person = [mention('Valle', 'Person', 1, 1)];
    expect(mergeCommonWordShortForms([valley, person], k)).toHaveLength(2);
    const brand = [mention('Noticiero Televisa', 'Organization', 0, 1)];
    const owner = [mention('Televisa', 'Organization', 1, 1)];
    expect(mergeCommonWordShortForms([brand, owner], k)).toHaveLength(2);
  });
});

describe('country metonyms', () => {
  it('gives "el Estado" to the country of a following demonym, else to the most mentioned country', () => {
    const brazil = [
      mention('Brasil', 'Country', 0, 0, { typeSource: 'gazetteer' }),
      mention('Brasil', 'Country', 1, 0),
      mention('Brasil', 'Country', 5, 0),
    ];
    const chile = [mention('Chile', 'Country', 2, 0)];
    const stateChilean = mention('Estado', 'Organization', 3, 1);
    const demonym = mention('chileno', 'Country', 3, 2, { form: 'demonym', target: 'Chile' });
    const stateBare = mention('Estado', 'Organization', 4, 1);
    const out = resolveCountryMetonyms(
      [brazil, chile, [stateChilean, stateBare]],
      [...brazil, ...chile, stateChilean, demonym, stateBare],
      knowledge,
    );
    expect(out).toHaveLength(2);
    expect(out.find((g) => g[0]!.text === 'Chile')!.map((m) => m.sentenceIndex)).toEqual([2, 3]);
    expect(out.find((g) => g[0]!.text === 'Brasil')!.map((m) => m.sentenceIndex)).toEqual([
      0, 1, 5, 4,
    ]);
  });

  it('counts a country named inside other names, and leaves "el Estado" alone when the main country has no mention of its own', () => {
    const argentina = [mention('Argentina', 'Country', 0, 0)];
    const bodies = [
      mention('Gobierno de Chile', 'Organization', 1, 0),
      mention('Universidad de Chile', 'Organization', 2, 0),
    ];
    const state = mention('Estado', 'Organization', 3, 1);
    const out = resolveCountryMetonyms(
      [argentina, ...bodies.map((b) => [b]), [state]],
      [...argentina, ...bodies, state],
      knowledge,
    );
    expect(out.find((g) => g[0]!.text === 'Argentina')).toHaveLength(1);
    expect(out.some((g) => g.length === 1 && g[0]!.text === 'Estado')).toBe(true);
  });

  it('keeps "Estado" when the article names no country', () => {
    const state = [mention('Estado', 'Organization', 0, 1)];
    expect(resolveCountryMetonyms([state], state, knowledge)).toEqual([state]);
  });
});
