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
  /** The words of date expressions around month and weekday names. */
  readonly dates: DateWords;
  /** Number words that make no quantity alone ("un", "medio"), only with a scale or digits. */
  readonly weakNumberWords: ReadonlySet<string>;
  /** The two words of a percentage ("por ciento", "per cent"). */
  readonly percentWords: readonly [string, string];
  /** How numbers are written: "30.000,5" (es) or "30,000.5" (en). */
  readonly numberFormat: { readonly thousands: string; readonly decimal: string };
  /** Prepositions (and their contractions with an article): a name after one is not a subject. */
  readonly prepositions: ReadonlySet<string>;
  /** Articles, definite and indefinite ("el", "una", "the", "an"). */
  readonly articles: ReadonlySet<string>;
  /** Words that open a noun phrase: articles, demonstratives, possessives ("la", "estos", "sus"). */
  readonly nounDeterminers: ReadonlySet<string>;
  /** Prepositions contracted with an article ("al", "del"). */
  readonly contractions: ReadonlySet<string>;
  /** The preposition of a role's body contracted with an article ("del" = "de el"). */
  readonly contractedOf: ReadonlySet<string>;
  /** Conjunctions that join the members of a list ("y", "o", "ni", "and", "or"). */
  readonly conjunctions: ReadonlySet<string>;
  /** The additive conjunctions among them ("y", "e", "and"): "A y B firmaron" makes A and B co-agents. */
  readonly andWords: ReadonlySet<string>;
}

/** Words of date expressions; each list is tried in order, as regular-expression alternatives. */
export interface DateWords {
  /** The word between a day and its month ("12 de junio"); absent when the month follows at once. */
  readonly dayMonth?: string;
  /** Between a month and its year ("junio de 2015", "del"), a regular-expression source. */
  readonly monthYear: string;
  /** Before a weekday ("este sábado", "el pasado lunes", "on Monday"). */
  readonly weekdayBefore: readonly string[];
  /** After a weekday ("el lunes pasado"). */
  readonly weekdayAfter: readonly string[];
  /** Before a period noun ("el año", "this week"). */
  readonly periodBefore: readonly string[];
  /** Period nouns ("año", "semana", "verano"). */
  readonly periodNouns: readonly string[];
  /** After a period noun ("pasado", "que viene"). */
  readonly periodAfter: readonly string[];
  /** "hace tres años": the word of "ago" before a count, and the units it counts. */
  readonly ago?: { readonly word: string; readonly units: readonly string[] };
  /** Days named relative to today ("ayer", "hoy"). */
  readonly deicticDays: readonly string[];
  /** Prepositions before a bare year ("en 2024", "since 2019"). */
  readonly yearPrepositions: readonly string[];
}

/** Words that bound and open clauses. */
export interface ClauseWords {
  /** Words that end the clause a verb's arguments are searched in ("que", "pero", "which", "but"). */
  readonly breaks: ReadonlySet<string>;
  /** Relative pronouns that may open a clause set off by commas ("que", "quien", "which"). */
  readonly relatives: ReadonlySet<string>;
  /** The relatives that stand only for a person ("quien", "quienes", "who"). */
  readonly personalRelatives: ReadonlySet<string>;
  /** Words that open a subordinate clause: a possessive's owner is not looked for past one. */
  readonly openers: ReadonlySet<string>;
  /** The complementiser a clausal object starts with ("que", "that"). */
  readonly complementizer: string;
}

/** Word-form patterns and clitics of the verb. */
export interface Morphology {
  /** Matches an infinitive ("negociar", "reunirse"). */
  readonly infinitive: RegExp;
  /** Object clitics written before the verb ("lo", "la", "les"). */
  readonly objectClitics: ReadonlySet<string>;
  /** Reflexive pronouns before a verb ("se"): a reflexive speech verb does not report speech. */
  readonly reflexives: ReadonlySet<string>;
  /** Matches a plural finite verb ("firmaron", "dicen"). */
  readonly pluralVerb: RegExp;
  /** Clitics and auxiliaries that may stand between a negation and its verb ("no se lo ha …"). */
  readonly preverbal: ReadonlySet<string>;
}

