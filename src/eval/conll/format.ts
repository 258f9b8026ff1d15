/** Renders scores as conlleval's text report (percentages with two decimals). */
import type { ConllScores } from './types.js';

const pct = (x: number): string => (100 * x).toFixed(2).padStart(6);

export function formatConllScores(s: ConllScores): string {
  const lines = [
    `processed ${s.tokens} tokens with ${s.overall.gold} phrases; found: ${s.overall.predicted} phrases; correct: ${s.overall.correct}.`,
    `accuracy: ${pct(s.accuracy)}%; precision: ${pct(s.overall.precision)}%; recall: ${pct(s.overall.recall)}%; FB1: ${pct(s.overall.f1)}`,
  ];
  for (const [type, c] of Object.entries(s.byType)) {
    lines.push(
      `${type.padStart(17)}: precision: ${pct(c.precision)}%; recall: ${pct(c.recall)}%; FB1: ${pct(c.f1)}  ${c.predicted}`,
    );
  }
  return lines.join('\n');
}
