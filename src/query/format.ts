/** Query result formatters: a registry from format name to renderer. */
import { stringify } from 'csv-stringify/sync';

export interface QueryResult {
  columns: string[];
  rows: unknown[][];
}

const cell = (v: unknown): string =>
  v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v);

function table(result: QueryResult): string {
  const header = result.columns;
  const body = result.rows.map((row) => row.map((v) => cell(v).replace(/\s*\n\s*/g, ' ')));
  const widths = header.map((h, i) =>
    Math.min(80, Math.max(h.length, ...body.map((r) => r[i]!.length))),
  );
  const fit = (s: string, w: number) => (s.length > w ? `${s.slice(0, w - 1)}…` : s.padEnd(w));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => fit(c, widths[i]!))
      .join(' | ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('-+-');
  const count = `(${result.rows.length} row${result.rows.length === 1 ? '' : 's'})`;
  return [line(header), rule, ...body.map(line), count].join('\n') + '\n';
}

function json(result: QueryResult): string {
  return `${JSON.stringify(
    result.rows.map((row) => Object.fromEntries(result.columns.map((c, i) => [c, row[i]]))),
    null,
    2,
  )}\n`;
}

function csv(result: QueryResult): string {
  return stringify([result.columns, ...result.rows.map((row) => row.map(cell))]);
}

export const QUERY_FORMATS = { table, json, csv } as const;
export type QueryFormat = keyof typeof QUERY_FORMATS;

export function isQueryFormat(value: string): value is QueryFormat {
  return Object.prototype.hasOwnProperty.call(QUERY_FORMATS, value);
}

export function formatQueryResult(result: QueryResult, format: QueryFormat): string {
  return QUERY_FORMATS[format](result);
}
