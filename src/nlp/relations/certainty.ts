/** Certainty and negation cues around a trigger. */
import type { Certainty } from '../../schema/index.js';
import type { SentenceView } from './sentence-view.js';

export function sentenceCertainty(view: SentenceView): Certainty {
  let certainty = certainties.get(view);
  if (certainty === undefined) {
    const text = ` ${view.lower.join(' ')} `;
    certainty = reportingCues(view.pack.grammar).some((c) => text.includes(c))
      ? 'reported'
      : 'stated';
    certainties.set(view, certainty);
  }
  return certainty;
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