/** Words of the predicative-role rules ("X es el presidente de Y", "fue nombrado director de Y"). */
export interface PredicativeWords {
  /** Copulas that assign a role to the subject ("es", "fue"). */
  readonly copulas: ReadonlySet<string>;
  /** Participles of naming verbs ("nombrado", "elegida"). */
  readonly namingParticiples: RegExp;
  /** Forms of the verb of becoming ("se convirtió en"). */
  readonly become: RegExp;
  /** The preposition that follows the verb of becoming ("en"). */
  readonly becomePreposition: string;
  /** The word that introduces a role after verbs of serving ("como"). */
  readonly as: string;
  /** Nouns of membership before "de" ("parte de"). */
  readonly partNouns: ReadonlySet<string>;
  /** Words that may stand between the cue and the role ("el", "primer", "entonces"). */
  readonly skippable: ReadonlySet<string>;
  /** Words that may stand between the role and its body's name ("la", "extinta", "actual"). */
  readonly fillers: ReadonlySet<string>;
  /** Words that end a free modifier before the role ("con", "y", "no"). */
  readonly links: ReadonlySet<string>;
  /** Prepositions that link a role to the body it is of ("de", "del", "en"). */
  readonly bodyLinks: ReadonlySet<string>;
  /** The preposition that links a role to the person it is held with ("vicepresidente con X"). */
  readonly withPreposition: string;
}

/** Words of the title and apposition rules ("el ministro ruso, X", "X, presidente de Y"). */
export interface RoleWords {
  /** Articles that may stand before a role noun ("el", "la"). */
  readonly roleArticles: ReadonlySet<string>;
  /** Degree words inside a qualifier ("el barón más votado"). */
  readonly degreeWords: ReadonlySet<string>;
  /** Demonstratives of an anaphoric qualifier ("de aquella nación"). */
  readonly demonstratives: ReadonlySet<string>;
  /** Nouns that stand for a country in an anaphoric qualifier ("nación", "país"). */
  readonly countryNouns: ReadonlySet<string>;
  /** Nouns of a person's team ("gabinete", "campaña"): "exministro del gabinete de X" works for X. */
  readonly teamNouns: ReadonlySet<string>;
  /** Modifiers that may stand between an apposition's comma and its title ("primer", "nuevo"). */
  readonly titleModifiers: ReadonlySet<string>;
  /** Lower-case words that never stand there ("que", "de", "según"). */
  readonly notTitleModifiers: ReadonlySet<string>;
  /** Units of a duration before a title ("18 años portavoz"). */
  readonly durationUnits: ReadonlySet<string>;
  /** The lemma of membership given to an office held in a body ("miembro"). */
  readonly memberLemma: string;
  /** Role nominals that name the same office, by folded lemma → group ("canciller" → foreign minister). */
  readonly groups: Readonly<Record<string, string>>;
}

/** Words of the quotation rules. */
export interface QuoteWords {
  /** Nouns for what someone said ("argumento", "críticas"): "responde a las críticas de X:". */
  readonly sayingNouns: RegExp;
  /** Verbs that introduce a quotation after a colon ("ha añadido:"). */
  readonly introducingVerbs: RegExp;
  /** Documents that speak for their author ("comunicado", "informe"). */
  readonly documentNouns: RegExp;
}

/** Words of the located-in rules. */
export interface LocatedWords {
  /** Verbs of holding an event ("celebrar", "tener lugar"): "la cumbre se celebró en X". */
  readonly holdingVerbs: RegExp;
  /** Nouns of a class of place ("país", "provincia"): "X es la tercera ciudad de Y". */
  readonly placeClassNouns: RegExp;
  /** Copulas and verbs of becoming before such a noun. */
  readonly classCopulas: RegExp;
}

