/**
 * Coordinated lists ("A, B y C") as the relation model sees them: two members of one list are rarely
 * related to each other (they share a role in the sentence). Memoised per mention: a mention is in many
 * candidates.
 */
import { coordinationGroup, type MentionRef, type SentenceView } from '../sentence-view.js';
import type { Candidate } from './candidates.js';

const groups = new WeakMap<object, readonly MentionRef[]>();

/** The coordinated list of a mention (itself alone when it is in none). */
export function listOf(view: SentenceView, ref: MentionRef): readonly MentionRef[] {
  let g = groups.get(ref.mention);
  if (!g) groups.set(ref.mention, (g = coordinationGroup(view, ref)));
  return g;
}

/** The coordinated lists of a candidate's two ends (empty for an end outside the sentence). */
export function candidateLists(
  view: SentenceView,
  c: Candidate,
): { first: readonly MentionRef[]; second: readonly MentionRef[]; same: boolean } {
  // A first end with a mention is the sentence view's own MentionRef (the list lookup needs it).
  const first = c.first.mention ? listOf(view, c.first as MentionRef) : [];
  const second = listOf(view, c.second);
  return {
    first,
    second,
    same: first.length > 1 && first.some((r) => r.mention === c.second.mention),
  };
}
