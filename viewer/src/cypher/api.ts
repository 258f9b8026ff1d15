/** The server's API as the viewer sees it: health and read-only Cypher. */
export interface Health {
  ok: boolean;
  version: string;
  neo4j: boolean;
}

export interface QueryReply {
  columns: string[];
  rows: unknown[][];
  rowCount: number;
  truncated: boolean;
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

export async function fetchHealth(): Promise<Health | null> {
  try {
    const response = await fetch('api/health');
    if (!response.ok) return null;
    return (await response.json()) as Health;
  } catch {
    return null;
  }
}

export async function runCypher(
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<QueryReply> {
  const response = await fetch('api/query', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ cypher, params }),
  });
  const body = (await response.json().catch(() => null)) as
    (QueryReply & { error?: { message: string; hint?: string } }) | null;
  if (!response.ok || !body || body.error) {
    throw new ApiError(
      body?.error?.message ?? `query failed: ${response.status} ${response.statusText}`,
      body?.error?.hint,
    );
  }
  return body;
}
