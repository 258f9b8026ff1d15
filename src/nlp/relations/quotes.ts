/**
 * Quoted statements: who is quoted, and whom the quote names.
 *   Arenaza lo tiene claro: “El Gobierno está cómodo …”       → Arenaza SPOKE_ABOUT Gobierno
 *   “En Honduras se legisla …”, opinó Lidia Ferrer          → Lidia Ferrer SPOKE_ABOUT Honduras
 * Places named in passing ("mejor vernos aquí que en la capital") are not what a statement is about.
 */
import { isAgentType } from '../../schema/index.js';
import type { TriggerLexicon } from '../lang/index.js';
import { afterPreposition } from './discourse.js';
import { isNamed, type MentionRef, type SentenceView } from './sentence-view.js';
import type { ArticleRelation } from './types.js';

const OPEN = new Set(['“', '«', '"']);
const CLOSE = new Set(['”', '»', '"']);
/** What a statement can be about: an agent, an event or a law (not a place named in passing). */
const isTopic = (type: string): boolean => isAgentType(type) || type === 'Event' || type === 'Law';
const PEOPLE = new Set(['Person', 'Organization']);

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
  // A quotation of several sentences closes in a later one: this one quotes up to its end.
  if (open >= 0 && open + 2 < view.lower.length) out.push({ start: open, end: view.lower.length });
  return out;
}

const CLAUSE_END = new Set(['.', ';', '“', '”', '«', '»', '"']);
/** The clause that ends with the colon before a quotation. */
function colonClause(view: SentenceView, quote: Quote): { start: number; end: number } {
  let start = quote.start - 1;
  while (start > 0 && !CLAUSE_END.has(view.lower[start - 1]!) && quote.start - start < 40) start--;
  return { start, end: quote.start - 1 };
}

function speakerFor(
  view: SentenceView,
  quote: Quote,
  lexicon: TriggerLexicon,
  topic: MentionRef | undefined,
): MentionRef | undefined {
  const speaker = (r: MentionRef): boolean =>
    isNamed(r) && (r.entity.type === 'Person' || r.entity.type === 'Organization');
  // "X …: “…”" — who the clause ending in a colon is about: a person named outside a prepositional
  // phrase first ("un artículo de la politóloga X en la revista de la fundación replicaba:"), else any.
  if (view.lower[quote.start - 1] === ':') {
    const clause = colonClause(view, quote);
    const inClause = view.mentions.filter(
      (r) => speaker(r) && r.mention.tokenEnd <= clause.end && r.mention.tokenStart >= clause.start,
    );
    const free = inClause.filter((r) => !afterPreposition(view, r));
    const found = free.find((r) => r.entity.type === 'Person') ?? free[0];
    if (found) return found;
    // "Y ha añadido: “…”", "También se ha referido a la situación de X:": a dropped subject is who the text is about.
    const { introducingVerbs } = view.pack.quotes;
    const introduced = view.lower
      .slice(clause.start, clause.end)
      .some((w) => introducingVerbs.test(w));
    const quoted = (r: MentionRef): boolean =>
      r.mention.tokenStart > quote.start && r.mention.tokenEnd <= quote.end;
    if (
      introduced &&
      topic &&
      !free.length &&
      !view.mentions.some((r) => quoted(r) && r.entity === topic.entity)
    )
      return topic;
    return inClause.find((r) => r.entity.type === 'Person') ?? inClause[0];
  }
  // "“…”, dijo X", "“…”, indica la tarjeta informativa del SAT" — a speech verb right after the quote, then the speaker.
  let k = quote.end + 1;
  if (view.lower[k] === ',') k++;
  if (lexicon.speechSubjectVerbs.test(view.lower[k] ?? '')) {
    return (
      view.mentions.find(
        (r) => speaker(r) && r.mention.tokenStart > k && r.mention.tokenStart <= k + 3,
      ) ?? documentSpeaker(view, k + 1, speaker)
    );
  }
  return undefined;
}

