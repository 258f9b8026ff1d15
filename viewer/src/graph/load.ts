/** Loading graph files: from a URL (the server's /api/graph or any other) or from a local file. */
import { parseGraphEnvelope, ServiceError } from '../schema.js';
import type { LoadedGraph } from './types.js';

interface ApiErrorBody {
  error?: { message?: string; hint?: string };
}

async function errorFromResponse(url: string, response: Response): Promise<ServiceError> {
  let detail = `${response.status} ${response.statusText}`;
  try {
    const body = (await response.json()) as ApiErrorBody;
    if (body.error?.message) detail = body.error.message + (body.error.hint ? `\n${body.error.hint}` : '');
  } catch {
    // not a JSON error body: keep the status line
  }
  return new ServiceError(`${url}: could not load the graph: ${detail}`);
}

export async function loadGraphFromUrl(url: string): Promise<LoadedGraph> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new ServiceError(`${url}: could not be fetched (${(error as Error).message})`);
  }
  if (!response.ok) throw await errorFromResponse(url, response);
  const text = await response.text();
  return { envelope: parseGraphEnvelope(text, url), source: url };
}

export async function loadGraphFromFile(file: File): Promise<LoadedGraph> {
  const text = await file.text();
  return { envelope: parseGraphEnvelope(text, file.name), source: file.name };
}
