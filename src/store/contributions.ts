/**
 * Split a graph envelope into per-article contributions (pure). Each contribution is what one
 * article adds to the store and is written in one transaction:
 *   - its Article node (a stub {id} when the envelope has no article node for it),
 *   - every node whose `articles` include it, and the endpoints of relations it supports,
 *   - MENTIONED_IN links with the mentions (offsets) in that article,
 *   - the evidence it gives to each relation, and the co-occurrences it takes part in.
 * Nodes that belong to no article go to `unanchored`.
 */
import neo4j, { type Integer } from 'neo4j-driver';
import type {
  ArticleNode,
  Evidence,
  GraphEnvelope,
  Mention,
  NodeAttributes,
  SerializedEdge,
} from '../schema/index.js';
import {
  CO_OCCURS_WITH,
  KEY_LABEL,
  entityLabel,
  relationId,
  relationshipType,
  type GraphNodeKind,
  type KeyLabel,
} from './model.js';

const int = (n: number): Integer => neo4j.int(n);

export interface NodeRow {
  key: string;
  /** Key label (Entity, Date, Quantity). */
  keyLabel: KeyLabel;
  /** Extra label: the entity type (Person, Country, ...), or null. */
  typeLabel: string | null;
  props: Record<string, unknown>;
}

export interface ArticleRow {
  id: string;
  stub: boolean;
  /** Properties to set (empty for a stub). */
  props: Record<string, unknown>;
}

export interface MentionRow {
  nodeKey: string;
  keyLabel: KeyLabel;
  /** Key of the envelope's mentioned_in edge, when there was one. */
  key: string | null;
  count: Integer;
  sentenceIndexes: Integer[];
  starts: Integer[];
  ends: Integer[];
  texts: string[];
}

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

export interface RelationRow {
  id: string;
  key: string;
  type: string;
  source: string;
  target: string;
  sourceLabel: KeyLabel;
  targetLabel: KeyLabel;
  props: Record<string, unknown>;
  evidence: EvidenceRow[];
}

export interface CooccurrenceRow {
  id: string;
  key: string;
  source: string;
  target: string;
  sourceLabel: KeyLabel;
  targetLabel: KeyLabel;
  count: Integer;
  articles: string[];
}

export interface ArticleContribution {
  articleId: string;
  article: ArticleRow;
  nodes: NodeRow[];
  mentions: MentionRow[];
  relations: RelationRow[];
  cooccurrences: CooccurrenceRow[];
}

export interface Contributions {
  articles: ArticleContribution[];
  unanchored: NodeRow[];
}

type GraphNode = Exclude<NodeAttributes, ArticleNode>;

export function nodeRow(key: string, a: GraphNode): NodeRow {
  const kind: GraphNodeKind = a.kind;
  const base = { key, kind, type: a.type, name: a.name };
  switch (a.kind) {
    case 'entity':
      return {
        key,
        keyLabel: KEY_LABEL.entity,
        typeLabel: entityLabel(a.type),
        props: {
          ...base,
          aliases: a.aliases,
          demonyms: a.demonyms,
          typeSource: a.typeSource ?? null,
        },
      };
    case 'date':
      return { key, keyLabel: KEY_LABEL.date, typeLabel: null, props: { ...base, iso: a.iso } };
    case 'quantity':
      return {
        key,
        keyLabel: KEY_LABEL.quantity,
        typeLabel: null,
        props: { ...base, value: a.value, unit: a.unit },
      };
  }
}

export function articleProps(key: string, a: ArticleNode): Record<string, unknown> {
  return {
    key,
    name: a.name,
    title: a.title,
    source: a.source,
    language: a.language,
    charCount: int(a.charCount),
    sentenceCount: int(a.sentenceCount),
    publishedAt: a.publishedAt ?? null,
  };
}

/** The stored trigger offset of evidence without a trigger. */
export const NO_OFFSET = -1;

