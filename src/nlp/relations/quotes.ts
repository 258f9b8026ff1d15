/**
 * Quoted statements: who is quoted, and whom the quote names.
 *   Errejón lo tiene claro: “El Gobierno está cómodo …”       → Errejón SPOKE_ABOUT Gobierno
 *   “En Honduras se legisla …”, opinó Merary Mendoza          → Merary Mendoza SPOKE_ABOUT Honduras
 * Places named in passing ("mejor vernos aquí que en la capital") are not what a statement is about.
 */
import type { TriggerLexicon } from './triggers.js';
import { isNamed, type MentionRef, type SentenceView } from './sentence-view.js';
import type { ArticleRelation } from './types.js';

const OPEN = new Set(['“', '«', '"']);
const CLOSE = new Set(['”', '»', '"']);
const TOPICS = new Set(['Person', 'Organization', 'Country', 'Event', 'Law']);

interface Quote {
  readonly start: number;
  readonly end: number;
}

function quotes(view: SentenceView): Quote[] {
  const out: Quote[] = [];
  let open = -1;
  view.sentence.tokens.forEach((t, i) => {
    if (open < 0 && OPEN.has(t.text)) open = i;
    else if (open >= 0 && CLOSE.has(t.text) && i > open + 1) {
      out.push({ start: open, end: i });
      open = -1;
    }
  });
  return out;
}

function speakerFor(view: SentenceView, quote: Quote, lexicon: TriggerLexicon): MentionRef | undefined {
  const speaker = (r: MentionRef): boolean => isNamed(r) && (r.entity.type === 'Person' || r.entity.type === 'Organization');
  // "X …: “…”" — the first person or organisation of the clause that ends in a colon.
  if (view.lower[quote.start - 1] === ':') {
    return view.mentions.find((r) => speaker(r) && r.mention.tokenEnd <= quote.start - 1 && r.mention.tokenStart >= Math.max(0, quote.start - 10));
  }
  // "“…”, dijo X" — a speech verb right after the quote, then the speaker.
  let k = quote.end + 1;
  if (view.lower[k] === ',') k++;
  if (lexicon.speechSubjectVerbs.test(view.lower[k] ?? '')) {
    return view.mentions.find((r) => speaker(r) && r.mention.tokenStart > k && r.mention.tokenStart <= k + 3);
  }
  return undefined;
}

export function quoteRelations(view: SentenceView, lexicon: TriggerLexicon): ArticleRelation[] {
  const out: ArticleRelation[] = [];
  for (const quote of quotes(view)) {
    const who = speakerFor(view, quote, lexicon);
    if (!who) continue;
    for (const topic of view.mentions) {
      if (!isNamed(topic) || topic.entity === who.entity || !TOPICS.has(topic.entity.type)) continue;
      if (topic.mention.tokenStart <= quote.start || topic.mention.tokenEnd > quote.end) continue;
      out.push({
        subject: who.entity.id,
        object: topic.entity.id,
        predicate: 'SPOKE_ABOUT',
        certainty: 'stated',
        confidence: 0.5,
        sentenceIndex: view.sentence.index,
        trigger: view.sentence.tokens[quote.start]!.text,
        highlights: [
          { start: who.mention.start, end: who.mention.end },
          { start: topic.mention.start, end: topic.mention.end },
        ],
      });
    }
  }
  return out;
}
