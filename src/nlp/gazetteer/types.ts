/** Public entry types of the gazetteer. Names are canonical display names; keys are built with `foldName`. */
import type { Language, PlaceType } from '../../schema/index.js';
import type { Predicate } from '../../schema/index.js';

export type { Language, PlaceType };

/** One string per language code ("es", "en"): an entry's name, a capital's name. */
export type ByLanguage<T> = Readonly<Record<Language, T>>;

export interface CountryEntry {
  /** ISO 3166-1 alpha-2, upper case ("KP"). */
  readonly iso2: string;
  /** ISO 3166-1 alpha-3 ("PRK"). */
  readonly iso3: string;
  /** Name in the canonical language (`names[CANONICAL_LANGUAGE]`, "Corea del Norte"). */
  readonly name: string;
  /** Name by language: `{ es: 'Corea del Norte', en: 'North Korea' }`. */
  readonly names: ByLanguage<string>;
  /** Other surface forms by language (official name, abbreviations, forms with article). */
  readonly aliases: ByLanguage<readonly string[]>;
  /** Capital city by language (`{ es: 'Londres', en: 'London' }`), when the country has one. */
  readonly capital?: ByLanguage<string>;
  /** GeoNames continent code: AF AN AS EU NA OC SA. */
  readonly continent: string;
  readonly population: number;
  /** True for the 193 UN member states. */
  readonly unMember: boolean;
}

/** A demonym names the people of a country, a region or a city (never of a bare "place"). */
export type DemonymTargetType = Exclude<PlaceType, 'Place'>;
export type Gender = 'm' | 'f';
export type GrammaticalNumber = 'sg' | 'pl';

export interface DemonymEntry {
  /** The inflected word as stored ("rusas"). */
  readonly word: string;
  /** Canonical Spanish name of what the word refers to ("Rusia", "Cataluña", "Moscú"). */
  readonly target: string;
  readonly targetType: DemonymTargetType;
  /** ISO country code of the target (of the containing country for regions and cities). */
  readonly countryCode: string;
  /** Absent when the form is the same for both genders ("estadounidense", "marroquí"). */
  readonly gender?: Gender;
  readonly number: GrammaticalNumber;
  readonly lang: Language;
}

export interface CityEntry {
  /** GeoNames id. */
  readonly id: number;
  /** Name in the canonical language (`names[CANONICAL_LANGUAGE]`). */
  readonly name: string;
  /**
   * Name by language: Spanish is the exonym where there is one ("Moscú"), otherwise the GeoNames name;
   * English is the GeoNames name ("Moscow").
   */
  readonly names: ByLanguage<string>;
  /** ISO 3166-1 alpha-2 of the containing country. */
  readonly countryCode: string;
  readonly population: number;
  /** GeoNames admin1 code (not ISO 3166-2). */
  readonly admin1: string;
  /**
   * Keys (`foldName` form) of the Latin-script GeoNames alternate names, kept for cities of at least
   * 50 000 inhabitants ("moskva", "moskau", "pekin"...). Stored as keys so loading needs no normalisation.
   */
  readonly alternateKeys: readonly string[];
}

export type RegionKind = 'subdivision' | 'supranational';

export interface RegionEntry {
  /** ISO 3166-2 code ("ES-CT") for subdivisions, a "X-" id ("X-LATAM") for supranational regions. */
  readonly code: string;
  /** Name in the canonical language (`names[CANONICAL_LANGUAGE]`, "Cataluña"). */
  readonly name: string;
  /** Name by language: `{ es: 'Cataluña', en: 'Catalonia' }`. */
  readonly names: ByLanguage<string>;
  /** Other surface forms of any language (local names, ISO forms). */
  readonly aliases: readonly string[];
  /** Containing country, absent for supranational regions. */
  readonly countryCode?: string;
  readonly kind: RegionKind;
  /** ISO 3166-2 subdivision type ("Autonomous community", "State"), or "Continent"/"Region" for supranational. */
  readonly subdivisionType: string;
}

export type PlaceSource = 'country' | 'city' | 'region' | 'supranational';

export interface PlaceCandidate {
  /** Name in the canonical language. */
  readonly name: string;
  /** Name by language. */
  readonly names: ByLanguage<string>;
  readonly type: PlaceType;
  readonly countryCode?: string;
  readonly population?: number;
  readonly source: PlaceSource;
  /** Ranking score (higher first); only meaningful within one result list. */
  readonly score: number;
  /** The entry behind the candidate. */
  readonly entry: CountryEntry | CityEntry | RegionEntry;
}

/** What a role noun attaches to: an organisation ("presidente de X"), a country, a place, or either. */
export type RoleAttachment = 'Organization' | 'Country' | 'Place' | 'OrganizationOrCountry' | 'Any';

export interface RoleEntry {
  /** Canonical lemma (masculine singular): "presidente", "ministro de Exteriores". */
  readonly lemma: string;
  /** The matched surface form, lower case. */
  readonly form: string;
  readonly predicate: Predicate;
  readonly attachesTo: RoleAttachment;
  /** Absent when the form is used for both genders ("portavoz", "líder"). */
  readonly gender?: Gender;
  readonly number: GrammaticalNumber;
  readonly lang: Language;
  /** Portfolio or speciality when the role has one ("Exteriores", "Defensa"). */
  readonly portfolio?: string;
  /** Countries (ISO alpha-2) where the title names another office, and its predicate there. */
  readonly predicateIn?: Readonly<Record<string, Predicate>>;
  /** True for abbreviations ("pdte.", "gral."). */
  readonly abbreviation?: boolean;
  /** True when the role is marked as past ("ex presidente", "expresidenta", "former president"). */
  readonly former?: boolean;
  /** Every role noun denotes a person. */
  readonly denotesPerson: true;
}

export interface RoleMatch {
  readonly entry: RoleEntry;
  /** Number of tokens matched. */
  readonly length: number;
}
