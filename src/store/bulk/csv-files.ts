/**
 * The CSV files of a bulk import, streamed to disk row by row (csv-stringify), in the format
 * `neo4j-admin database import full` reads: a header of `name:type` columns declared by the codecs,
 * array elements joined by ARRAY_DELIMITER (a control character normalised article text never holds;
 * a value that holds it is refused), every present value quoted (so an empty string is stored as one)
 * and an absent value left empty (so no property is stored, as `SET x += {p: null}` leaves none).
 */
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { InvariantError } from '../../schema/index.js';
import type { Props, PropertySpec } from '../codecs/index.js';

/** Between array elements: U+001F (unit separator), passed to the import as `U+001F`. */
export const ARRAY_DELIMITER = '\u001f';
export const ARRAY_DELIMITER_OPTION = 'U+001F';

export interface CsvRow {
  /** The values of the file's leading columns (ids, labels, type), in order. */
  columns: readonly string[];
  props: Props;
}

export interface CsvFileSpec {
  name: string;
  /** Leading column headers: `key:ID(Node)`, `:LABEL`, `:START_ID(Node)`, `:TYPE` ... */
  columns: readonly string[];
  properties: readonly PropertySpec[];
  rows: Iterable<CsvRow>;
}

export interface WrittenCsv {
  path: string;
  rows: number;
  /** True when a value holds a line break (the import then needs --multiline-fields=true). */
  multiline: boolean;
}

const LINE_BREAK = /[\r\n]/;

/** One property value as CSV text; null when absent (nothing stored). */
export function csvValue(value: unknown, spec: PropertySpec, where: string): string | null {
  if (value === null || value === undefined) return null;
  if (!spec.type.endsWith('[]')) return String(value); // Integer, number, boolean, ISO date-time, string
  if (!Array.isArray(value))
    throw new InvariantError(
      `${where}: property ${spec.name} is not a list: ${JSON.stringify(value)}`,
    );
  return value
    .map((element: unknown) => {
      const text = String(element);
      if (text.includes(ARRAY_DELIMITER))
        throw new InvariantError(
          `${where}: property ${spec.name} holds ${JSON.stringify(text)}, which contains the import's array delimiter U+001F`,
        );
      return text;
    })
    .join(ARRAY_DELIMITER);
}

export const csvHeader = (spec: CsvFileSpec): string[] => [
  ...spec.columns,
  ...spec.properties.map((p) => `${p.name}:${p.type}`),
];

export async function writeCsvFile(dir: string, spec: CsvFileSpec): Promise<WrittenCsv> {
  const path = join(dir, spec.name);
  let rows = 0;
  let multiline = false;
  function* records(): Generator<Array<string | null>> {
    yield csvHeader(spec);
    for (const row of spec.rows) {
      const where = `${spec.name} row ${rows + 1}`;
      const values = [
        ...row.columns,
        ...spec.properties.map((p) => csvValue(row.props[p.name], p, where)),
      ];
      if (!multiline && values.some((v) => v !== null && LINE_BREAK.test(v))) multiline = true;
      rows++;
      yield values;
    }
  }
  await pipeline(
    Readable.from(records()),
    stringify({ quoted_string: true }),
    createWriteStream(path),
  );
  return { path, rows, multiline };
}
