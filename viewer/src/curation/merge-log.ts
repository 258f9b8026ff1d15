/**
 * The merges decided in this page ("these two are the same entity"), in order. It outlives the
 * session it was made in (a merge reopens the merged graph) and is exported as a trama-merges file.
 */
import { mergeList, type Merge, type MergeList } from '../schema.js';

const merges: Merge[] = [];

export const mergeLog = {
  add(merge: Merge): void {
    merges.push(merge);
  },
  list(): readonly Merge[] {
    return merges;
  },
  toFile(): MergeList {
    return mergeList(merges);
  },
};
