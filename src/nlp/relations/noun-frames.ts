/**
 * Relations stated by a noun with a possessive agent:
 *   "por su apoyo a la independencia de Valdoria" → (owner of "su") SUPPORTS Valdoria
 *   "hablar de … su choque con Ibarra"                           → OPPOSED Ibarra
 *   "su arrolladora victoria en Carolina del Sur"               → WON Carolina del Sur
 *   "A su salida de Banco Austral en 2009, Gil …"                     → WORKS_FOR Banco Austral
 *   "su principal contradictor fue el presidente, Mario Ibarra"   → Mario Ibarra OPPOSED (owner)
 * The owner of "su" is the nearest agent named before it outside a prepositional phrase, else a
 * person named before it, else the topic of the text (see discourse.ts).
 */
import type { NounFrame } from '../lang/index.js';
import type { Knowledge } from '../knowledge.js';
import { possessorOf } from './discourse.js';
import {
  isNamed,
  statedRelation,
  tokenSpan,
  type MentionRef,
  type SentenceView,
} from './sentence-view.js';
import type { ArticleRelation } from './types.js';

/** Possessive frames are inferred through the owner's resolution: less sure than a verb. */
const NOUN_FRAME_CONFIDENCE = 0.55;

/** Punctuation that ends a frame's object search. */
const FRAME_MARKS = new Set([',', '.', ';', ':', '—', '(']);
const SENTENCE_MARKS = new Set(['.', ';', ':']);
/** Adjectives between the possessive and its noun: "su principal", "su arrolladora", "su actual". */
const MAX_ADJECTIVES = 2;

export function nounFrameRelations(
  view: SentenceView,
  topic: MentionRef | undefined,
  knowledge: Knowledge,
): ArticleRelation[] {
  const out: ArticleRelation[] = [];
  const { frames, rivals, allies, possessives } = view.pack.nounFrames;
  const isFrameNoun = (word: string): boolean =>
    rivals.test(word) || allies.test(word) || frames.some((f) => f.noun.test(word));
  view.lower.forEach((word, i) => {
    const service = yearsOfService(view, i, topic);
    if (service) out.push(service);
    if (!possessives.has(word)) return;
    const member = oneOfTheirs(view, i, topic, knowledge);
    if (member) {
      out.push(member);
      return;
    }
    let n = i + 1;
    while (
      n < i + 1 + MAX_ADJECTIVES &&
      /^\p{Ll}+$/u.test(view.lower[n] ?? '') &&
      !isFrameNoun(view.lower[n]!)
    )
      n++;
    const noun = view.lower[n] ?? '';
    if (!isFrameNoun(noun)) return;
    const owner = possessorOf(view, i, topic);
    if (!owner) return;
    if (rivals.test(noun) || allies.test(noun)) {
      const named = namedAfter(view, n + 1);
      if (named && named.entity !== owner.entity)
        out.push(
          statedRelation(
            named,
            owner,
            rivals.test(noun) ? 'OPPOSED' : 'SUPPORTS',
            view,
            NOUN_FRAME_CONFIDENCE,
            'possessive-frame',
            tokenSpan(view, n),
          ),
        );
      return;
    }
    for (const frame of frames) {
      if (!frame.noun.test(noun)) continue;
      const object = objectOf(view, n + 1, frame);
      if (object && object.entity !== owner.entity)
        out.push(
          statedRelation(
            owner,
            object,
            frame.predicate,
            view,
            NOUN_FRAME_CONFIDENCE,
            'possessive-frame',
            tokenSpan(view, n),
          ),
        );
      return;
    }
  });
  return out;
}

