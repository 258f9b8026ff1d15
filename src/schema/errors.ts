/**
 * Typed errors. Messages name the call (or file) and the bad value, as graphology's do.
 * What the CLI exits with for each class is decided in one place: `src/cli/exit-codes.ts`.
 */
export class TramaError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A command used the wrong way: a bad flag value, a missing argument, an unknown name. */
export class UsageError extends TramaError {
  constructor(
    readonly flag: string,
    readonly problem: string,
  ) {
    super(`${flag}: ${problem}`);
  }
}

/** Bad user input: a file that cannot be read as an article, a bad value in it. */
export class InputError extends TramaError {
  constructor(
    readonly file: string,
    readonly problem: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}: ${problem}`, options);
  }
}

/** An output path that cannot be written (a missing parent that cannot be made, no permission). */
export class OutputError extends TramaError {
  constructor(
    readonly path: string,
    readonly problem: string,
    options?: { cause?: unknown },
  ) {
    super(`${path}: ${problem}`, options);
  }
}

/** A graph file or value that does not satisfy the schema. */
export class SchemaError extends TramaError {
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

/** A service (Neo4j, the browser, a port to listen on) that cannot be reached, started or used. */
export class ServiceError extends TramaError {}

/** An internal invariant broke: a bug. */
export class InvariantError extends TramaError {}
