/**
 * MENTIONED_IN: a node's mentions in one article, as parallel lists on the link (node → article).
 * `key` and `count` are those of the graph file's mentioned_in edge when it has one.
 */
import type { Integer } from 'neo4j-driver';
import type { Mention, MentionedInEdge } from '../../schema/index.js';
import type { KeyLabel } from '../model.js';
import { int, nums, strs, stored, type Props, type PropertySpec } from './props.js';

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

export const MENTION_PROPERTIES: readonly PropertySpec[] = [
  { name: 'key', type: 'string' },
  { name: 'count', type: 'long' },
  { name: 'sentenceIndexes', type: 'long[]' },
  { name: 'starts', type: 'long[]' },
  { name: 'ends', type: 'long[]' },
  { name: 'texts', type: 'string[]' },
];

export function encodeMentions(
  nodeKey: string,
  keyLabel: KeyLabel,
  mentions: readonly Mention[],
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

/** The properties the writer's `mergeMentionsQuery` leaves on the link (a null key is not stored). */
export function mentionProps(row: MentionRow): Props {
  return stored({
    key: row.key,
    count: row.count,
    sentenceIndexes: row.sentenceIndexes,
    starts: row.starts,
    ends: row.ends,
    texts: row.texts,
  });
}

export function decodeMentions(articleId: string, p: Props): Mention[] {
  const starts = nums(p.starts);
  const ends = nums(p.ends);
  const sentences = nums(p.sentenceIndexes);
  const texts = strs(p.texts);
  return starts.map((start, i) => ({
    articleId,
    sentenceIndex: sentences[i]!,
    start,
    end: ends[i]!,
    text: texts[i]!,
  }));
}

/** The graph file's mentioned_in edge of a stored link (only links that had one carry a `key`). */
export function decodeMentionedIn(p: Props): MentionedInEdge {
  return { kind: 'mentioned_in', predicate: 'MENTIONED_IN', count: Number(p.count) };
}
