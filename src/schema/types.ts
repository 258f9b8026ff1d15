/**
 * The closed vocabularies of the trama data model: entity types, relation categories, certainty.
 * Everything else in the schema (predicates, node and edge attributes) is built on these.
 */
import { z } from 'zod';

/** Named-entity types. `Other` covers named works, diseases, religions, products. */
export const ENTITY_TYPES = [
  'Person',
  'Organization',
  'Country',
  'City',
  'Region',
  'Place',
  'Event',
  'Law',
  'Other',
] as const;
export const EntityTypeSchema = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityTypeSchema>;

/** Entity types that are places: the LOC of coarse annotations. */
export const PLACE_TYPES = [
  'Country',
  'City',
  'Region',
  'Place',
] as const satisfies readonly EntityType[];
export type PlaceType = (typeof PLACE_TYPES)[number];
/** Places that are not countries: what a place cue noun ("city", "region") introduces. */
export const NON_COUNTRY_PLACE_TYPES: readonly Exclude<PlaceType, 'Country'>[] = PLACE_TYPES.filter(
  (type) => type !== 'Country',
);

/** Entity types that act (meet, sign, accuse): people, organisations and countries. */
export const AGENT_TYPES = [
  'Person',
  'Organization',
  'Country',
] as const satisfies readonly EntityType[];
export type AgentType = (typeof AGENT_TYPES)[number];

const PLACE_TYPE_SET: ReadonlySet<string> = new Set(PLACE_TYPES);
const NON_COUNTRY_PLACE_SET: ReadonlySet<string> = new Set(NON_COUNTRY_PLACE_TYPES);
const AGENT_TYPE_SET: ReadonlySet<string> = new Set(AGENT_TYPES);
export const isPlaceType = (type: string): type is PlaceType => PLACE_TYPE_SET.has(type);
export const isNonCountryPlaceType = (type: string): type is Exclude<PlaceType, 'Country'> =>
  NON_COUNTRY_PLACE_SET.has(type);
export const isAgentType = (type: string): type is AgentType => AGENT_TYPE_SET.has(type);

/** Node kinds that are not named entities. */
export const VALUE_NODE_TYPES = ['Article', 'Date', 'Quantity'] as const;
export const NodeTypeSchema = z.enum([...ENTITY_TYPES, ...VALUE_NODE_TYPES]);
export type NodeType = z.infer<typeof NodeTypeSchema>;

/** Coarse type used when comparing with annotations that only distinguish PER/ORG/LOC/MISC. */
export const COARSE_TYPE: Readonly<Record<EntityType, 'PER' | 'ORG' | 'LOC' | 'MISC'>> = {
  Person: 'PER',
  Organization: 'ORG',
  Country: 'LOC',
  City: 'LOC',
  Region: 'LOC',
  Place: 'LOC',
  Event: 'MISC',
  Law: 'MISC',
  Other: 'MISC',
};

/** Relation categories: every relation edge has exactly one. */
export const RELATION_CATEGORIES = [
  'affiliation_role',
  'located_in',
  'meeting_visit',
  'communication',
  'cooperation',
  'conflict',
  'transfer',
  'other',
] as const;
export const RelationCategorySchema = z.enum(RELATION_CATEGORIES);
export type RelationCategory = z.infer<typeof RelationCategorySchema>;

/** `reported` when the text hedges or attributes the fact ("según", "supuestamente", conditional). */
export const CERTAINTIES = ['stated', 'reported'] as const;
export const CertaintySchema = z.enum(CERTAINTIES);
export type Certainty = z.infer<typeof CertaintySchema>;

export const LANGUAGES = ['es', 'en'] as const;
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;
