/**
 * Stable node and edge keys (part of the graph file's contract: the CLI, the store, merges and the
 * viewer's curation all make keys here): the same entity in two articles gets the same key. Names enter keys
 * through the schema's `nameSlug` (the one folding: "EE.UU." and "EEUU" are one key).
 */
import { nameSlug } from './names.js';
import type { EntityType } from './types.js';

export const entityKey = (type: EntityType, name: string): string => `${type}:${nameSlug(name)}`;
export const articleKey = (articleId: string): string => `Article:${articleId}`;
export const dateKey = (articleId: string, iso: string | null, text: string): string =>
  iso ? `Date:${iso}` : `Date:${articleId}:${nameSlug(text)}`;
export const quantityKey = (articleId: string, text: string): string =>
  `Quantity:${articleId}:${nameSlug(text)}`;
export const relationKey = (source: string, predicate: string, target: string): string =>
  `${source}|${predicate}|${target}`;
export const mentionedInKey = (source: string, articleId: string): string =>
  `${source}|MENTIONED_IN|${articleId}`;
