/**
 * The classifier's label space: `none`, then each relation category in both directions. `forward`
 * means the candidate's first end (the one earlier in the text, or the one outside the sentence) is the
 * relation's subject.
 */
import { RELATION_CATEGORIES, type RelationCategory } from '../../../schema/index.js';

export type Direction = 'forward' | 'backward';

export const NONE_LABEL = 0;
export const LABEL_COUNT = 1 + 2 * RELATION_CATEGORIES.length;

export function labelOf(category: RelationCategory, direction: Direction): number {
  const c = RELATION_CATEGORIES.indexOf(category);
  if (c < 0) throw new RangeError(`labelOf: unknown relation category ${JSON.stringify(category)}`);
  return 1 + 2 * c + (direction === 'forward' ? 0 : 1);
}

export function labelInfo(label: number): { category: RelationCategory; direction: Direction } {
  if (!Number.isInteger(label) || label < 1 || label >= LABEL_COUNT)
    throw new RangeError(`labelInfo: ${label} is not a relation label`);
  return {
    category: RELATION_CATEGORIES[Math.floor((label - 1) / 2)]!,
    direction: (label - 1) % 2 === 0 ? 'forward' : 'backward',
  };
}
