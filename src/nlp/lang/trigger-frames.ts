/** Shorthands the trigger lexicons of every language share: object-type groups and the frame builder. */
import type { EntityType, Predicate } from '../../schema/index.js';
import type { VerbTrigger } from './types.js';

export const PLACES: readonly EntityType[] = ['Country', 'City', 'Region', 'Place'];
export const AGENTS: readonly EntityType[] = ['Person', 'Organization', 'Country'];
export const PEOPLE: readonly EntityType[] = ['Person', 'Organization'];
export const THINGS: readonly EntityType[] = ['Event', 'Law', 'Other', 'Organization'];

export const v = (
  stem: RegExp,
  predicate: Predicate,
  preps: readonly string[] = [],
  extra: Partial<VerbTrigger> = {},
): VerbTrigger => ({ stem, predicate, preps, ...extra });
