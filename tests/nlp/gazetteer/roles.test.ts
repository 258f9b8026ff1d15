import { describe, expect, it } from 'vitest';
import { isPredicate } from '../../../src/schema/predicates.js';
import { lookupRole, matchRoleAt } from '../../../src/nlp/gazetteer/roles.js';
import { ROLES_ES } from '../../../src/nlp/gazetteer/lexicon/roles-es.js';
import { ROLES_EN } from '../../../src/nlp/gazetteer/lexicon/roles-en.js';

describe('lookupRole (Spanish)', () => {
  it.each([
    ['presidente', 'PRESIDENT_OF', 'm', 'sg'],
    ['presidenta', 'PRESIDENT_OF', 'f', 'sg'],
    ['presidentes', 'PRESIDENT_OF', 'm', 'pl'],
    ['vicepresidenta', 'VICE_PRESIDENT_OF', 'f', 'sg'],
    ['primera ministra', 'LEADER_OF', 'f', 'sg'],
    ['ministros', 'MINISTER_OF', 'm', 'pl'],
    ['alcaldesa', 'MAYOR_OF', 'f', 'sg'],
    ['gobernadores', 'GOVERNOR_OF', 'm', 'pl'],
    ['reina', 'MONARCH_OF', 'f', 'sg'],
    ['embajadora', 'AMBASSADOR_TO', 'f', 'sg'],
    ['senadoras', 'LEGISLATOR_FOR', 'f', 'pl'],
    ['fundador', 'FOUNDER_OF', 'm', 'sg'],
    ['jefa de Estado', 'LEADER_OF', 'f', 'sg'],
    ['Secretario General', 'HEAD_OF', 'm', 'sg'],
  ])('%s -> %s', (phrase, predicate, gender, number) => {
    expect(lookupRole(phrase, 'es')).toMatchObject({
      predicate,
      gender,
      number,
      denotesPerson: true,
      lang: 'es',
    });
  });

  it('gives common-gender forms no gender', () => {
    const r = lookupRole('portavoz');
    expect(r).toMatchObject({ predicate: 'SPOKESPERSON_OF', number: 'sg' });
    expect(r?.gender).toBeUndefined();
  });

  it('builds ministerial compounds with their portfolio', () => {
    expect(lookupRole('ministra de Asuntos Exteriores')).toMatchObject({
      predicate: 'MINISTER_OF',
      portfolio: 'Asuntos Exteriores',
      gender: 'f',
    });
    expect(lookupRole('ministro del Interior')).toMatchObject({ portfolio: 'Interior' });
    expect(lookupRole('MINISTRO DE DEFENSA')).toMatchObject({
      portfolio: 'Defensa',
      lemma: 'ministro de Defensa',
    });
  });

  it('reads abbreviations and former holders', () => {
    expect(lookupRole('gral.')).toMatchObject({ predicate: 'MEMBER_OF', abbreviation: true });
    expect(lookupRole('expresidente')).toMatchObject({ predicate: 'PRESIDENT_OF', former: true });
    expect(lookupRole('ex presidenta')).toMatchObject({
      predicate: 'PRESIDENT_OF',
      gender: 'f',
      former: true,
    });
  });

  it('matches the longest role phrase at a token position', () => {
    const tokens = ['el', 'ministro', 'de', 'Relaciones', 'Exteriores', 'de', 'Rusia'];
    expect(matchRoleAt(tokens, 1, 'es')).toMatchObject({
      length: 4,
      entry: { portfolio: 'Relaciones Exteriores' },
    });
    expect(matchRoleAt(tokens, 0, 'es')).toBeUndefined();
    expect(matchRoleAt(['el', 'jefe', 'de', 'la', 'policía'], 1, 'es')).toMatchObject({
      length: 1,
      entry: { predicate: 'HEAD_OF' },
    });
    expect(matchRoleAt(['la', 'ex', 'primera', 'ministra'], 1, 'es')).toMatchObject({
      length: 3,
      entry: { former: true, predicate: 'LEADER_OF' },
    });
  });

  it('does not take ordinary words for roles', () => {
    expect(lookupRole('casa')).toBeUndefined();
    expect(lookupRole('ministro de Rusia')).toBeUndefined();
  });
});

describe('lookupRole (English)', () => {
  it('reads English roles and compounds', () => {
    expect(lookupRole('prime minister', 'en')).toMatchObject({
      predicate: 'LEADER_OF',
      lang: 'en',
    });
    expect(lookupRole('Foreign Minister', 'en')).toMatchObject({ predicate: 'MINISTER_OF' });
    expect(lookupRole('spokeswoman', 'en')).toMatchObject({
      predicate: 'SPOKESPERSON_OF',
      gender: 'f',
    });
    expect(lookupRole('senators', 'en')).toMatchObject({
      predicate: 'LEGISLATOR_FOR',
      number: 'pl',
    });
    expect(matchRoleAt(['the', 'former', 'secretary', 'of', 'state'], 1, 'en')).toMatchObject({
      length: 4,
      entry: { former: true },
    });
  });
});

describe('role lexicon', () => {
  it('uses only predicates of the schema registry', () => {
    for (const spec of [...ROLES_ES, ...ROLES_EN])
      expect(isPredicate(spec.predicate), spec.forms).toBe(true);
  });
});
