/** conlleval scoring: exact-match chunks (type and both boundaries), P/R/F1 overall and per type. */
import { InputError } from '../../schema/index.js';
import { extractChunks } from './chunks.js';
import type { Chunk, ChunkScore, ConllScores } from './types.js';

/** A gold/predicted tag pair for one sentence. */
export interface TagPair {
  readonly gold: readonly string[];
  readonly pred: readonly string[];
}

interface Counts {
  correct: number;
  predicted: number;
  gold: number;
}

/** P/R/F1 from counts, with conlleval's conventions (0 when a denominator is 0). */
export function chunkScore(correct: number, predicted: number, gold: number): ChunkScore {
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { correct, predicted, gold, precision, recall, f1 };
}

const key = (c: Chunk): string => `${c.start}:${c.end}:${c.type}`;

/** Scores sentences of gold and predicted tags (each pair must have equal lengths). */
export function scoreConll(sentences: Iterable<TagPair>, source = '<conll>'): ConllScores {
  const byType = new Map<string, Counts>();
  const bump = (type: string): Counts => {
    let c = byType.get(type);
    if (!c) byType.set(type, (c = { correct: 0, predicted: 0, gold: 0 }));
    return c;
  };
  let tokens = 0;
  let correctTags = 0;
  let index = 0;
  for (const s of sentences) {
    if (s.gold.length !== s.pred.length) {
      throw new InputError(
        source,
        `sentence ${index + 1}: ${s.gold.length} gold tags but ${s.pred.length} predicted`,
      );
    }
    tokens += s.gold.length;
    for (let i = 0; i < s.gold.length; i++) if (s.gold[i] === s.pred[i]) correctTags++;
    const goldChunks = extractChunks(s.gold);
    const predChunks = extractChunks(s.pred);
    const goldKeys = new Set(goldChunks.map(key));
    for (const c of goldChunks) bump(c.type).gold++;
    for (const c of predChunks) {
      const counts = bump(c.type);
      counts.predicted++;
      if (goldKeys.has(key(c))) counts.correct++;
    }
    index++;
  }
  let correct = 0;
  let predicted = 0;
  let gold = 0;
  const scored: Record<string, ChunkScore> = {};
  for (const type of [...byType.keys()].sort()) {
    const c = byType.get(type)!;
    correct += c.correct;
    predicted += c.predicted;
    gold += c.gold;
    scored[type] = chunkScore(c.correct, c.predicted, c.gold);
  }
  return {
    tokens,
    correctTags,
    accuracy: tokens === 0 ? 0 : correctTags / tokens,
    overall: chunkScore(correct, predicted, gold),
    byType: scored,
  };
}
