/**
 * What every codec shares: the property map Neo4j holds, the declared type of each stored property
 * (named as neo4j-admin import's CSV headers name them), and the value helpers of encoding and
 * decoding. Integers travel as driver Integers (Neo4j longs); other numbers as doubles.
 */
import neo4j, { type Integer } from 'neo4j-driver';
import type { z } from 'zod';
import { SchemaError } from '../../schema/index.js';

/** The properties of one node or relationship, as Neo4j stores them. */
export type Props = Record<string, unknown>;

export type PropertyType =
  'string' | 'long' | 'double' | 'boolean' | 'datetime' | 'string[]' | 'long[]';

export interface PropertySpec {
  readonly name: string;
  readonly type: PropertyType;
}

export const int = (n: number): Integer => neo4j.int(n);

export const nums = (v: unknown): number[] => (Array.isArray(v) ? v.map(Number) : []);
export const strs = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

/**
 * A list as the store keeps it: not at all when empty. Absent means empty for every list property
 * (neo4j-admin import cannot store an empty list, and the writer stores what the import stores);
 * `nums` and `strs` read an absent list back as `[]`.
 */
export const list = <T>(values: readonly T[]): readonly T[] | null =>
  values.length > 0 ? values : null;

/**
 * A string list parallel to another (one entry per evidence sentence): not stored when every entry
 * is empty, which reads back as an empty string at every index.
 */
export const parallelStrings = (values: readonly string[]): readonly string[] | null =>
  values.some((v) => v !== '') ? values : null;

/** `{ [key]: value }` when there is a value, `{}` for null, undefined or ''. */
export const optional = <K extends string, V>(key: K, value: V | null | undefined) =>
  value === null || value === undefined || value === '' ? {} : ({ [key]: value } as Record<K, V>);

/**
 * The properties Neo4j keeps after `SET x += props`: a property set to null is removed, so it is
 * never stored. Bulk import writes exactly these.
 */
export function stored(props: Props): Props {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null && v !== undefined));
}

/** A stored value checked against the schema; a value trama did not write is a SchemaError naming it. */
export function decodeWith<T>(
  schema: z.ZodType<T>,
  value: unknown,
  where: string,
  property: string,
): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new SchemaError(
    where,
    [`property ${property} holds ${JSON.stringify(value)}, which the schema does not accept`],
    'stored graph',
  );
}
