/**
 * What the batched writer leaves in the database after storing graphs one after another, computed
 * without a database (pure): the input of the bulk import. It folds the same per-article
 * contributions the writer writes (`splitContributions`), in the writer's order: within a graph,
 * articles by id; a later article with the same id, or with the same source and another id, replaces
 * the earlier one (an updated article). Node properties are those of the latest write; relation
 * evidence is that of every remaining article, in store order; `mentionCount` counts the mentions
 * over all MENTIONED_IN links; the Article bookkeeping (`stub`, `sourceKey`, `contributedRelations`)
 * is the writer's.
 */
import { validateGraphEnvelope, type GraphEnvelope } from '../../schema/index.js';
import {
  compareEvidence,
  cooccurrenceProps,
  evidenceProps,
  int,
  mentionProps,
  stored,
  type EvidenceRow,
  type NodeRow,
  type Props,
} from '../codecs/index.js';
import {
  contributedRelations,
  splitContributions,
  type ArticleContribution,
  type RelationRow,
} from '../contributions.js';
import { CO_OCCURS_WITH, type KeyLabel } from '../model.js';
import { sourceOf } from '../transaction-groups.js';

export interface StoredNode {
  key: string;
  keyLabel: KeyLabel;
  typeLabel: string | null;
  props: Props;
}

export interface StoredLink {
  type: string;
  source: string;
  target: string;
  props: Props;
}

export interface FinalState {
  /** Article nodes by id, with every stored property but `ingestedAt` (set by the import). */
  articles: Props[];
  nodes: StoredNode[];
  /** MENTIONED_IN: source is a node key, target an article id. */
  mentions: StoredLink[];
  /** Predicate relationships and CO_OCCURS_WITH: source and target are node keys. */
  relations: StoredLink[];
}

/** Contributions left after writing the graphs in order, in write order. */
function remainingContributions(envelopes: readonly GraphEnvelope[]) {
  const contributions = new Map<string, ArticleContribution>();
  const articleProps = new Map<string, { props: Props; stub: boolean }>();
  const idBySource = new Map<string, string>();
  const nodes = new Map<string, NodeRow>();
  const unanchored = new Set<string>();
  for (const [i, envelope] of envelopes.entries()) {
    const split = splitContributions(validateGraphEnvelope(envelope, `graph ${i + 1}`));
    for (const c of split.articles) {
      const withKey = c.article.stub
        ? c
        : {
            ...c,
            article: { ...c.article, props: { ...c.article.props, sourceKey: sourceOf(c) } },
          };
      const source = sourceOf(withKey);
      if (source !== null) {
        const previous = idBySource.get(source);
        if (previous !== undefined && previous !== c.articleId) {
          contributions.delete(previous);
          articleProps.delete(previous);
        }
        idBySource.set(source, c.articleId);
      }
      contributions.delete(c.articleId);
      contributions.set(c.articleId, withKey);
      const before = articleProps.get(c.articleId);
      articleProps.set(c.articleId, {
        props: { ...before?.props, ...withKey.article.props },
        stub: (before?.stub ?? true) && withKey.article.stub,
      });
      for (const n of c.nodes) nodes.set(n.key, n);
    }
    for (const n of split.unanchored) {
      nodes.set(n.key, n);
      unanchored.add(n.key);
    }
  }
  return { contributions: [...contributions.values()], articleProps, nodes, unanchored };
}

export function finalState(envelopes: readonly GraphEnvelope[]): FinalState {
  const { contributions, articleProps, nodes, unanchored } = remainingContributions(envelopes);
  const linked = new Set<string>();
  const mentionCounts = new Map<string, number>();
  const mentions: StoredLink[] = [];
  const relations = new Map<string, { row: RelationRow; evidence: EvidenceRow[] }>();
  const cooccurrences = new Map<string, StoredLink>();
  for (const c of contributions) {
    for (const n of c.nodes) linked.add(n.key);
    for (const m of c.mentions) {
      mentions.push({
        type: 'MENTIONED_IN',
        source: m.nodeKey,
        target: c.articleId,
        props: mentionProps(m),
      });
      mentionCounts.set(m.nodeKey, (mentionCounts.get(m.nodeKey) ?? 0) + m.starts.length);
    }
    for (const r of c.relations) {
      const entry = relations.get(r.id);
      // `SET r += props` at every write: the latest props; the key is set when it is created.
      if (entry) {
        entry.row = { ...r, key: entry.row.key };
        entry.evidence.push(...r.evidence);
      } else relations.set(r.id, { row: r, evidence: [...r.evidence] });
    }
    for (const r of c.cooccurrences)
      cooccurrences.set(r.id, {
        type: CO_OCCURS_WITH,
        source: r.source,
        target: r.target,
        props: cooccurrenceProps(r),
      });
  }
  const storedNodes: StoredNode[] = [...nodes.values()]
    // Nodes of replaced articles that nothing links any more are deleted by the writer (orphans).
    .filter((n) => linked.has(n.key) || unanchored.has(n.key))
    .map((n) => ({
      key: n.key,
      keyLabel: n.keyLabel,
      typeLabel: n.typeLabel,
      props: stored(
        n.keyLabel === 'Entity'
          ? { ...n.props, mentionCount: int(mentionCounts.get(n.key) ?? 0) }
          : n.props,
      ),
    }));
  return {
    articles: contributions.map((c) => {
      const { props, stub } = articleProps.get(c.articleId)!;
      return stored({
        ...props,
        id: c.articleId,
        stub,
        contributedRelations: contributedRelations(c),
      });
    }),
    nodes: storedNodes,
    mentions,
    relations: [
      ...[...relations.values()].map(({ row, evidence }) => ({
        type: row.type,
        source: row.source,
        target: row.target,
        props: stored({
          id: row.id,
          key: row.key,
          ...row.props,
          ...evidenceProps(evidence.sort(compareEvidence)),
        }),
      })),
      ...cooccurrences.values(),
    ],
  };
}
