/** Shorthands the trigger lexicons of every language share: object-type groups and the frame builder. */
import { AGENT_TYPES, PLACE_TYPES, type EntityType, type Predicate } from '../../schema/index.js';
import type { VerbTrigger } from './types.js';

export const PLACES: readonly EntityType[] = PLACE_TYPES;
export const AGENTS: readonly EntityType[] = AGENT_TYPES;
export const PEOPLE: readonly EntityType[] = ['Person', 'Organization'];
export const THINGS: readonly EntityType[] = ['Event', 'Law', 'Other', 'Organization'];

export const v = (
  stem: RegExp,
  predicate: Predicate,
  preps: readonly string[] = [],
  extra: Partial<VerbTrigger> = {},
): VerbTrigger => ({ stem, predicate, preps, ...extra });
