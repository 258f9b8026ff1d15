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
