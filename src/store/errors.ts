/** Turns driver errors into trama's typed errors with plain words and the server named. */
import { InputError, ServiceError, TramaError } from '../schema/index.js';
import { describeTarget, type Neo4jConfig } from './config.js';

const UNREACHABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
]);

export function errorCode(error: unknown): string {
  return String((error as { code?: unknown })?.code ?? '');
}

export function isUnreachable(error: unknown): boolean {
  const code = errorCode(error);
  const message = String((error as Error)?.message ?? '');
  return (
    UNREACHABLE_CODES.has(code) ||
    /connect|ECONNREFUSED|ECONNRESET|socket|closed|routing/i.test(code + message)
  );
}

export function isReadOnlyViolation(error: unknown): boolean {
  const message = String((error as Error)?.message ?? '');
  return (
    errorCode(error) === 'Neo.ClientError.Statement.AccessMode' ||
    /read access mode|in read mode|read-only/i.test(message)
  );
}

/** A query that writes, sent where writes are refused (read-only by default). */
export class ReadOnlyQueryError extends InputError {
  constructor(
    readonly detail: string,
    options?: { cause?: unknown },
  ) {
    super(
      'query',
      `this query writes to the graph, but queries are read-only by default; pass --write to allow writes (${detail})`,
      options,
    );
  }
}

/** `context` says what trama was doing ("storing article abc (3 of 10)"). */
export function neo4jError(error: unknown, config: Neo4jConfig, context: string): TramaError {
  if (error instanceof TramaError) return error;
  const code = errorCode(error);
  const message = String((error as Error)?.message ?? error).split('\n')[0]!;
  const target = describeTarget(config);
  if (
    code === 'Neo.ClientError.Security.Unauthorized' ||
    code === 'Neo.ClientError.Security.AuthenticationRateLimit'
  ) {
    return new ServiceError(
      `Neo4j at ${target} refused user ${JSON.stringify(config.username)} while ${context}: wrong password? ` +
        'Set NEO4J_USERNAME/NEO4J_PASSWORD or --neo4j-user/--neo4j-password.',
      { cause: error },
    );
  }
  if (isReadOnlyViolation(error)) {
    return new ReadOnlyQueryError(message, { cause: error });
  }
  if (
    code.startsWith('Neo.ClientError.Statement.') ||
    code === 'Neo.ClientError.Procedure.ProcedureNotFound'
  ) {
    return new InputError('query', `Neo4j rejected the Cypher while ${context}: ${message}`, {
      cause: error,
    });
  }
  if (isUnreachable(error)) {
    return new ServiceError(
      `cannot reach Neo4j at ${target} while ${context} (${code || 'connection failed'}: ${message}). ` +
        'Is it running? Start one with `trama neo4j start` or `docker compose up -d neo4j`, or point NEO4J_URI at yours.',
      { cause: error },
    );
  }
  return new ServiceError(
    `Neo4j at ${target} failed while ${context}: ${code ? `${code}: ` : ''}${message}`,
    { cause: error },
  );
}
