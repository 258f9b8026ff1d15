/**
 * Small, valid graph envelopes with made-up names for store/query tests (no real article content).
 */
import { createHash } from 'node:crypto';
import {
  GRAPH_FORMAT,
  GRAPH_OPTIONS,
  GRAPH_VERSION,
  categoryOf,
  validateGraphEnvelope,
  type EntityType,
  type Evidence,
  type GraphEnvelope,
  type Mention,
  type Predicate,
  type SerializedEdge,
  type SerializedNode,
} from '../../src/schema/index.js';

export interface FixtureArticle {
  source: string;
  title: string;
  text: string;
}

interface EntitySpec {
  key: string;
  type: EntityType;
  name: string;
  aliases?: string[];
}

interface RelationSpec {
  subject: string;
  predicate: Predicate;
  object: string;
  /** The sentence (must occur in the article text) and the article it is in. */
  sentence: string;
  article: number;
  trigger?: string;
}

export function articleId(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** Builds an envelope; mentions are the occurrences of the entity's name, then of its aliases where they do not overlap a mention. */
export function buildEnvelope(articles: FixtureArticle[], entities: EntitySpec[], relations: RelationSpec[]): GraphEnvelope {
  const ids = articles.map((a) => articleId(a.text));
  const nodes: SerializedNode[] = articles.map((a, i) => ({
    key: `article:${ids[i]}`,
    attributes: {
      kind: 'article',
      type: 'Article',
      articleId: ids[i]!,
      name: a.title,
      title: a.title,
      source: a.source,
      language: 'es',
      charCount: a.text.length,
      sentenceCount: a.text.split(/(?<=\.)\s+/).length,
    },
  }));
  const edges: SerializedEdge[] = [];
  for (const e of entities) {
    const mentions: Mention[] = [];
    articles.forEach((a, i) => {
      for (const form of [e.name, ...(e.aliases ?? [])]) {
        let at = a.text.indexOf(form);
        while (at >= 0) {
          const overlaps = mentions.some((m) => m.articleId === ids[i] && m.start < at + form.length && at < m.end);
          if (!overlaps) mentions.push({ articleId: ids[i]!, sentenceIndex: a.text.slice(0, at).split(/(?<=\.)\s+/).length - 1, start: at, end: at + form.length, text: form });
          at = a.text.indexOf(form, at + form.length);
        }
      }
    });
    mentions.sort((x, y) => (x.articleId < y.articleId ? -1 : x.articleId > y.articleId ? 1 : x.start - y.start));
    const inArticles = [...new Set(mentions.map((m) => m.articleId))].sort();
    nodes.push({
      key: e.key,
      attributes: { kind: 'entity', type: e.type, name: e.name, aliases: e.aliases ?? [], demonyms: [], mentions, mentionCount: mentions.length, articles: inArticles },
    });
    for (const id of inArticles) {
      edges.push({
        key: `${e.key}->article:${id}`,
        source: e.key,
        target: `article:${id}`,
        attributes: { kind: 'mentioned_in', predicate: 'MENTIONED_IN', count: mentions.filter((m) => m.articleId === id).length },
      });
    }
  }
  const byTriple = new Map<string, SerializedEdge>();
  for (const r of relations) {
    const text = articles[r.article]!.text;
    const start = text.indexOf(r.sentence);
    if (start < 0) throw new Error(`fixture: sentence not in article ${r.article}: ${r.sentence}`);
    const evidence: Evidence = {
      articleId: ids[r.article]!,
      sentenceIndex: text.slice(0, start).split(/(?<=\.)\s+/).length - 1,
      start,
      end: start + r.sentence.length,
      text: r.sentence,
      ...(r.trigger ? { trigger: r.trigger } : {}),
    };
    const key = `${r.subject}|${r.predicate}|${r.object}`;
    const existing = byTriple.get(key);
    if (existing && existing.attributes.kind === 'relation') {
      existing.attributes.evidence.push(evidence);
      existing.attributes.articles = [...new Set([...existing.attributes.articles, evidence.articleId])].sort();
      continue;
    }
    const edge: SerializedEdge = {
      key,
      source: r.subject,
      target: r.object,
      attributes: {
        kind: 'relation',
        predicate: r.predicate,
        category: categoryOf(r.predicate),
        certainty: 'stated',
        confidence: 0.9,
        evidence: [evidence],
        articles: [evidence.articleId],
        dates: [],
      },
    };
    byTriple.set(key, edge);
    edges.push(edge);
  }
  return validateGraphEnvelope(
    {
      format: GRAPH_FORMAT,
      version: GRAPH_VERSION,
      meta: { generator: 'trama test', origin: 'fixture', articleCount: articles.length, entityCount: entities.length, relationCount: byTriple.size },
      graph: { attributes: {}, options: { ...GRAPH_OPTIONS }, nodes, edges },
    },
    'fixture',
  );
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
  { subject: 'Person:amalia-ferran', predicate: 'MET_WITH', object: 'Person:tobias-quintela', sentence: 'La ministra Amalia Ferrán se reunió con Tobías Quintela en Villaserena.', article: 0, trigger: 'se reunió con' },
  { subject: 'Person:amalia-ferran', predicate: 'MINISTER_OF', object: 'Country:valdoria', sentence: 'Ferrán es ministra de Exteriores de Valdoria.', article: 0 },
  { subject: 'Person:tobias-quintela', predicate: 'VISITED', object: 'City:montecarmin', sentence: 'Quintela visitó Montecarmín el martes.', article: 0 },
  { subject: 'Person:amalia-ferran', predicate: 'MET_WITH', object: 'Person:tobias-quintela', sentence: 'Amalia Ferrán se reunió con Tobías Quintela por segunda vez.', article: 1, trigger: 'se reunió con' },
  { subject: 'Country:valdoria', predicate: 'SIGNED_AGREEMENT_WITH', object: 'Country:norlandia', sentence: 'Valdoria firmó un acuerdo con Norlandia.', article: 1 },
  { subject: 'Person:lucio-berrocal', predicate: 'CRITICIZED', object: 'Person:amalia-ferran', sentence: 'Lucio Berrocal criticó a Amalia Ferrán.', article: 1 },
];

/** Two articles, seven entities, five relations (MET_WITH is supported by both articles). */
export function sampleEnvelope(): GraphEnvelope {
  return buildEnvelope([ARTICLE_ONE, ARTICLE_TWO], ENTITIES, RELATIONS);
}
