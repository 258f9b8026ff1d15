/**
 * Merge lists: "these two nodes are the same entity" decisions made by a person (in the viewer) and
 * replayed by `trama ingest --merges FILE`, so they survive the next ingest.
 *
 *   { format: "trama-merges", version: 1, merges: [{ into: KEY, from: KEY, note? }] }
 *
 * `from` is merged into `into`: its names become aliases, its mentions, articles and edges move.
 */
import { z } from 'zod';
import { SchemaError } from './errors.js';

export const MERGES_FORMAT = 'trama-merges' as const;
export const MERGES_VERSION = 1 as const;
const WHAT = 'trama merge list';

export const MergeSchema = z
  .object({
    /** The node that stays. */
    into: z.string().min(1),
    /** The node merged into it (it disappears). */
    from: z.string().min(1),
    /** Why, in the curator's words (kept, never interpreted). */
    note: z.string().optional(),
  })
  .refine((m) => m.into !== m.from, { message: 'into and from are the same node' });
export type Merge = z.infer<typeof MergeSchema>;

export const MergeListSchema = z.object({
  format: z.literal(MERGES_FORMAT),
  version: z.literal(MERGES_VERSION),
  merges: z.array(MergeSchema),
});
export type MergeList = z.infer<typeof MergeListSchema>;

export function mergeList(merges: readonly Merge[]): MergeList {
  return { format: MERGES_FORMAT, version: MERGES_VERSION, merges: [...merges] };
}

/** Parse and validate a merge list; errors name `where` (the file) and the bad field. */
export function parseMergeList(json: string, where: string): MergeList {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new SchemaError(where, [`not valid JSON (${(error as Error).message})`], WHAT);
  }
  const parsed = MergeListSchema.safeParse(value);
  if (!parsed.success)
    throw new SchemaError(
      where,
      parsed.error.issues.map(
        (i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`,
      ),
      WHAT,
    );
  return parsed.data;
}
