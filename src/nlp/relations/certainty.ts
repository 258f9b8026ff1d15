/** Certainty and negation cues around a trigger. */
import type { Certainty } from '../../schema/index.js';
import type { SentenceView } from './sentence-view.js';

export function sentenceCertainty(view: SentenceView): Certainty {
  let certainty = certainties.get(view);
  if (certainty === undefined) {
    certainty = hasReportingCue(view) ? 'reported' : 'stated';
    certainties.set(view, certainty);
  }
  return certainty;
}

/**
 * Whether a hedge or an attribution phrase occurs in the sentence: as whole tokens, looked up from
 * each token by its first word. That is the same as searching the tokens joined by spaces for
 * ` cue `, which is what is done when a token is empty or holds a space, or a cue is not words
 * separated by single spaces.
 */
function hasReportingCue(view: SentenceView): boolean {
  const { lower } = view;
  const index = cueIndex(view.pack.grammar);
  if (index === undefined || lower.some((w) => w === '' || w.includes(' '))) {
    const text = ` ${lower.join(' ')} `;
    return reportingCues(view.pack.grammar).some((c) => text.includes(c));
  }
  for (let j = 0; j < lower.length; j++) {
    const cues = index.get(lower[j]!);
    if (cues === undefined) continue;
    for (const words of cues) {
      if (j + words.length > lower.length) continue;
      let k = 1;
      while (k < words.length && lower[j + k] === words[k]) k++;
      if (k === words.length) return true;
    }
  }
  return false;
}

/** The cues' words by first word; undefined when a cue is not words separated by single spaces. */
const cueIndexes = new WeakMap<
  SentenceView['pack']['grammar'],
  ReadonlyMap<string, readonly (readonly string[])[]> | undefined
>();
function cueIndex(
  grammar: SentenceView['pack']['grammar'],
): ReadonlyMap<string, readonly (readonly string[])[]> | undefined {
  if (cueIndexes.has(grammar)) return cueIndexes.get(grammar);
  let index: Map<string, (readonly string[])[]> | undefined = new Map();
  for (const cue of reportingCues(grammar)) {
    const words = cue.slice(1, -1).split(' ');
    if (words.some((w) => w === '')) {
      index = undefined;
      break;
    }
    const same = index.get(words[0]!);
    if (same) same.push(words);
    else index.set(words[0]!, [words]);
  }
  cueIndexes.set(grammar, index);
  return index;
}

/** Both the rules and the relation model ask for each sentence's certainty: it is worked out once. */
const certainties = new WeakMap<SentenceView, Certainty>();

/** Hedges, then attribution phrases, as the space-delimited strings a sentence text is searched for. */
const cueStrings = new WeakMap<SentenceView['pack']['grammar'], readonly string[]>();
function reportingCues(grammar: SentenceView['pack']['grammar']): readonly string[] {
  let cues = cueStrings.get(grammar);
  if (!cues) {
    cues = [
      ...grammar.hedges.map((h) => ` ${h} `),
      ...grammar.attributions.map((a) => ` ${a.join(' ')} `),
    ];
    cueStrings.set(grammar, cues);
  }
  return cues;
}

/** "no se reunió", "nunca visitó": a negation within the two tokens before the trigger (clitics skipped). */
export function isNegated(view: SentenceView, triggerIndex: number): boolean {
  const { negations } = view.pack.grammar;
  const { preverbal } = view.pack.morphology;
  let k = triggerIndex - 1;
  let budget = 3;
  while (k >= 0 && budget-- > 0) {
    const w = view.lower[k]!;
    if (negations.has(w)) return true;
    if (!preverbal.has(w)) return false;
    k--;
  }
  return false;
}