/** Nouns that state a relation inside a noun phrase ("el acuerdo entre A y B", "propietario de X"). */
export interface NounPhraseWords {
  /** Nouns of agreement ("acuerdo", "tratado"); the alliance nouns among them make ALLIED_WITH. */
  readonly cooperationNouns: RegExp;
  readonly meetingNouns: RegExp;
  readonly conflictNouns: RegExp;
  /** The preposition that introduces both parties ("entre", "between"). */
  readonly between: string;
  /** Nouns for an owner ("propietario", "accionista"). */
  readonly ownerNouns: RegExp;
  /** Nouns for what is owned, with their number ("propiedad" → sg, "propiedades" → pl). */
  readonly propertyNouns: ReadonlyMap<string, 'sg' | 'pl'>;
  /** Nouns for a group of companies ("conglomerado", "holding"). */
  readonly groupNouns: RegExp;
  /** Words that open the list of its members ("como", "incluidas"). */
  readonly listOpeners: ReadonlySet<string>;
}

/** A noun with a possessive agent and the preposition of its object ("su apoyo a X"). */
export interface NounFrame {
  readonly noun: RegExp;
  readonly preps: readonly string[];
  readonly predicate: Predicate;
  readonly objectTypes: readonly EntityType[];
}

/** Words of the possessive noun-frame rules. */
export interface NounFrameWords {
  readonly frames: readonly NounFrame[];
  /** Nouns for an opponent, whose name follows ("su rival, X"). */
  readonly rivals: RegExp;
  /** Nouns for an ally ("su mentor, X"). */
  readonly allies: RegExp;
  /** Possessive determiners ("su", "sus"). */
  readonly possessives: ReadonlySet<string>;
  /** "uno de sus …": the pronoun "one". */
  readonly one: ReadonlySet<string>;
  /** Spans of time in "años de servicio en X". */
  readonly serviceSpans: ReadonlySet<string>;
  /** Nouns of service ("militancia", "carrera"). */
  readonly serviceNouns: RegExp;
  /** Prepositions that introduce the body served ("en", "a"). */
  readonly servicePrepositions: ReadonlySet<string>;
}

/** Words of the portfolio rule: "director de Inspección y Evaluación" names no body. */
export interface PortfolioWords {
  /** Abstract-noun endings (accents folded, plural allowed): a portfolio is named by abstract nouns. */
  readonly abstractNouns: RegExp;
  /** Lower-case words that continue a portfolio ("y", "para", "con"). */
  readonly inside: ReadonlySet<string>;
  /** Prepositions between the title and its portfolio ("de", "en"). */
  readonly prepositions: ReadonlySet<string>;
  /** The preposition that chains two abstract nouns ("de"). */
  readonly of: string;
  /** The preposition of purpose that continues with an article ("para la Operación"). */
  readonly purpose: string;
  /** Degrees and chairs, which name a field ("doctorado en Ciencias Políticas"). */
  readonly degrees: RegExp;
  /** Roles (folded lemmas) that take a portfolio after "de". */
  readonly roles: ReadonlySet<string>;
}

