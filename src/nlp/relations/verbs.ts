/**
 * Verb-triggered relations: subject before the verb (or after a speech verb), object after it,
 * introduced by the verb's preposition; coordinated subjects ("X y Y firmaron una alianza"),
 * passives ("fueron enviados a X por Y"), theme-dependent transfers, and the recipient of an
 * object-less transfer inherited from the clause before ("apoyó a X, enviando armas").
 */
import { PREDICATES, isAgentType, type Predicate } from '../../schema/index.js';
import { isNegated } from './certainty.js';
import { boundedMemo } from '../../util/memo.js';
import { afterPreposition, noAgentBefore } from './discourse.js';
import {
  coordinationGroup,
  firstMentionIn,
  isNamed,
  isPlace,
  lastMentionBefore,
  type MentionRef,
  type SentenceView,
} from './sentence-view.js';
import type { TriggerLexicon, VerbTrigger } from '../lang/index.js';

export interface VerbRelation {
  readonly subject: MentionRef;
  readonly object: MentionRef;
  readonly predicate: Predicate;
  readonly triggerIndex: number;
  readonly confidence: number;
  /** A location complement of the same clause ("en la ciudad de X"). */
  readonly place?: MentionRef;
}

/** Punctuation that ends the clause a verb's arguments are searched in. */
const CLAUSE_MARKS = new Set([';', '“', '”', '«', '»', '"']);
const isBreak = (view: SentenceView, w: string): boolean =>
  CLAUSE_MARKS.has(w) || view.pack.clauses.breaks.has(w);
const SUBJECT_WINDOW = 14;
const OBJECT_WINDOW = 9;

/**
 * Where the verb's clause starts. A relative clause set off by commas ("Las tres organizaciones (…),
 * que agrupan a …, han denunciado a Vox") is transparent: the subject stands before it.
 */
function clauseStart(view: SentenceView, index: number): number {
  let sawComma = false;
  for (let k = index - 1; k >= view.bodyStart; k--) {
    const w = view.lower[k]!;
    if (w === ',') sawComma = true;
    if (!isBreak(view, w)) continue;
    if (view.pack.clauses.relatives.has(w) && view.lower[k - 1] === ',' && sawComma) {
      k--; // skip the comma that opens the relative clause and keep looking left
      continue;
    }
    return k + 1;
  }
  return view.bodyStart;
}

export function subjectBefore(
  view: SentenceView,
  index: number,
  named = true,
): MentionRef | undefined {
  const start = clauseStart(view, index);
  const from = Math.max(start, index - SUBJECT_WINDOW);
  // The subject is not inside a prepositional phrase ("el presidente de la Cámara"), nor in a list
  // that one opens ("Asesor de A y B, Olmedo llegó …").
  const candidates = view.mentions.filter(
    (r) => r.mention.tokenEnd <= index && r.mention.tokenStart >= from && (!named || isNamed(r)),
  );
  const free = candidates.filter((r) => !afterPreposition(view, coordinationGroup(view, r)[0]!));
  if (free[0]) return free[0];
  // "A y B, quienes después viajarán a X": the relative pronoun stands for the name before its comma.
  const { relatives, personalRelatives } = view.pack.clauses;
  if (relatives.has(view.lower[start - 1] ?? '') && view.lower[start - 2] === ',') {
    const antecedent = lastMentionBefore(view, Math.max(0, start - 12), start - 2, isNamed);
    // The antecedent may sit in a prepositional phrase ("pelear contra Mora, quien fue …"); "quien" is a person.
    const personal = personalRelatives.has(view.lower[start - 1]!);
    if (
      antecedent &&
      antecedent.mention.tokenEnd === start - 2 &&
      (!personal || antecedent.entity.type === 'Person')
    )
      return antecedent;
  }
  return undefined;
}

