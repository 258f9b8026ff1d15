import type { GazetteerWord } from './gazetteer.js';

/** Per-token precomputed views. */
export interface TokenView {
  readonly norm: string;
  readonly lower: string;
  readonly shape: string;
  readonly short: string;
  readonly cap: boolean;
  readonly clusters: readonly number[] | undefined;
  /** Per gazetteer of the resources, what it knows about `lower` (absent for padding). */
  readonly gaz?: readonly (GazetteerWord | undefined)[];
}
