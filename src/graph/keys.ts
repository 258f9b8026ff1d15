/** Stable node and edge keys: the same entity in two articles gets the same key. */
import type { EntityType } from '../schema/index.js';

export function slug(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'x'
  );
}

export const entityKey = (type: EntityType, name: string): string => `${type}:${slug(name)}`;
export const articleKey = (articleId: string): string => `Article:${articleId}`;
export const dateKey = (articleId: string, iso: string | null, text: string): string =>
  iso ? `Date:${iso}` : `Date:${articleId}:${slug(text)}`;
export const quantityKey = (articleId: string, text: string): string =>
  `Quantity:${articleId}:${slug(text)}`;
export const relationKey = (source: string, predicate: string, target: string): string =>
  `${source}|${predicate}|${target}`;
export const mentionedInKey = (source: string, articleId: string): string =>
  `${source}|MENTIONED_IN|${articleId}`;
