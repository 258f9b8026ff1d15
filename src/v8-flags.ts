/**
 * V8 settings trama runs with. The CLI applies them before it loads anything else (bin/trama.js), and
 * the benchmarks do too, so they measure what the CLI runs. They are process-wide: extraction worker
 * threads share them.
 */
import { setFlagsFromString } from 'node:v8';

/**
 * - `--no-turbo-inline-array-builtins`: the optimising compiler no longer inlines `Array.prototype.map`,
 *   `filter`, `some`, … into their callers. Inlined, each such call is specialised to the kinds of array
 *   seen so far, and the first array of another kind (an empty `[]` where arrays of objects came before)
 *   throws the whole optimised caller away; the large rule functions (mention detection, the relation
 *   rules, coreference) are then recompiled, 100 ms and more each, on a compiler thread that competes
 *   with the extraction threads. Six passes over the 62 annotated articles made 133 deoptimisations with
 *   inlining and 46 without; the CPU of passes 2–4 fell by about 30 % and the steady state stayed the
 *   same (docs/benchmarks.md, session 8).
 * - `--heap-growing-percent=50`: after a major collection, V8 lets the old generation grow to 1.5 times
 *   what survived it. Its own rule allows up to 4 times on a machine with more than 2 GB of heap limit,
 *   and the graph that an ingest holds makes that rule expensive: a 10k-article ingest whose graph is
 *   400 MiB live peaked at 1,059–1,092 MiB RSS when a collection happened to fall early (182 → 769 MiB
 *   of heap before the next one) and at 858 MiB with this flag, for the same CPU (116.6 s against
 *   117–121 s; 20 % cost 50 % more time: the collections come too often). It applies to the extraction
 *   workers too, whose capped heaps already grew by at most 1.3 times (docs/benchmarks.md, session 9).
 */
export const V8_FLAGS: readonly string[] = [
  '--no-turbo-inline-array-builtins',
  '--heap-growing-percent=50',
];

/**
 * Sets {@link V8_FLAGS}: call before the code they concern has run (compiler flags apply to later
 * compilations, the heap flag to later collections).
 */
export function applyV8Flags(set: (flag: string) => void = setFlagsFromString): void {
  for (const flag of V8_FLAGS) set(flag);
}
