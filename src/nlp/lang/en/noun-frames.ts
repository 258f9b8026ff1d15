import type { NounFrameWords } from '../types.js';

/** Matches nothing. */
const NONE = /(?!)/;

/** The possessive noun-frame rules are not written for English yet: no frames, so they never fire. */
export const EN_NOUN_FRAMES: NounFrameWords = {
  frames: [],
  rivals: NONE,
  allies: NONE,
  possessives: new Set(),
  one: new Set(),
  serviceSpans: new Set(),
  serviceNouns: NONE,
  servicePrepositions: new Set(),
};