/** Words of the mention rules. */
export interface MentionWords {
  readonly portfolio: PortfolioWords;
  /** Words right before a demonym that make it a language ("en español", "habla inglés"). */
  readonly languageCues: ReadonlySet<string>;
  /** Demonym endings that cannot name a language (languages are masculine singular: "español"). */
  readonly notLanguageEnding: RegExp;
  /** Fixed expressions with a capitalised common noun: noun → the two words before it ("golpe de Estado"). */
  readonly fixedExpressions: ReadonlyMap<string, readonly (readonly [string, string])[]>;
  /** Capitalised words that mark a span as a title of a work ("Stop The Trends"): English function words. */
  readonly titleWords: ReadonlySet<string>;
  /** Heads that name a territory or a body ("Departamento de …"): a body unless a place follows "de". */
  readonly territoryOrBodyHeads: ReadonlySet<string>;
  /**
   * Head nouns that name a body as often as a competition or event ("Liga Árabe" / "Liga de Campeones"):
   * they give a name no type of their own; the model or the context decides.
   */
  readonly ambiguousHeads: ReadonlySet<string>;
  /** Words that open a list of examples after a plural cue noun ("compañías como A, B y C"). */
  readonly exampleOpeners: ReadonlySet<string>;
  /**
   * Place nouns that, after a definite article, refer back to the last place of their type named before
   * ("el país", "la ciudad"), with that type.
   */
  readonly classNominals: ReadonlyMap<string, EntityType>;
  /** A chamber of parliament named by its side ("Cámara alta"): the capitalised noun and the sides. */
  readonly chamber: { readonly noun: string; readonly sides: ReadonlySet<string> };
  /** Head nouns of events and laws written in lower case ("las elecciones gallegas", "la ley X"). */
  readonly described: {
    readonly elections: RegExp;
    /** Adjectives of an election's kind ("presidencial", "municipales"). */
    readonly electionKinds: RegExp;
    /** Events named after what happened, qualified by a demonym or a date ("el sismo de 2017"). */
    readonly events: RegExp;
    readonly laws: RegExp;
    /**
     * Lower-case class nouns that form one name with the capitalised name after them ("la isla de Ross",
     * "el cártel de Sinaloa", "la carretera Pez Vela-Jalipa"): the whole is the entity, of `type`.
     * With `unlessPlace`, the noun only describes a name the gazetteer knows as a place ("la isla de
     * Cuba" is Cuba).
     */
    readonly compounds: readonly {
      readonly heads: RegExp;
      readonly type: EntityType;
      readonly unlessPlace: boolean;
    }[];
  };
  /** Nouns after which a person's name names an affair ("el caso X"). */
  readonly eponymCues: ReadonlySet<string>;
  /** Words that announce the title of a work ("un libro titulado …", "el trailer de “…”"). */
  readonly works: {
    /** Words after which a quoted title follows ("titulado", "llamado", "con el título"). */
    readonly naming: RegExp;
    /** Those of them a title may follow without quotes, up to punctuation ("titulado"). */
    readonly namingUnquoted: RegExp;
    /** Nouns of works next to a quoted title ("libro", "serie", "informe"). */
    readonly nouns: RegExp;
  };
}

/** Words of coreference: which names are one entity. */
export interface CorefWords {
  /** Words of a name that give no initial to its acronym ("de", "la", "y"). */
  readonly acronymSkips: ReadonlySet<string>;
  /** Adjectives that only scope an institution's name ("Gobierno Nacional", "Policía Regional"), folded. */
  readonly scopeAdjectives: ReadonlySet<string>;
  /** Capitalised synonym → the head noun of the institution it names ("ejecutivo" → "gobierno"), folded. */
  readonly institutionSynonyms: Readonly<Record<string, string>>;
  /** Words that, capitalised and alone, name the country the article is about ("estado"), folded. */
  readonly countryMetonyms: ReadonlySet<string>;
}

/** How the language writes names and noun phrases. */
export interface Typology {
  /** Demonyms are written in lower case ("rusos"), so a capitalised one past the first word is a name. */
  readonly lowercaseDemonyms: boolean;
  /** Noun phrases put their head last ("Olympic Committee"): a cue word at the end types the name. */
  readonly headFinal: boolean;
}

/**
 * Rules written for some languages only so far: each needs words (and tests) in the language before
 * it is switched on for it.
 */
export interface OptionalRules {
  /** Titles of works after a cue ("un libro titulado La confrontación política"). */
  readonly titlesOfWorks: boolean;
  /** Lower-case named events and laws ("la ley Villalba"). */
  readonly describedNames: boolean;
  /** A title's portfolio is not a name ("ministro de Exteriores"). */
  readonly portfolios: boolean;
  /** A country named for its government ("Moscú" for Russia) joins the country's entity. */
  readonly countryMetonyms: boolean;
}

/** Words of the verb-relation rules that are not the triggers themselves. */
export interface VerbWords {
  /** The preposition of a location complement ("en la ciudad de X"). */
  readonly locative: string;
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
  readonly typology: Typology;
  /** A statistical NER model is trained for the language (models/ner-<language>.model.bin.gz). */
  readonly nerModel: boolean;
  readonly rules: OptionalRules;
  readonly grammar: GrammarLexicon;
  readonly clauses: ClauseWords;
  readonly morphology: Morphology;
  readonly triggers: TriggerLexicon;
  readonly verbs: VerbWords;
  readonly predicative: PredicativeWords;
  readonly roles: RoleWords;
  readonly nounFrames: NounFrameWords;
  readonly nounPhrases: NounPhraseWords;
  readonly located: LocatedWords;
  readonly quotes: QuoteWords;
  readonly coref: CorefWords;
  readonly mentions: MentionWords;
}
