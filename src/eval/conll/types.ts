/** Types shared by the CoNLL reader, chunker and scorer. */

/** One sentence of a CoNLL file: tokens with their gold tags and, when the file has them, predicted tags. */
export interface ConllSentence {
  readonly tokens: readonly string[];
  readonly gold: readonly string[];
  /** Present when the file has a prediction column (`TOKEN ... GOLD PRED`). */
  readonly pred?: readonly string[];
}

/** An entity chunk: `type` over tokens `[start, end)` of one sentence. */
export interface Chunk {
  readonly type: string;
  readonly start: number;
  readonly end: number;
}

/** Counts and derived P/R/F1 (fractions in [0, 1]) for one entity type or overall. */
export interface ChunkScore {
  readonly correct: number;
  readonly predicted: number;
  readonly gold: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** The full conlleval-style result. */
export interface ConllScores {
  readonly tokens: number;
  readonly correctTags: number;
  /** Token-level tag accuracy (not the headline number). */
  readonly accuracy: number;
  readonly overall: ChunkScore;
  /** Per entity type, sorted by type name. */
  readonly byType: Readonly<Record<string, ChunkScore>>;
}
