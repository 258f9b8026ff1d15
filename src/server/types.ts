/** Contracts of the trama HTTP server: the injected Cypher runner and the server's options. */

/** The result of a read-only Cypher query, as a table. */
export interface QueryResult {
  columns: string[];
  rows: unknown[][];
}

/**
 * Runs read-only Cypher (the same code path as `trama query`). The server never opens Neo4j itself:
 * whoever starts it injects a runner, or `null` when no Neo4j is configured.
 */
export interface QueryRunner {
  run(cypher: string, params: Record<string, unknown>): Promise<QueryResult>;
  close(): Promise<void>;
}

export interface ServerOptions {
  /** The trama graph file served at /api/graph. */
  graphPath: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Defaults to 127.0.0.1: the server is local unless asked otherwise. */
  host?: string;
  /** null (the default) when no Neo4j is configured. */
  queryRunner?: QueryRunner | null;
  /** The built viewer (default: `<package>/viewer/dist`). */
  viewerDir?: string;
  /** Largest accepted request body in bytes (default 64 KiB). */
  maxBodyBytes?: number;
  /** Most rows /api/query returns (default 5000); the reply says when it cut. */
  maxRows?: number;
}

export interface RunningServer {
  /** http://host:port/ */
  readonly url: string;
  readonly port: number;
  readonly host: string;
  /** Stops accepting connections and closes the query runner, if any. */
  close(): Promise<void>;
}
