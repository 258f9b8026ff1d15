/**
 * What the extractor knows about the world, independent of any article: places, demonyms, role
 * titles, cue words, given names, and an optional statistical NER model. The NLP stages depend on
 * this interface only; `src/nlp/resources.ts` builds it from the gazetteers and the model.
 */
import type { EntityType, Language, PlaceType, Predicate } from '../schema/index.js';
import type { RelationModel } from './relations/model/model.js';

export interface PlaceInfo {
  /** Canonical name in the article's language ("Corea del Norte"). */
  readonly name: string;
  readonly type: PlaceType;
  /** Canonical name of the country containing it (for cities and regions). */
  readonly country?: string;
  readonly population?: number;
}

/** Population under which a gazetteer city is a small town: its name is often also a word or a surname. */
export const SMALL_TOWN_POPULATION = 100_000;

/** A city of the gazetteer too small for its name alone to say "place" ("Justicia", "Reforma"). */
export const isSmallTown = (place: PlaceInfo): boolean =>
  place.type === 'City' && (place.population ?? 0) < SMALL_TOWN_POPULATION;

export interface DemonymInfo {
  /** Canonical name of what the demonym evokes ("Rusia" for "rusos"). */
  readonly target: string;
  readonly targetType: PlaceType | 'Organization';
}

export interface RoleInfo {
  /** Canonical lemma ("presidente", "ministro de exteriores"). */
  readonly lemma: string;
  /** Role nominals of the same group corefer: "canciller" and "ministro de exteriores" share one. */
  readonly group: string;
  /** Predicate from the holder to what the role is "of". */
  readonly predicate: Predicate;
  /** The predicate where the role is of one of these countries (canonical names, folded), when it differs. */
  readonly predicateIn?: ReadonlyMap<string, Predicate>;
  /** A plural form ("ministros", "officials"): it does not stand in apposition to one name. */
  readonly plural?: true;
  /** Role of a country's government (presidente, canciller): an unqualified mention may take the speaker's country. */
  readonly national: boolean;
  /** The role can be held in an organisation ("fundador de X", "portavoz de X"): what follows "de" may be one. */
  readonly organizational: boolean;
}

export interface RoleMatch {
  readonly role: RoleInfo;
  /** Number of tokens the role phrase spans. */
  readonly length: number;
}

/** Head nouns that announce what kind of name follows ("la ciudad de X", "la agencia X", "Ministerio de ..."). */
export type CueType = Exclude<EntityType, 'Person' | 'Other' | 'Country'>;

export interface NerSpan {
  readonly start: number;
  readonly end: number;
  readonly label: 'PER' | 'LOC' | 'ORG' | 'MISC';
  readonly confidence: number;
}

export interface Knowledge {
  readonly language: Language;
  /** Places whose name (or variant) is `surface`, best first. */
  places(surface: string): readonly PlaceInfo[];
  demonym(word: string): DemonymInfo | undefined;
  /**
   * False when no demonym of two or more words starts with `lowerWord`: `demonym("word next")` then
   * finds none for a `next` with a letter or digit left after folding (`foldName`).
   */
  demonymPhraseStart(lowerWord: string): boolean;
  /** The longest role phrase starting at token `i` of `lowerTokens`. */
  roleAt(lowerTokens: readonly string[], i: number): RoleMatch | undefined;
  /** Type announced by a cue noun ("ciudad" → City, "agencia" → Organization). */
  cue(lowerWord: string): CueType | undefined;
  /** True for tokens that close an organisation name ("S.A.", "Inc.", "Channel", "Televisión"). */
  isOrgSuffix(lowerWord: string): boolean;
  /** True for common given names ("Carlos", "María", "John"). */
  isGivenName(word: string): boolean;
  /** True for words news text also writes in lower case ("productos", "casa"): not the start of a person's name. */
  isCommonWord(lowerWord: string): boolean;
  /**
   * Statistical NER over an article's sentences (tokens), one span list per sentence, when a model is
   * available. The whole article is given so the model can see how a word is written elsewhere in it.
   */
  ner?(sentences: readonly (readonly string[])[]): readonly (readonly NerSpan[])[];
  /** A trained relation classifier for the language, when one is available (else the rules decide). */
  readonly relationModel?: RelationModel;
}