function objectAfter(
  view: SentenceView,
  index: number,
  trigger: VerbTrigger,
): MentionRef | undefined {
  const accept = (r: MentionRef): boolean =>
    isNamed(r) && (!trigger.objectTypes || trigger.objectTypes.includes(r.entity.type));
  let k = index + 1;
  if (trigger.preps.length > 0) {
    // The preposition is not part of a name ("Programa de Apoyo al Empleo").
    const inName = (j: number): boolean =>
      view.mentions.some((r) => r.mention.tokenStart < j && j < r.mention.tokenEnd);
    const at = view.lower
      .slice(index + 1, index + 1 + OBJECT_WINDOW)
      .findIndex((w, j) => trigger.preps.includes(w) && !inName(index + 1 + j));
    if (at < 0) return undefined;
    // The preposition belongs to the verb's own clause: "dijo que sería un error oponerse a los electores" is not said to them.
    if (view.lower.slice(index + 1, index + 1 + at).some((w) => isBreak(view, w))) return undefined;
    // "recibieron subsidios del Gobierno": the theme noun stands between the verb and its preposition.
    if (
      trigger.theme &&
      !view.lower.slice(index + 1, index + 1 + at).some((w) => trigger.theme!.test(w))
    )
      return undefined;
    k = index + 1 + at + 1;
  } else if (
    trigger.theme &&
    !view.lower.slice(index + 1, index + 4).some((w) => trigger.theme!.test(w))
  ) {
    return undefined;
  }
  const { definiteArticles } = view.pack.grammar;
  let stop = Math.min(
    view.lower.length,
    k + (trigger.adjacent ? (definiteArticles.has(view.lower[k] ?? '') ? 2 : 1) : OBJECT_WINDOW),
  );
  for (let j = k; j < stop; j++)
    if (
      isBreak(view, view.lower[j]!) &&
      !(trigger.clausal && j === k && view.lower[j] === view.pack.clauses.complementizer)
    )
      stop = j;
  // A demonym on the object noun stands for its country: "agradeció la ayuda norcoreana".
  const demonym = (r: MentionRef): boolean =>
    r.mention.form === 'demonym' &&
    (!trigger.objectTypes || trigger.objectTypes.includes(r.entity.type));
  // "subsidios del Programa X, PAI, del Gobierno": a programme's giver is the body it belongs to.
  if (trigger.inverse) {
    const first = firstMentionIn(view, k, stop, isNamed);
    const giver = first ? lastInChain(view, first) : undefined;
    return giver && accept(giver) ? giver : undefined;
  }
  let found = firstMentionIn(view, k, stop, accept);
  // "contra la responsable en España de Netflix, Laura Vidal": the object is a role noun
  // whose holder follows in apposition, not a name inside its complements.
  if (
    found &&
    definiteArticles.has(view.lower[k] ?? '') &&
    /^\p{Ll}+$/u.test(view.lower[k + 1] ?? '') &&
    found.mention.tokenStart > k + 2
  ) {
    for (
      let j = found.mention.tokenEnd;
      j < Math.min(view.lower.length, found.mention.tokenEnd + 6);
      j++
    ) {
      if (isBreak(view, view.lower[j]!)) break;
      if (view.lower[j] !== ',') continue;
      const holder = view.mentions.find(
        (r) => r.mention.tokenStart === j + 1 && r.entity.type === 'Person' && isNamed(r),
      );
      if (holder && accept(holder)) found = holder;
      break;
    }
  }
  return (
    found ??
    (trigger.transfer ? undefined : firstMentionIn(view, k, Math.min(stop, k + 4), demonym))
  );
}

/** The last body of a "de" chain: "del Programa X, PAI, del Gobierno" → Gobierno. */
function lastInChain(view: SentenceView, ref: MentionRef): MentionRef {
  let k = ref.mention.tokenEnd;
  if (view.lower[k] === ',') {
    const acronym = view.mentions.find(
      (r) => r.mention.tokenStart === k + 1 && r.mention.tokenEnd - r.mention.tokenStart === 1,
    );
    if (acronym && view.lower[acronym.mention.tokenEnd] === ',') k = acronym.mention.tokenEnd + 1;
  }
  const { ofWords, definiteArticles } = view.pack.grammar;
  if (!ofWords.has(view.lower[k]!)) return ref;
  const next = view.mentions.find(
    (r) =>
      (r.mention.tokenStart === k + 1 ||
        (r.mention.tokenStart === k + 2 && definiteArticles.has(view.lower[k + 1]!))) &&
      isNamed(r) &&
      r.entity.type !== 'Person',
  );
  return next ? lastInChain(view, next) : ref;
}

function locationAfter(view: SentenceView, from: number): MentionRef | undefined {
  for (let j = from; j < Math.min(view.lower.length, from + 12); j++) {
    if (view.lower[j] === view.pack.verbs.locative)
      return firstMentionIn(view, j + 1, j + 7, (r) => isPlace(r) && isNamed(r));
    if (isBreak(view, view.lower[j]!)) return undefined;
  }
  return undefined;
}

/** What is sent names the predicate; an unrecognised theme ("envió una propuesta") gives no relation. */
function transferPredicate(
  view: SentenceView,
  index: number,
  passive: boolean,
  lexicon: TriggerLexicon,
): Predicate | undefined {
  const from = passive ? Math.max(0, index - 5) : index + 1;
  const to = passive ? index : Math.min(view.lower.length, index + 7);
  for (let j = from; j < to; j++) {
    const word = view.lower[j]!;
    for (const [re, predicate] of lexicon.transferThemes) if (re.test(word)) return predicate;
  }
  return undefined;
}

