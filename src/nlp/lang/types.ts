import type { EntityType, Language, Predicate } from '../../schema/index.js';

/** The closed-class words the extraction grammar needs for one language. */
export interface GrammarLexicon {
  /** Function and very common words that are not names even when capitalised at sentence start. */
  readonly functionWords: ReadonlySet<string>;
  /** Lower-case particles allowed inside a proper name when a capitalised word follows ("de", "del"). */
  readonly nameConnectors: ReadonlySet<string>;
  /** Determiners that may open a role nominal ("el", "la", "su"). */
  readonly determiners: ReadonlySet<string>;
  /** The preposition of a role's body ("presidente de", "president of"), with its contracted forms ("del"). */
  readonly ofWords: ReadonlySet<string>;
  /** Definite articles that may follow it ("de la", "of the"). */
  readonly definiteArticles: ReadonlySet<string>;
  /** Words that negate the next verb ("no", "nunca"). */
  readonly negations: ReadonlySet<string>;
  /** Words and phrases (lower case) that make a sentence's facts reported rather than stated. */
  readonly hedges: readonly string[];
  /** Attribution openers ("según", "de acuerdo con"), lower-case token sequences. */
  readonly attributions: readonly (readonly string[])[];
  /** Month names → month number. */
  readonly months: ReadonlyMap<string, number>;
  /** Weekday names. */
  readonly weekdays: ReadonlySet<string>;
  /** Number words → value ("mil" → 1000, "millones" → 1e6). */
  readonly numberWords: ReadonlyMap<string, number>;
  /** Scale words that multiply the number before them ("millones", "billones"). */
  readonly scaleWords: ReadonlyMap<string, number>;
}

/** Everything the verb-relation rules need for one language. */
export interface TriggerLexicon {
  readonly triggers: readonly VerbTrigger[];
  readonly transferThemes: ReadonlyArray<readonly [RegExp, Predicate]>;
  readonly allianceNouns: RegExp;
  readonly passiveAux: ReadonlySet<string>;
  readonly participle: RegExp;
  readonly gerund: RegExp;
  readonly speechSubjectVerbs: RegExp;
  /** Introduces the agent of a passive ("por", "by"). */
  readonly agentPreposition: string;
}

export interface VerbTrigger {
  readonly stem: RegExp;
  readonly predicate: Predicate;
  /** Prepositions that must introduce the object ("con"); empty = a direct object (personal "a" allowed). */
  readonly preps: readonly string[];
  /** Entity types the object may have (default: any). */
  readonly objectTypes?: readonly EntityType[];
  /** Speech verbs take a postposed subject ("…”, dijo Pérez"). */
  readonly speech?: boolean;
  /** Transfer verbs: the predicate depends on what is sent. */
  readonly transfer?: boolean;
  /** A noun whose agent may follow it with "de" ("la ofensiva del PP contra X"). */
  readonly agentAfter?: boolean;
  /** The object may be the subject of a "que" clause ("descubrió que X permitió …"). */
  readonly clausal?: boolean;
  /** The object follows its preposition at once ("llegó al Senado", not "llegó a un acuerdo con X"). */
  readonly adjacent?: boolean;
  /** A noun that must come between the verb and its preposition ("recibió subsidios de X"). */
  readonly theme?: RegExp;
  /** The object of the frame is the agent of the predicate ("X recibió fondos de Y" → Y SUBSIDIZED X). */
  readonly inverse?: boolean;
}

/**
 * Everything the extraction rules know about one language: its words, patterns and lexicons. Rule
 * code takes a pack and holds no words of its own; adding a language is one pack (see
 * docs/architecture.md, "Adding a language").
 */
export interface LanguagePack {
  readonly language: Language;
  readonly grammar: GrammarLexicon;
  readonly triggers: TriggerLexicon;
}
