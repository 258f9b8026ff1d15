/**
 * Split a graph envelope into per-article contributions (pure). Each contribution is what one
 * article adds to the store and is written in one transaction:
 *   - its Article node (a stub {id} when the envelope has no article node for it),
 *   - every node whose `articles` include it, and the endpoints of relations it supports,
 *   - MENTIONED_IN links with the mentions (offsets) in that article,
 *   - the evidence it gives to each relation, and the co-occurrences it takes part in.
 * Nodes that belong to no article go to `unanchored`.
 */
import type {
  ArticleNode,
  GraphEnvelope,
  Mention,
  NodeAttributes,
  SerializedEdge,
} from '../schema/index.js';
import {
  encodeArticle,
  encodeCooccurrence,
  encodeEvidence,
  encodeMentions,
  encodeNode,
  encodeRelation,
  list,
  type CooccurrenceRow,
  type EvidenceRow,
  type MentionRow,
  type NodeRow,
} from './codecs/index.js';
import {
  CO_OCCURS_WITH,
  encodeContributed,
  relationId,
  relationshipType,
  type KeyLabel,
} from './model.js';

export type { CooccurrenceRow, EvidenceRow, MentionRow, NodeRow } from './codecs/index.js';
export { compareEvidence, NO_OFFSET } from './codecs/index.js';

export interface ArticleRow {
  id: string;
  stub: boolean;
  /** Properties to set (empty for a stub). */
  props: Record<string, unknown>;
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
      row = encodeNode(key, nodes.get(key)!);
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
        encodeMentions(
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
        evidenceByArticle.get(e.articleId)!.push(encodeEvidence(e));
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
          props: encodeRelation(a),
          evidence,
        });
      }
    } else if (a.kind === 'cooccurrence') {
      for (const articleId of a.articles) {
        const b = bucket(articleId);
        b.nodeKeys.add(edge.source).add(edge.target);
        anchored.add(edge.source).add(edge.target);
        b.cooccurrences.push(
          encodeCooccurrence(
            {
              id: relationId(edge.source, CO_OCCURS_WITH, edge.target),
              key: edge.key,
              source: edge.source,
              target: edge.target,
            },
            { sourceLabel: source.keyLabel, targetLabel: target.keyLabel },
            a,
          ),
        );
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
            props: encodeArticle(articleNode.key, articleNode.attributes),
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

/**
 * The article's stored `contributedRelations`: what a later version of it takes back out (sorted);
 * null (not stored) when it contributed none.
 */
export function contributedRelations(c: ArticleContribution): readonly string[] | null {
  return list(
    [
      ...c.relations.map((r) => encodeContributed(r)),
      ...c.cooccurrences.map((r) => encodeContributed({ ...r, type: CO_OCCURS_WITH })),
    ].sort(),
  );
}