export function evidenceRow(e: Evidence): EvidenceRow {
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
 * end, rule, highlights
 * (what `ORDER BY` gives in Cypher for these values).
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

function mentionRow(
  nodeKey: string,
  keyLabel: KeyLabel,
  mentions: Mention[],
  edge: { key: string; count: number } | undefined,
): MentionRow {
  const sorted = [...mentions].sort((x, y) => x.start - y.start || x.end - y.end);
  return {
    nodeKey,
    keyLabel,
    key: edge?.key ?? null,
    count: int(edge?.count ?? sorted.length),
    sentenceIndexes: sorted.map((m) => int(m.sentenceIndex)),
    starts: sorted.map((m) => int(m.start)),
    ends: sorted.map((m) => int(m.end)),
    texts: sorted.map((m) => m.text),
  };
}

export function splitContributions(envelope: GraphEnvelope): Contributions {
  const nodes = new Map<string, GraphNode>();
  const articleNodes = new Map<string, { key: string; attributes: ArticleNode }>();
  const articleKeyToId = new Map<string, string>();
  for (const node of envelope.graph.nodes) {
    if (node.attributes.kind === 'article') {
      articleNodes.set(node.attributes.articleId, { key: node.key, attributes: node.attributes });
      articleKeyToId.set(node.key, node.attributes.articleId);
    } else nodes.set(node.key, node.attributes);
  }
  const rows = new Map<string, NodeRow>();
  const rowOf = (key: string): NodeRow => {
    let row = rows.get(key);
    if (!row) {
      row = nodeRow(key, nodes.get(key)!);
      rows.set(key, row);
    }
    return row;
  };

  const byArticle = new Map<
    string,
    {
      nodeKeys: Set<string>;
      mentions: MentionRow[];
      relations: RelationRow[];
      cooccurrences: CooccurrenceRow[];
    }
  >();
  const bucket = (articleId: string) => {
    let b = byArticle.get(articleId);
    if (!b) {
      b = { nodeKeys: new Set(), mentions: [], relations: [], cooccurrences: [] };
      byArticle.set(articleId, b);
    }
    return b;
  };
  for (const articleId of articleNodes.keys()) bucket(articleId);

  // mentioned_in edges of the envelope: node → article node, with a count.
  const mentionEdges = new Map<string, { key: string; count: number }>();
  const otherEdges: SerializedEdge[] = [];
  for (const edge of envelope.graph.edges) {
    const a = edge.attributes;
    if (a.kind === 'mentioned_in') {
      const articleId = articleKeyToId.get(edge.target);
      if (articleId && nodes.has(edge.source))
        mentionEdges.set(`${edge.source}\u0000${articleId}`, { key: edge.key, count: a.count });
    } else otherEdges.push(edge);
  }

  const anchored = new Set<string>();
  for (const [key, a] of nodes) {
    const mentionsByArticle = new Map<string, Mention[]>();
    for (const articleId of a.articles) mentionsByArticle.set(articleId, []);
    for (const m of a.mentions) {
      if (!mentionsByArticle.has(m.articleId)) mentionsByArticle.set(m.articleId, []);
      mentionsByArticle.get(m.articleId)!.push(m);
    }
    for (const [articleId, mentions] of mentionsByArticle) {
      const b = bucket(articleId);
      b.nodeKeys.add(key);
      b.mentions.push(
        mentionRow(
          key,
          rowOf(key).keyLabel,
          mentions,
          mentionEdges.get(`${key}\u0000${articleId}`),
        ),
      );
      anchored.add(key);
    }
  }

  for (const edge of otherEdges) {
    const a = edge.attributes;
    if (!nodes.has(edge.source) || !nodes.has(edge.target)) continue; // relations join graph nodes, never articles
    const source = rowOf(edge.source);
    const target = rowOf(edge.target);
    if (a.kind === 'relation') {
      const type = relationshipType(a.predicate);
      const evidenceByArticle = new Map<string, EvidenceRow[]>();
      for (const e of a.evidence) {
        if (!evidenceByArticle.has(e.articleId)) evidenceByArticle.set(e.articleId, []);
        evidenceByArticle.get(e.articleId)!.push(evidenceRow(e));
      }
      for (const [articleId, evidence] of evidenceByArticle) {
        const b = bucket(articleId);
        b.nodeKeys.add(edge.source).add(edge.target);
        anchored.add(edge.source).add(edge.target);
        b.relations.push({
          id: relationId(edge.source, type, edge.target),
          key: edge.key,
          type,
          source: edge.source,
          target: edge.target,
          sourceLabel: source.keyLabel,
          targetLabel: target.keyLabel,
          props: {
            category: a.category,
            certainty: a.certainty,
            confidence: a.confidence,
            dates: a.dates,
          },
          evidence,
        });
      }
    } else if (a.kind === 'cooccurrence') {
      for (const articleId of a.articles) {
        const b = bucket(articleId);
        b.nodeKeys.add(edge.source).add(edge.target);
        anchored.add(edge.source).add(edge.target);
        b.cooccurrences.push({
          id: relationId(edge.source, CO_OCCURS_WITH, edge.target),
          key: edge.key,
          source: edge.source,
          target: edge.target,
          sourceLabel: source.keyLabel,
          targetLabel: target.keyLabel,
          count: int(a.count),
          articles: [...a.articles].sort(),
        });
      }
    }
  }

  const articles = [...byArticle.keys()].sort().map((articleId): ArticleContribution => {
    const b = byArticle.get(articleId)!;
    const articleNode = articleNodes.get(articleId);
    return {
      articleId,
      article: articleNode
        ? {
            id: articleId,
            stub: false,
            props: articleProps(articleNode.key, articleNode.attributes),
          }
        : { id: articleId, stub: true, props: {} },
      nodes: [...b.nodeKeys].sort().map(rowOf),
      mentions: b.mentions,
      relations: b.relations,
      cooccurrences: b.cooccurrences,
    };
  });
  const unanchored = [...nodes.keys()]
    .filter((k) => !anchored.has(k))
    .sort()
    .map(rowOf);
  return { articles, unanchored };
}
