/**
 * Typed errors. Messages name the call (or file) and the bad value, as graphology's do.
 * `exitCode` is what the CLI exits with when the error reaches it.
 */
export class TramaError extends Error {
  readonly exitCode: number = 1;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Bad user input: a file that cannot be read as an article, a bad flag value. */
export class InputError extends TramaError {
  override readonly exitCode: number = 2;
  constructor(
    readonly file: string,
    readonly problem: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}: ${problem}`, options);
  }
}

/** A graph file or value that does not satisfy the schema. */
export class SchemaError extends TramaError {
  override readonly exitCode: number = 3;
  constructor(
    readonly where: string,
    readonly issues: readonly string[],
    what = 'trama graph',
  ) {
    super(
      `${where}: invalid ${what}: ${issues.slice(0, 5).join('; ')}${issues.length > 5 ? ` (+${issues.length - 5} more)` : ''}`,
    );
  }
}

/** A service (Neo4j, the browser) that cannot be reached or failed. */
export class ServiceError extends TramaError {
  override readonly exitCode: number = 4;
}

/** An internal invariant broke: a bug. */
export class InvariantError extends TramaError {
  override readonly exitCode: number = 70;
}
