/** The HTTP API refuses writes in its own words: no command-line advice such as --write. */
import { describe, expect, it } from 'vitest';
import { toHttpError } from '../../src/server/http-error.js';
import { ReadOnlyQueryError } from '../../src/store/index.js';

describe('/api/query write refusal', () => {
  it('is a 403 that says the endpoint is read-only and does not mention --write', () => {
    const cli = new ReadOnlyQueryError('Writing in read access mode not allowed');
    expect(cli.message).toContain('--write'); // the CLI's message keeps its advice
    const http = toHttpError(cli);
    expect(http.status).toBe(403);
    expect(http.message).toMatch(/^\/api\/query is read-only/);
    expect(`${http.message} ${http.hint}`).not.toContain('--write');
  });
});
