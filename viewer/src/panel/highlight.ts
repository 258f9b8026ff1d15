/** Turning absolute highlight offsets into sentence-local, merged, clamped ranges. Pure. */
import type { Evidence, Mention } from '../schema.js';

export interface Range {
  start: number;
  end: number;
  kind: 'mention' | 'trigger';
}

export interface Segment {
  text: string;
  kind: Range['kind'] | null;
}

/** Mentions of the relation's nodes that fall inside the evidence sentence (when the file gives no highlights). */
export function mentionRanges(evidence: Evidence, mentions: readonly Mention[]): Range[] {
  return mentions
    .filter(
      (m) =>
        m.articleId === evidence.articleId && m.start >= evidence.start && m.end <= evidence.end,
    )
    .map((m) => ({
      start: m.start - evidence.start,
      end: m.end - evidence.start,
      kind: 'mention' as const,
    }));
}

export function evidenceRanges(evidence: Evidence, fallbackMentions: readonly Mention[]): Range[] {
  const ranges: Range[] = evidence.highlights?.length
    ? evidence.highlights.map((h) => ({
        start: h.start - evidence.start,
        end: h.end - evidence.start,
        kind: 'mention' as const,
      }))
    : mentionRanges(evidence, fallbackMentions);
  if (evidence.trigger)
    ranges.push({
      start: evidence.trigger.start - evidence.start,
      end: evidence.trigger.end - evidence.start,
      kind: 'trigger',
    });
  return ranges;
}

/** White space and punctuation that a highlight never starts or ends with. */
const EDGE = /[\s\p{P}\p{S}]/u;
/** A closing period that belongs to an abbreviation ("S.A.", "EE.UU.") stays. */
const ABBREVIATION = /(?:^|[^\p{L}])(?:\p{L}{1,3}\.){2,}$/u;

/**
 * A range shrunk to its words: never a mark on a comma, a quote or a space (a span that ran one
 * character too far, or that is only punctuation, marks nothing more than its words).
 */
export function trimToWords(text: string, range: Range): Range {
  let { start, end } = range;
  while (start < end && EDGE.test(text[start]!)) start++;
  while (end > start && EDGE.test(text[end - 1]!)) {
    if (text[end - 1] === '.' && ABBREVIATION.test(text.slice(start, end))) break;
    end--;
  }
  return { ...range, start, end };
}

/**
 * Splits `text` into plain and highlighted segments; overlapping ranges: the earlier one wins.
 * Ranges are the file's spans (made relative to the sentence), clamped to it and trimmed to words;
 * nothing is ever found by searching the text.
 */
export function segment(text: string, ranges: readonly Range[]): Segment[] {
  const sorted = ranges
    .map((r) =>
      trimToWords(text, {
        ...r,
        start: Math.max(0, Math.min(text.length, r.start)),
        end: Math.max(0, Math.min(text.length, r.end)),
      }),
    )
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start || (a.kind === 'mention' ? -1 : 1));
  const segments: Segment[] = [];
  let at = 0;
  for (const r of sorted) {
    if (r.start < at) continue;
    if (r.start > at) segments.push({ text: text.slice(at, r.start), kind: null });
    segments.push({ text: text.slice(r.start, r.end), kind: r.kind });
    at = r.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), kind: null });
  return segments;
}
