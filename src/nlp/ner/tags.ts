/** The NER tag set (IOB2 over PER/LOC/ORG/MISC) and the IOB transition constraint. */

export const ENTITY_TYPES = ['PER', 'LOC', 'ORG', 'MISC'] as const;
export type EntityTypeTag = (typeof ENTITY_TYPES)[number];

/** Tag index order used by the model's weight rows. */
export const TAGS: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];
export const TAG_INDEX: ReadonlyMap<string, number> = new Map(TAGS.map((t, i) => [t, i]));

/** The entity type of a tag (`'PER'` for `B-PER`), or undefined for `O`. */
export function tagType(tag: string): string | undefined {
  return tag === 'O' ? undefined : tag.slice(2);
}

/**
 * May `cur` follow `prev` in IOB2? `I-X` only after `B-X` or `I-X`; `prev === undefined` is the
 * sentence start (where `I-X` is not allowed either).
 */
export function allowedTransition(prev: string | undefined, cur: string): boolean {
  if (!cur.startsWith('I-')) return true;
  if (prev === undefined || prev === 'O') return false;
  return prev.slice(2) === cur.slice(2);
}

/** Rewrites an IOB1-style sequence to IOB2 (an `I-X` that cannot continue a chunk becomes `B-X`). */
export function toIob2(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    out.push(t.startsWith('I-') && !allowedTransition(out[i - 1], t) ? `B-${t.slice(2)}` : t);
  }
  return out;
}
