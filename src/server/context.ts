/** What every route handler receives. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { QueryRunner } from './types.js';

export interface ResolvedServerConfig {
  graphPath: string;
  viewerDir: string;
  queryRunner: QueryRunner | null;
  maxBodyBytes: number;
  maxRows: number;
}

export interface RouteContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  config: ResolvedServerConfig;
}

export interface Route {
  method: 'GET' | 'POST';
  path: string;
  handle(context: RouteContext): Promise<void>;
}