function isPassive(view: SentenceView, index: number, lexicon: TriggerLexicon): boolean {
  return (
    lexicon.participle.test(view.lower[index]!) &&
    lexicon.passiveAux.has(view.lower[index - 1] ?? '')
  );
}

/** The triggers whose stem matches a word, in lexicon order; memoised per lexicon (words repeat a lot). */
const stemMatches = new WeakMap<TriggerLexicon, (word: string) => readonly VerbTrigger[]>();
export function triggersMatching(lexicon: TriggerLexicon, word: string): readonly VerbTrigger[] {
  let match = stemMatches.get(lexicon);
  if (!match) {
    const find = (w: string): readonly VerbTrigger[] =>
      lexicon.triggers.filter((t) => t.stem.test(w));
    // A global or sticky stem keeps state between tests: such a lexicon is not memoised.
    const stateful = lexicon.triggers.some((t) => t.stem.global || t.stem.sticky);
    stemMatches.set(lexicon, (match = stateful ? find : boundedMemo(find)));
  }
  return match(word);
}

/**
 * `topic` is who the text was talking about before this sentence: the dropped subject of a finite
 * verb when nobody is named before it ("En 2014 llegó al Senado …").
 */
export function findVerbRelations(view: SentenceView, topic?: MentionRef): VerbRelation[] {
  const { triggers: lexicon, morphology } = view.pack;
  const out: VerbRelation[] = [];
  let lastObject: MentionRef | undefined;
  let lastSubject: MentionRef | undefined;
  view.lower.forEach((word, index) => {
    if (isNegated(view, index)) return;
    // A verb may have several frames ("trabajó para ORG" / "trabajó en PAÍS"): the first that finds its arguments wins.
    for (const trigger of triggersMatching(lexicon, word)) {
      if (tryTrigger(trigger, word, index)) return;
    }
  });
  return out;

  function tryTrigger(trigger: VerbTrigger, word: string, index: number): boolean {
    // "se aseguró la nominación", "se declaró culpable": a reflexive speech verb does not report speech.
    if (trigger.speech && morphology.reflexives.has(view.lower[index - 1] ?? '')) return false;
    const passive = isPassive(view, index, lexicon);
    let predicate = trigger.transfer
      ? transferPredicate(view, index, passive, lexicon)
      : trigger.predicate;
    if (!predicate) return false;
    let subject: MentionRef | undefined;
    let object: MentionRef | undefined;
    let confidence = 0.7;
    if (passive) {
      const patient = lastMentionBefore(view, clauseStart(view, index), index, () => true);
      const agentAt = view.lower.indexOf(lexicon.agentPreposition, index);
      const agent =
        agentAt > 0 && agentAt < index + 8
          ? firstMentionIn(view, agentAt + 1, agentAt + 6, isNamed)
          : undefined;
      if (trigger.transfer) {
        // "soldados norcoreanos fueron enviados a X": the sender is the demonym on the theme.
        subject = agent ?? (patient?.mention.form === 'demonym' ? patient : undefined);
        object = objectAfter(view, index, trigger);
      } else {
        subject = agent;
        object = patient;
      }
      confidence = 0.6;
    } else {
      subject =
        (trigger.transfer ? themeDemonym(view, index) : undefined) ?? subjectBefore(view, index);
      // An object clitic, not an article: "donde la critican", but not "La demanda buscaba …" or "la demanda de X".
      const clitic =
        index >= 2 &&
        morphology.objectClitics.has(view.lower[index - 1]!) &&
        !view.pack.grammar.ofWords.has(view.lower[index + 1] ?? '');
      // "donde la critican … Marta Soler": an object clitic, the subject after the verb, and the
      // clitic standing for the topic.
      if (
        !subject &&
        clitic &&
        topic &&
        trigger.preps.length === 0 &&
        !trigger.speech &&
        noAgentBefore(view, index)
      ) {
        const postposed = firstMentionIn(
          view,
          index + 1,
          Math.min(view.lower.length, index + 2 * OBJECT_WINDOW),
          (r) => isNamed(r) && isAgentType(r.entity.type),
        );
        if (postposed && postposed.entity !== topic.entity) {
          out.push({
            subject: postposed,
            object: topic,
            predicate,
            triggerIndex: index,
            confidence: 0.55,
          });
          return true;
        }
      }
      // "el presidente X la instruyera a revisar …": the clitic, not the infinitive's object, is instructed.
      if (subject && clitic && trigger.preps.length > 0) {
        const at = view.lower.indexOf(
          trigger.preps.find((p) => view.lower.slice(index + 1, index + 3).includes(p)) ?? '\u0000',
          index + 1,
        );
        if (
          at > 0 &&
          morphology.infinitive.test(view.lower[at + 1] ?? '') &&
          !view.mentions.some((r) => r.mention.tokenStart === at + 1)
        ) {
          const antecedent =
            view.mentions.find(
              (r) =>
                r.mention.tokenEnd <= subject!.mention.tokenStart &&
                isNamed(r) &&
                r.entity.type === 'Person' &&
                r.entity !== subject!.entity &&
                !afterPreposition(view, r),
            ) ?? topic;
          if (antecedent && antecedent.entity !== subject.entity) {
            out.push({
              subject,
              object: antecedent,
              predicate,
              triggerIndex: index,
              confidence: 0.55,
            });
            return true;
          }
        }
      }
      if (!subject && trigger.speech) subject = firstMentionIn(view, index + 1, index + 2, isNamed);
      if (!subject && lexicon.gerund.test(word)) subject = lastSubject; // gerund: "…, enviando armas"
      if (!subject && topic && droppedSubject(view, index, word)) {
        subject = topic;
        confidence = 0.55;
      }
      // A noun's agent after it: "la ofensiva del PP contra Villalba".
      if (trigger.agentAfter && view.pack.grammar.ofWords.has(view.lower[index + 1] ?? '')) {
        const agent = firstMentionIn(view, index + 2, index + 4, isNamed);
        if (agent) subject = agent;
      }
      object = objectAfter(view, index, trigger);
      if (!object && trigger.transfer && lastObject) {
        object = lastObject;
        confidence = 0.55;
      }
      // Reciprocal verbs with a coordinated subject: "España y Marruecos han acordado …",
      // "Rusia y Corea del Norte firmaron una alianza" — the relation holds between the two.
      if ('symmetric' in PREDICATES[trigger.predicate]) {
        const coordinated = coordinatedSubjects(view, index);
        if (coordinated && (!object || object.mention.tokenStart > index)) {
          [subject, object] = coordinated;
          const noun = view.lower
            .slice(index + 1, index + 4)
            .find((w) => lexicon.allianceNouns.test(w));
          if (noun) predicate = 'ALLIED_WITH';
        }
      }
    }
    if (!subject || !object || subject.entity === object.entity) return false;
    if (trigger.inverse) [subject, object] = [object, subject];
    if (
      predicate === 'SAID_TO' &&
      object.entity.type !== 'Person' &&
      object.entity.type !== 'Organization'
    )
      return false;
    const place =
      predicate === 'SAID_TO' || predicate === 'MET_WITH'
        ? locationAfter(view, object.mention.tokenEnd)
        : undefined;
    out.push({
      subject,
      object,
      predicate,
      triggerIndex: index,
      confidence,
      ...(place ? { place } : {}),
    });
    lastObject = object;
    lastSubject = subject;
    return true;
  }
}

