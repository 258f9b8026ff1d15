/** An error with an HTTP status; its message is what the client sees. */
import { InputError, SchemaError, ServiceError, TramaError } from '../schema/index.js';
import { ReadOnlyQueryError } from '../store/index.js';

export class HttpError extends TramaError {
  constructor(
    readonly status: number,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** Status for errors thrown by code the server calls (the query runner, the graph reader). */
const STATUS_BY_ERROR: ReadonlyArray<readonly [abstract new (...args: never[]) => Error, number]> =
  [
    [InputError, 400],
    [SchemaError, 422],
    [ServiceError, 503],
  ];

export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  // The CLI's advice (--write) means nothing to an API client: this endpoint never writes.
  if (error instanceof ReadOnlyQueryError)
    return new HttpError(
      403,
      `/api/query is read-only and this query writes to the graph (${error.detail})`,
      'use MATCH … RETURN queries here; the graph changes only through `trama ingest`',
    );
  for (const [type, status] of STATUS_BY_ERROR) {
    if (error instanceof type) return new HttpError(status, (error as Error).message);
  }
  return new HttpError(
    500,
    `internal error: ${error instanceof Error ? error.message : String(error)}`,
  );
}
