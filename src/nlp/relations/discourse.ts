/**
 * What a clause without a stated subject is about.
 *  - Spanish drops pronoun subjects: "Ibarra, de 50 años, fue parte del movimiento … En 2014 llegó al
 *    Senado" — the subject of "llegó" is the person the text was just talking about (the topic).
 *  - A possessive ("su apoyo a X", "su choque con Y") belongs to the nearest preceding agent of the
 *    sentence that is not inside a prepositional phrase, else to any person named before it, else to
 *    the topic.
 */
import { isAgentType } from '../../schema/index.js';
import { isNamed, type MentionRef, type SentenceView } from './sentence-view.js';

/** Punctuation that opens a clause or a quotation. */
const CLAUSE_MARKS = new Set([';', ':', '“', '«']);

/** True when the mention is the object of a preposition ("de la Cámara", "a Radio Sur"). */
export function afterPreposition(view: SentenceView, ref: MentionRef): boolean {
  const { articles, prepositions } = view.pack.grammar;
  let k = ref.mention.tokenStart - 1;
  if (articles.has(view.lower[k] ?? '') && !prepositions.has(view.lower[k] ?? '')) k--;
  return prepositions.has(view.lower[k] ?? '');
}

const isPersonName = (r: MentionRef): boolean =>
  r.entity.type === 'Person' && (r.mention.form === 'name' || r.mention.form === 'acronym');

/**
 * The topic before sentence `index`: the first person named outside a prepositional phrase in the
 * previous sentence (or up to five sentences back, when the nearer ones name nobody so); people named
 * inside quotations are spoken about, not speaking.
 */
export function topicBefore(views: readonly SentenceView[], index: number): MentionRef | undefined {
  for (let i = index - 1; i >= Math.max(0, index - TOPIC_REACH); i--) {
    const view = views[i]!;
    const quoted = quotedSpans(view);
    const free = view.mentions.find(
      (r) =>
        isPersonName(r) &&
        !afterPreposition(view, r) &&
        !quoted.some(([a, b]) => r.mention.tokenStart > a && r.mention.tokenStart < b),
    );
    if (free) return free;
  }
  return undefined;
}
const TOPIC_REACH = 5;

/** Token spans between quotation marks (a quotation still open runs to the end of the sentence). */
function quotedSpans(view: SentenceView): [number, number][] {
  const spans: [number, number][] = [];
  let open = -1;
  view.lower.forEach((w, i) => {
    if (open < 0 && (w === '“' || w === '«' || w === '"')) open = i;
    else if (open >= 0 && (w === '”' || w === '»' || w === '"')) {
      spans.push([open, i]);
      open = -1;
    }
  });
  if (open >= 0) spans.push([open, view.lower.length]);
  return spans;
}

/** True when no agent is named in the sentence before token `index` (the clause may have a dropped subject). */
export function noAgentBefore(view: SentenceView, index: number): boolean {
  return !view.mentions.some(
    (r) => r.mention.tokenEnd <= index && isNamed(r) && isAgentType(r.entity.type),
  );
}

/** Whose is "su"/"sus" at token `index`. */
export function possessorOf(
  view: SentenceView,
  index: number,
  topic: MentionRef | undefined,
): MentionRef | undefined {
  const before = view.mentions.filter(
    (r) => r.mention.tokenEnd <= index && isNamed(r) && isAgentType(r.entity.type),
  );
  // The subject of the possessive's own clause ("donde Ibarra recibió … su choque con X"), not of a clause it is embedded in.
  let clause = index - 1;
  const opens = (w: string): boolean => CLAUSE_MARKS.has(w) || view.pack.clauses.openers.has(w);
  while (clause >= 0 && !opens(view.lower[clause]!)) clause--;
  const free = before.filter((r) => r.mention.tokenStart > clause && !afterPreposition(view, r));
  return free[free.length - 1] ?? before.filter((r) => r.entity.type === 'Person').pop() ?? topic;
}
