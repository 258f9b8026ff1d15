/**
 * Small, valid graph envelopes with made-up names for store/query tests (no real article content),
 * built with the shared fixture builder.
 */
import type { GraphEnvelope } from '../../src/schema/index.js';
import {
  buildGraphEnvelope,
  type ArticleSpec,
  type EntitySpec,
  type RelationSpec,
} from '../fixtures/graph-builder.js';

export { articleId } from '../fixtures/graph-builder.js';

export type FixtureArticle = ArticleSpec & { source: string };

export function buildEnvelope(
  articles: FixtureArticle[],
  entities: EntitySpec[],
  relations: RelationSpec[],
): GraphEnvelope {
  return buildGraphEnvelope({ articles, entities, relations });
}

export const ARTICLE_ONE: FixtureArticle = {
  source: 'fixtures/uno.txt',
  title: 'Cumbre en Valdoria',
  text:
    'La ministra Amalia Ferrán se reunió con Tobías Quintela en Villaserena. ' +
    'Ferrán es ministra de Exteriores de Valdoria. ' +
    'Quintela visitó Montecarmín el martes.',
};

export const ARTICLE_TWO: FixtureArticle = {
  source: 'fixtures/dos.txt',
  title: 'Acuerdo entre Valdoria y Norlandia',
  text:
    'Amalia Ferrán se reunió con Tobías Quintela por segunda vez. ' +
    'Valdoria firmó un acuerdo con Norlandia. ' +
    'Lucio Berrocal criticó a Amalia Ferrán.',
};

export const ENTITIES: EntitySpec[] = [
  { key: 'Person:amalia-ferran', type: 'Person', name: 'Amalia Ferrán', aliases: ['Ferrán'] },
  { key: 'Person:tobias-quintela', type: 'Person', name: 'Tobías Quintela', aliases: ['Quintela'] },
  { key: 'Person:lucio-berrocal', type: 'Person', name: 'Lucio Berrocal' },
  { key: 'Country:valdoria', type: 'Country', name: 'Valdoria' },
  { key: 'Country:norlandia', type: 'Country', name: 'Norlandia' },
  { key: 'City:villaserena', type: 'City', name: 'Villaserena' },
  { key: 'City:montecarmin', type: 'City', name: 'Montecarmín' },
];

export const RELATIONS: RelationSpec[] = [
  {
    subject: 'Person:amalia-ferran',
    predicate: 'MET_WITH',
    object: 'Person:tobias-quintela',
    sentence: 'La ministra Amalia Ferrán se reunió con Tobías Quintela en Villaserena.',
    article: 0,
    trigger: 'se reunió con',
  },
  {
    subject: 'Person:amalia-ferran',
    predicate: 'MINISTER_OF',
    object: 'Country:valdoria',
    sentence: 'Ferrán es ministra de Exteriores de Valdoria.',
    article: 0,
  },
  {
    subject: 'Person:tobias-quintela',
    predicate: 'VISITED',
    object: 'City:montecarmin',
    sentence: 'Quintela visitó Montecarmín el martes.',
    article: 0,
  },
  {
    subject: 'Person:amalia-ferran',
    predicate: 'MET_WITH',
    object: 'Person:tobias-quintela',
    sentence: 'Amalia Ferrán se reunió con Tobías Quintela por segunda vez.',
    article: 1,
    trigger: 'se reunió con',
  },
  {
    subject: 'Country:valdoria',
    predicate: 'SIGNED_AGREEMENT_WITH',
    object: 'Country:norlandia',
    sentence: 'Valdoria firmó un acuerdo con Norlandia.',
    article: 1,
  },
  {
    subject: 'Person:lucio-berrocal',
    predicate: 'CRITICIZED',
    object: 'Person:amalia-ferran',
    sentence: 'Lucio Berrocal criticó a Amalia Ferrán.',
    article: 1,
  },
];

/** Two articles, seven entities, five relations (MET_WITH is supported by both articles). */
export function sampleEnvelope(): GraphEnvelope {
  return buildEnvelope([ARTICLE_ONE, ARTICLE_TWO], ENTITIES, RELATIONS);
}
