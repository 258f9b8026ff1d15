/**
 * Evidence of a relation in the store: one row per evidence sentence while writing, parallel lists on
 * the relationship once stored (Neo4j properties hold neither maps nor nulls in lists).
 */
import type { Integer } from 'neo4j-driver';
import type { Evidence, Span } from '../../schema/index.js';
import {
  int,
  nums,
  optional,
  parallelStrings,
  strs,
  type Props,
  type PropertySpec,
} from './props.js';

/** The stored trigger offset of evidence without a trigger. */
export const NO_OFFSET = -1;

/** One evidence sentence as the writer sends it (short keys: these rows are most of a load's bytes). */
export interface EvidenceRow {
  a: string;
  si: Integer;
  s: Integer;
  e: Integer;
  t: string;
  /** Absolute offsets of the trigger words, -1 when none (a Neo4j list holds no nulls). */
  ts: Integer;
  te: Integer;
  /** The rule's name, '' when none. */
  ru: string;
  /** JSON of the highlight spans, '' when none. */
  h: string;
}

/** The relationship properties that hold the evidence, each parallel to `evidenceArticles`. */
export const EVIDENCE_PROPERTIES: readonly PropertySpec[] = [
  { name: 'evidenceArticles', type: 'string[]' },
  { name: 'evidenceSentenceIndexes', type: 'long[]' },
  { name: 'evidenceStarts', type: 'long[]' },
  { name: 'evidenceEnds', type: 'long[]' },
  { name: 'evidence', type: 'string[]' },
  { name: 'evidenceTriggerStarts', type: 'long[]' },
  { name: 'evidenceTriggerEnds', type: 'long[]' },
  { name: 'evidenceRules', type: 'string[]' },
  { name: 'evidenceHighlights', type: 'string[]' },
];

export function encodeEvidence(e: Evidence): EvidenceRow {
  return {
    a: e.articleId,
    si: int(e.sentenceIndex),
    s: int(e.start),
    e: int(e.end),
    t: e.text,
    ts: int(e.trigger?.start ?? NO_OFFSET),
    te: int(e.trigger?.end ?? NO_OFFSET),
    ru: e.rule ?? '',
    h: e.highlights ? JSON.stringify(e.highlights) : '',
  };
}

const cmp = <T extends string | number>(x: T, y: T): number => (x < y ? -1 : x > y ? 1 : 0);

/**
 * The order of evidence lists in the store: article, sentence, start, end, text, trigger start and
 * end, rule, highlights (what `ORDER BY` gives in Cypher for these values).
 */
export function compareEvidence(x: EvidenceRow, y: EvidenceRow): number {
  return (
    cmp(x.a, y.a) ||
    cmp(x.si.toNumber(), y.si.toNumber()) ||
    cmp(x.s.toNumber(), y.s.toNumber()) ||
    cmp(x.e.toNumber(), y.e.toNumber()) ||
    cmp(x.t, y.t) ||
    cmp(x.ts.toNumber(), y.ts.toNumber()) ||
    cmp(x.te.toNumber(), y.te.toNumber()) ||
    cmp(x.ru, y.ru) ||
    cmp(x.h, y.h)
  );
}

/**
 * The stored evidence properties of a relationship, rows already in store order: what the writer's
 * merge statement leaves on it (`mergeRelationsQuery`), with `articles` the distinct articles in order.
 */
export function evidenceProps(rows: readonly EvidenceRow[]): Props {
  return {
    evidenceArticles: rows.map((x) => x.a),
    evidenceSentenceIndexes: rows.map((x) => x.si),
    evidenceStarts: rows.map((x) => x.s),
    evidenceEnds: rows.map((x) => x.e),
    evidence: rows.map((x) => x.t),
    evidenceTriggerStarts: rows.map((x) => x.ts),
    evidenceTriggerEnds: rows.map((x) => x.te),
    evidenceRules: parallelStrings(rows.map((x) => x.ru)),
    evidenceHighlights: parallelStrings(rows.map((x) => x.h)),
    articles: [...new Set(rows.map((x) => x.a))],
  };
}

/** The evidence lists of a stored relationship back to schema evidence. */
export function decodeEvidence(p: Props): Evidence[] {
  const articles = strs(p.evidenceArticles);
  const sentences = nums(p.evidenceSentenceIndexes);
  const starts = nums(p.evidenceStarts);
  const ends = nums(p.evidenceEnds);
  const texts = strs(p.evidence);
  const triggerStarts = nums(p.evidenceTriggerStarts);
  const triggerEnds = nums(p.evidenceTriggerEnds);
  const rules = strs(p.evidenceRules);
  const highlights = strs(p.evidenceHighlights);
  const triggerAt = (i: number): Span | undefined => {
    const start = triggerStarts[i] ?? NO_OFFSET;
    const end = triggerEnds[i] ?? NO_OFFSET;
    return start === NO_OFFSET || end === NO_OFFSET ? undefined : { start, end };
  };
  return articles.map((articleId, i) => ({
    articleId,
    sentenceIndex: sentences[i]!,
    start: starts[i]!,
    end: ends[i]!,
    text: texts[i]!,
    ...(highlights[i] ? { highlights: JSON.parse(highlights[i]!) as Evidence['highlights'] } : {}),
    ...optional('trigger', triggerAt(i)),
    ...optional('rule', rules[i]),
  }));
}