/** "El SAT cesó a Ramón García, uno de sus más altos funcionarios" → García WORKS_FOR SAT. */
function oneOfTheirs(
  view: SentenceView,
  i: number,
  topic: MentionRef | undefined,
  knowledge: Knowledge,
): ArticleRelation | undefined {
  if (
    !view.pack.nounFrames.one.has(view.lower[i - 2] ?? '') ||
    !view.pack.grammar.ofWords.has(view.lower[i - 1] ?? '') ||
    view.lower[i - 3] !== ','
  )
    return undefined;
  const holder = view.mentions.find(
    (r) => r.mention.tokenEnd === i - 3 && isNamed(r) && r.entity.type === 'Person',
  );
  if (!holder) return undefined;
  let k = i + 1;
  while (k < i + 4 && !knowledge.roleAt(view.lower, k) && /^\p{Ll}+$/u.test(view.lower[k] ?? ''))
    k++;
  const role = knowledge.roleAt(view.lower, k);
  const owner = role ? possessorOf(view, holder.mention.tokenStart, topic) : undefined;
  if (!role || !owner || owner.entity === holder.entity || owner.entity.type === 'Person')
    return undefined;
  return statedRelation(
    holder,
    owner,
    role.role.predicate,
    view,
    NOUN_FRAME_CONFIDENCE,
    'one-of-their',
    tokenSpan(view, k, k + role.length),
  );
}

/** "Luis Arenaza, con muchos años de servicio en el PP" → MEMBER_OF PP. */
function yearsOfService(
  view: SentenceView,
  i: number,
  topic: MentionRef | undefined,
): ArticleRelation | undefined {
  const { serviceSpans, serviceNouns, servicePrepositions } = view.pack.nounFrames;
  const { ofWords, definiteArticles } = view.pack.grammar;
  if (
    !serviceSpans.has(view.lower[i]!) ||
    !ofWords.has(view.lower[i + 1] ?? '') ||
    !serviceNouns.test(view.lower[i + 2] ?? '')
  )
    return undefined;
  if (!servicePrepositions.has(view.lower[i + 3] ?? '')) return undefined;
  const body = view.mentions.find(
    (r) =>
      (r.mention.tokenStart === i + 4 ||
        (r.mention.tokenStart === i + 5 && definiteArticles.has(view.lower[i + 4]!))) &&
      isNamed(r) &&
      r.entity.type === 'Organization',
  );
  const member = body ? possessorOf(view, i, topic) : undefined;
  return member && body && member.entity !== body.entity && member.entity.type === 'Person'
    ? statedRelation(
        member,
        body,
        'MEMBER_OF',
        view,
        NOUN_FRAME_CONFIDENCE,
        'years-of-service',
        tokenSpan(view, i, i + 3),
      )
    : undefined;
}

/** "su apoyo a la independencia de Valdoria": the first fitting name after the preposition. */
function objectOf(view: SentenceView, from: number, frame: NounFrame): MentionRef | undefined {
  if (!frame.preps.includes(view.lower[from] ?? '')) return undefined;
  for (let k = from + 1; k < Math.min(view.lower.length, from + 7); k++) {
    const w = view.lower[k]!;
    if (FRAME_MARKS.has(w) || w === view.pack.clauses.complementizer) return undefined;
    if (view.pack.grammar.andWords.has(w)) return undefined;
    const m = view.mentions.find((r) => r.mention.tokenStart === k && isNamed(r));
    if (m) return frame.objectTypes.includes(m.entity.type) ? m : undefined;
  }
  return undefined;
}

/** "su principal contradictor fue el presidente, Mario Ibarra", "su competidor, el senador Tom Ellery". */
function namedAfter(view: SentenceView, from: number): MentionRef | undefined {
  for (let k = from; k < Math.min(view.lower.length, from + 8); k++) {
    const w = view.lower[k]!;
    if (SENTENCE_MARKS.has(w) || w === view.pack.clauses.complementizer) return undefined;
    if (view.pack.clauses.personalRelatives.has(w)) return undefined;
    const m = view.mentions.find((r) => r.mention.tokenStart === k && isNamed(r));
    if (m) return m.entity.type === 'Person' || m.entity.type === 'Organization' ? m : undefined;
  }
  return undefined;
}
