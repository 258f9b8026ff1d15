/** Certainty and negation cues around a trigger. */
import type { Certainty } from '../../schema/index.js';
import type { SentenceView } from './sentence-view.js';

export function sentenceCertainty(view: SentenceView): Certainty {
  const { grammar } = view.pack;
  const text = ` ${view.lower.join(' ')} `;
  if (grammar.hedges.some((h) => text.includes(` ${h} `))) return 'reported';
  if (grammar.attributions.some((a) => text.includes(` ${a.join(' ')} `))) return 'reported';
  return 'stated';
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
