/**
 * Resources derived from text: the common lower-case word set (from unlabelled sentences) and the
 * phrase gazetteer of entities seen in labelled training sentences.
 */
import { extractChunks } from '../../eval/conll/chunks.js';
import { PhraseGazetteer } from '../../nlp/training.js';
import { normalizeToken } from '../../nlp/training.js';

export interface LabelledSentence {
  readonly tokens: readonly string[];
  readonly tags: readonly string[];
}

/** Lower-cased words that occur written in lower case somewhere other than sentence-initially. */
export function commonLowerWords(
  sentences: Iterable<readonly string[]>,
  minCount = 1,
): Set<string> {
  const counts = new Map<string, number>();
  for (const s of sentences) {
    for (let i = 1; i < s.length; i++) {
      const t = normalizeToken(s[i]!);
      const lower = t.toLowerCase();
      if (t === lower && lower !== t.toUpperCase()) counts.set(lower, (counts.get(lower) ?? 0) + 1);
    }
  }
  return new Set([...counts].filter(([, c]) => c >= minCount).map(([w]) => w));
}

/** A gazetteer of every entity phrase in `sentences`, labelled with its type(s). */
export function entityGazetteer(
  name: string,
  sentences: Iterable<LabelledSentence>,
): PhraseGazetteer {
  const gaz = new PhraseGazetteer(name);
  for (const s of sentences) {
    for (const c of extractChunks(s.tags)) {
      gaz.add(
        s.tokens.slice(c.start, c.end).map((t) => normalizeToken(t).toLowerCase()),
        c.type,
      );
    }
  }
  return gaz;
}

/** A single-token gazetteer: each word seen inside an entity, labelled with the type(s) it was seen in. */
export function entityTokenGazetteer(
  name: string,
  sentences: Iterable<LabelledSentence>,
): PhraseGazetteer {
  const gaz = new PhraseGazetteer(name, [], 1);
  for (const s of sentences) {
    for (const c of extractChunks(s.tags)) {
      for (let i = c.start; i < c.end; i++)
        gaz.add([normalizeToken(s.tokens[i]!).toLowerCase()], c.type);
    }
  }
  return gaz;
}
