/** A whitespace-separated word list as a set: how packs write their closed classes. */
export const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));
