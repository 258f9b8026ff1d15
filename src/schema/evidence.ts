/**
 * Where a fact comes from: an article, a sentence in it, and character offsets into the article text.
 * Offsets are UTF-16 code-unit offsets into the article's normalised text (what `text.slice` uses).
 */
import { z } from 'zod';

export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.end >= s.start, { message: 'end must be >= start' });
export type Span = z.infer<typeof SpanSchema>;

/** A mention: a surface form of a node at an exact place in an article. */
export const MentionSchema = z.object({
  articleId: z.string().min(1),
  sentenceIndex: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Exactly `articleText.slice(start, end)`. */
  text: z.string(),
});
export type Mention = z.infer<typeof MentionSchema>;

/** Evidence for a relation: the sentence (offsets of the whole sentence) and where its arguments are. */
export const EvidenceSchema = z.object({
  articleId: z.string().min(1),
  sentenceIndex: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Exactly `articleText.slice(start, end)`: the evidence sentence. */
  text: z.string(),
  /** Absolute offsets of the relation's arguments (subject, object, a place …) inside the sentence. */
  highlights: z.array(SpanSchema).optional(),
  /**
   * Absolute offsets of the words that triggered the relation ("reunió", "ministra", "según"),
   * inside the sentence: `articleText.slice(trigger.start, trigger.end)` is exactly those words.
   * Absent when the construction has no trigger word ("Ana Pérez (PSOE)") and in files of version 1.
   */
  trigger: SpanSchema.optional(),
  /** The name of the rule that found the relation ("title", "verb", "quote", "cue" …); diagnostic. */
  rule: z.string().min(1).optional(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;
