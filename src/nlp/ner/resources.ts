/**
 * Everything the feature extractor consults besides the tokens: word clusters, phrase gazetteers (the
 * one derived from the training data, plus any external list passed in later), and the set of words
 * seen in lower case in unlabelled text (tells a capitalised common word from a likely name).
 */
import { ClusterTable } from './clusters.js';
import type { GazetteerSource } from './gazetteer.js';

export interface FeatureResources {
  readonly clusters: ClusterTable;
  readonly gazetteers: readonly GazetteerSource[];
  /** Lower-cased words seen written in lower case (not sentence-initially) in unlabelled text. */
  readonly commonLower: ReadonlySet<string>;
}

export function emptyResources(): FeatureResources {
  return { clusters: ClusterTable.empty(), gazetteers: [], commonLower: new Set() };
}