/** "indica la tarjeta informativa del SAT", "según un comunicado de la Fiscalía": a document speaks for its author. */
function documentSpeaker(
  view: SentenceView,
  from: number,
  speaker: (r: MentionRef) => boolean,
): MentionRef | undefined {
  const { nounDeterminers, ofWords } = view.pack.grammar;
  let k = from;
  if (nounDeterminers.has(view.lower[k] ?? '')) k++;
  if (!view.pack.quotes.documentNouns.test(view.lower[k] ?? '')) return undefined;
  for (let j = k + 1; j < Math.min(view.lower.length, k + 5); j++) {
    if (ofWords.has(view.lower[j] ?? ''))
      return view.mentions.find(
        (r) => speaker(r) && r.mention.tokenStart > j && r.mention.tokenStart <= j + 2,
      );
  }
  return undefined;
}
/** Whose argument the speaker answers in the clause before the colon ("le da la vuelta al argumento de X:"). */
function answered(view: SentenceView, quote: Quote, who: MentionRef): MentionRef[] {
  if (view.lower[quote.start - 1] !== ':') return [];
  const clause = colonClause(view, quote);
  return view.mentions.filter(
    (r) =>
      isNamed(r) &&
      r.entity !== who.entity &&
      (r.entity.type === 'Person' || r.entity.type === 'Organization') &&
      r.mention.tokenStart >= clause.start &&
      r.mention.tokenEnd <= clause.end &&
      view.pack.grammar.ofWords.has(view.lower[r.mention.tokenStart - 1] ?? '') &&
      view.pack.quotes.sayingNouns.test(view.lower[r.mention.tokenStart - 2] ?? ''),
  );
}

/** A quotation still open at the end of a sentence, and who is speaking in it. */
export interface OpenQuote {
  readonly speaker: MentionRef;
}

/**
 * Quoted statements of one sentence. `carried` is a quotation opened in an earlier sentence and not
 * yet closed: the sentence speaks in that voice up to the closing mark. Returns the relations and the
 * quotation this sentence leaves open, if any.
 */
export function quoteRelations(
  view: SentenceView,
  lexicon: TriggerLexicon,
  discourseTopic?: MentionRef,
  carried?: OpenQuote,
): { relations: ArticleRelation[]; open?: OpenQuote } {
  const out: ArticleRelation[] = [];
  const spans: { quote: Quote; who?: MentionRef; far?: boolean }[] = [];
  let firstOpen = 0;
  if (carried) {
    const close = view.lower.findIndex((w) => CLOSE.has(w));
    spans.push({
      quote: { start: -1, end: close < 0 ? view.lower.length : close },
      who: carried.speaker,
      far: true,
    });
    if (close < 0) return { relations: quoted(view, spans, out), open: carried };
    firstOpen = close + 1;
  }
  let open: OpenQuote | undefined;
  for (const quote of quotes(view).filter((q) => q.start >= firstOpen)) {
    // A quotation that opens the sentence and runs on past it is a paragraph in someone's voice:
    // the person the text is about.
    const standalone = quote.start === 0 && quote.end === view.lower.length;
    const who =
      speakerFor(view, quote, lexicon, discourseTopic) ?? (standalone ? discourseTopic : undefined);
    spans.push({
      quote,
      ...(who ? { who } : {}),
      far: standalone && !speakerFor(view, quote, lexicon, discourseTopic),
    });
    if (quote.end === view.lower.length && who) open = { speaker: who };
  }
  return { relations: quoted(view, spans, out), ...(open ? { open } : {}) };
}

function quoted(
  view: SentenceView,
  spans: readonly { quote: Quote; who?: MentionRef; far?: boolean }[],
  out: ArticleRelation[],
): ArticleRelation[] {
  for (const { quote, who, far } of spans) {
    if (!who) continue;
    const inside = view.mentions.filter(
      (t) => t.mention.tokenStart > quote.start && t.mention.tokenEnd <= quote.end,
    );
    for (const topic of [...inside, ...(quote.start >= 0 ? answered(view, quote, who) : [])]) {
      if (!isNamed(topic) || topic.entity === who.entity || !isTopic(topic.entity.type)) continue;
      // Far from its attribution, a quotation is only taken to be about the people and bodies it names.
      if (far && !PEOPLE.has(topic.entity.type)) continue;
      out.push({
        subject: who.entity.id,
        object: topic.entity.id,
        predicate: 'SPOKE_ABOUT',
        certainty: 'stated',
        confidence: 0.5,
        sentenceIndex: view.sentence.index,
        rule: far ? 'quote-far' : 'quote',
        highlights: [
          { start: who.mention.start, end: who.mention.end },
          { start: topic.mention.start, end: topic.mention.end },
        ],
      });
    }
  }
  return out;
}
