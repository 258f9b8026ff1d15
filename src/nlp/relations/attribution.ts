/**
 * Attribution: "…, dijo Pérez, según la agencia EFE" → Pérez REPORTED_BY EFE. The speaker is the
 * subject of the sentence's speech verb; the source is the named entity after "según".
 */
import type { GrammarLexicon } from '../lang/index.js';
import {
  firstMentionIn,
  isNamed,
  tokenSpan,
  type MentionRef,
  type SentenceView,
} from './sentence-view.js';
import type { ArticleRelation } from './types.js';

export function attributionRelations(
  view: SentenceView,
  grammar: GrammarLexicon,
  speaker: MentionRef | undefined,
): ArticleRelation[] {
  if (!speaker) return [];
  const out: ArticleRelation[] = [];
  for (const opener of grammar.attributions) {
    for (let i = 0; i + opener.length <= view.lower.length; i++) {
      if (!opener.every((w, k) => view.lower[i + k] === w)) continue;
      const source = firstMentionIn(
        view,
        i + opener.length,
        i + opener.length + 5,
        (r) => isNamed(r) && (r.entity.type === 'Organization' || r.entity.type === 'Person'),
      );
      if (!source || source.entity === speaker.entity) continue;
      out.push({
        subject: speaker.entity.id,
        object: source.entity.id,
        predicate: 'REPORTED_BY',
        certainty: 'stated',
        confidence: 0.7,
        sentenceIndex: view.sentence.index,
        rule: 'attribution',
        trigger: tokenSpan(view, i, i + opener.length),
        highlights: [
          { start: speaker.mention.start, end: speaker.mention.end },
          { start: source.mention.start, end: source.mention.end },
        ],
      });
    }
  }
  return out;
}
