import type { GazetteerWord } from './gazetteer.js';

/** Per-token precomputed views. */
export interface TokenView {
  readonly norm: string;
  readonly lower: string;
  readonly shape: string;
  readonly short: string;
  readonly cap: boolean;
  readonly clusters: readonly number[] | undefined;
  /**
   * Per gazetteer of the resources, what it knows about `lower` (undefined for padding: present on
   * every view, so all views share one object shape and the feature code stays monomorphic).
   */
  readonly gaz: readonly (GazetteerWord | undefined)[] | undefined;
}
