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
  /**
   * For a string list kept parallel to another list (one entry per evidence sentence, per mention): the
   * list it parallels. An empty string is then a real entry (a relation without a rule), so a list
   * that is missing after a bulk import stands for as many empty strings as the other list has entries.
   */
  readonly parallelTo?: string;
}

export const int = (n: number): Integer => neo4j.int(n);

export const nums = (v: unknown): number[] => (Array.isArray(v) ? v.map(Number) : []);
export const strs = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

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