/**
 * A finite singular verb whose clause names no subject: no agent before it in the sentence and no
 * noun phrase opening the clause ("La demanda buscaba …", "Los estrategas que llegaron …").
 */
function droppedSubject(view: SentenceView, index: number, word: string): boolean {
  const { triggers, morphology, grammar } = view.pack;
  if (
    triggers.gerund.test(word) ||
    morphology.infinitive.test(word) ||
    triggers.participle.test(word) ||
    morphology.pluralVerb.test(word)
  )
    return false;
  if (!noAgentBefore(view, index)) return false;
  for (let k = 0; k < index; k++) {
    const opensNoun = grammar.nounDeterminers.has(view.lower[k]!);
    if (opensNoun && !grammar.prepositions.has(view.lower[k - 1] ?? '')) return false;
  }
  return true;
}
/** "envío de 30.000 soldados norcoreanos a X": the nationality of what is sent names the sender. */
function themeDemonym(view: SentenceView, index: number): MentionRef | undefined {
  return firstMentionIn(
    view,
    index + 1,
    index + 7,
    (r) => r.mention.form === 'demonym' && r.entity.type === 'Country',
  );
}

/** "X y Y firmaron …": both named right before the verb, joined by "y". */
function coordinatedSubjects(
  view: SentenceView,
  index: number,
): [MentionRef, MentionRef] | undefined {
  const before = view.mentions.filter(
    (r) =>
      r.mention.tokenEnd <= index && isNamed(r) && r.mention.tokenStart >= clauseStart(view, index),
  );
  for (let k = 0; k + 1 < before.length; k++) {
    const a = before[k]!;
    const b = before[k + 1]!;
    if (
      b.mention.tokenStart === a.mention.tokenEnd + 1 &&
      view.pack.grammar.andWords.has(view.lower[a.mention.tokenEnd]!)
    )
      return [a, b];
  }
  return undefined;
}
