/** Per-token precomputed views. */
export interface TokenView {
  readonly norm: string;
  readonly lower: string;
  readonly shape: string;
  readonly short: string;
  readonly cap: boolean;
  readonly clusters: readonly number[] | undefined;
}
