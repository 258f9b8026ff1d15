/**
 * The relation predicate vocabulary: a registry from predicate to its category and meaning.
 * Relationship types written to Neo4j come only from this registry, so it is also a safety boundary.
 */
import { z } from 'zod';
import type { RelationCategory } from './types.js';

export interface PredicateInfo {
  readonly category: RelationCategory;
  /** Plain-English meaning, shown in docs and in the viewer. */
  readonly description: string;
  /** True when `a P b` implies `b P a` (e.g. MET_WITH); direction then follows the text. */
  readonly symmetric?: boolean;
}

export const PREDICATES = {
  // affiliation_role
  LEADER_OF: {
    category: 'affiliation_role',
    description: 'leads (head of state, party or group leader)',
  },
  PRESIDENT_OF: { category: 'affiliation_role', description: 'is president of' },
  VICE_PRESIDENT_OF: { category: 'affiliation_role', description: 'is vice-president of' },
  MINISTER_OF: {
    category: 'affiliation_role',
    description: 'is a minister of (country or government)',
  },
  HEAD_OF: { category: 'affiliation_role', description: 'heads, directs or chairs' },
  MAYOR_OF: { category: 'affiliation_role', description: 'is mayor of' },
  GOVERNOR_OF: { category: 'affiliation_role', description: 'is governor of' },
  MONARCH_OF: { category: 'affiliation_role', description: 'is king or queen of' },
  LEGISLATOR_FOR: {
    category: 'affiliation_role',
    description: 'is senator, deputy or representative for',
  },
  AMBASSADOR_TO: { category: 'affiliation_role', description: 'is ambassador to' },
  SPOKESPERSON_OF: { category: 'affiliation_role', description: 'speaks for' },
  MEMBER_OF: { category: 'affiliation_role', description: 'is a member of' },
  WORKS_FOR: { category: 'affiliation_role', description: 'works for, holds a post in' },
  FOUNDER_OF: { category: 'affiliation_role', description: 'founded' },
  CITIZEN_OF: { category: 'affiliation_role', description: 'is a national of' },
  // located_in
  LOCATED_IN: { category: 'located_in', description: 'is located in' },
  BASED_IN: { category: 'located_in', description: 'is based or headquartered in' },
  OCCURRED_IN: { category: 'located_in', description: 'took place in' },
  // meeting_visit
  MET_WITH: { category: 'meeting_visit', description: 'met with', symmetric: true },
  VISITED: { category: 'meeting_visit', description: 'visited or travelled to' },
  RECEIVED: { category: 'meeting_visit', description: 'received or hosted (a visitor)' },
  // communication
  SAID_TO: { category: 'communication', description: 'said something to' },
  REPORTED_BY: {
    category: 'communication',
    description: 'a statement of the subject was reported by',
  },
  PRAISED: { category: 'communication', description: 'praised' },
  CRITICIZED: { category: 'communication', description: 'criticised' },
  ACCUSED: { category: 'communication', description: 'accused' },
  URGED: { category: 'communication', description: 'urged, asked or called on' },
  ANNOUNCED: { category: 'communication', description: 'announced (an event, law or measure)' },
  SPOKE_ABOUT: { category: 'communication', description: 'named the object in a quoted statement' },
  INTERVIEWED_BY: { category: 'communication', description: 'was interviewed by' },
  // cooperation
  SUPPORTS: { category: 'cooperation', description: 'supports or backs' },
  ALLIED_WITH: { category: 'cooperation', description: 'is allied with', symmetric: true },
  SIGNED_AGREEMENT_WITH: {
    category: 'cooperation',
    description: 'signed an agreement with',
    symmetric: true,
  },
  COOPERATES_WITH: {
    category: 'cooperation',
    description: 'cooperates or works with',
    symmetric: true,
  },
  NEGOTIATED_WITH: { category: 'cooperation', description: 'negotiated with', symmetric: true },
  // conflict
  OPPOSED: { category: 'conflict', description: 'opposes or rejects' },
  DENOUNCED: { category: 'conflict', description: 'denounced or filed a complaint against' },
  ATTACKED: { category: 'conflict', description: 'attacked' },
  INVADED: { category: 'conflict', description: 'invaded' },
  FOUGHT: { category: 'conflict', description: 'fought against or in' },
  SUED: { category: 'conflict', description: 'sued or prosecuted' },
  INVESTIGATED: { category: 'conflict', description: 'investigated' },
  SANCTIONED: { category: 'conflict', description: 'sanctioned, fined, fired or dismissed' },
  DEFEATED: { category: 'conflict', description: 'defeated' },
  COMPETES_AGAINST: { category: 'conflict', description: 'competes against', symmetric: true },
  // transfer
  SENT_TROOPS_TO: { category: 'transfer', description: 'sent soldiers or troops to' },
  SENT_WEAPONS_TO: { category: 'transfer', description: 'sent weapons or arms to' },
  SENT_AID_TO: { category: 'transfer', description: 'sent goods, aid or money to' },
  SUBSIDIZED: { category: 'transfer', description: 'subsidised or paid' },
  // other
  OWNS: { category: 'other', description: 'owns' },
  PART_OF: { category: 'other', description: 'is part of' },
  AUTHOR_OF: { category: 'other', description: 'wrote or created' },
  CANDIDATE_IN: { category: 'other', description: 'is a candidate in' },
  WON: { category: 'other', description: 'won' },
  BORN_IN: { category: 'other', description: 'was born in' },
  WORKED_IN: { category: 'other', description: 'worked or operated in (a place)' },
  RELATED_TO: { category: 'other', description: 'another stated relation' },
} as const satisfies Record<string, PredicateInfo>;

export type Predicate = keyof typeof PREDICATES;
export const PREDICATE_NAMES = Object.keys(PREDICATES) as Predicate[];
export const PredicateSchema = z.enum(PREDICATE_NAMES as [Predicate, ...Predicate[]]);

export function isPredicate(value: string): value is Predicate {
  return Object.prototype.hasOwnProperty.call(PREDICATES, value);
}

export function predicateInfo(predicate: Predicate): PredicateInfo {
  return PREDICATES[predicate];
}

export function categoryOf(predicate: Predicate): RelationCategory {
  return PREDICATES[predicate].category;
}

/**
 * The predicate a relation of a category gets when nothing in the text names a more precise one (the
 * statistical relation model decides the category; a trigger verb or a rule usually names the predicate).
 */
export const CATEGORY_DEFAULT_PREDICATE: Readonly<Record<RelationCategory, Predicate>> = {
  affiliation_role: 'MEMBER_OF',
  located_in: 'LOCATED_IN',
  meeting_visit: 'MET_WITH',
  communication: 'SPOKE_ABOUT',
  cooperation: 'SUPPORTS',
  conflict: 'OPPOSED',
  transfer: 'SENT_AID_TO',
  other: 'RELATED_TO',
};

/** Plain co-occurrence is never a relation: it has a category of its own. */
export const COOCCURRENCE_PREDICATE = 'CO_OCCURS_WITH' as const;
export const MENTIONED_IN_PREDICATE = 'MENTIONED_IN' as const;
