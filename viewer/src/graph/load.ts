/** Loading graph files: from a URL (the server's /api/graph or any other) or from a local file. */
import { migrateEnvelope, parseGraphEnvelope, SchemaError, ServiceError } from '../schema.js';
import { timed } from '../ui/timing.js';
import {
  BACKGROUND_VALIDATION_CHARS,
  looksLikeEnvelope,
  validateInWorker,
} from './background-validation.js';
import type { LoadedGraph } from './types.js';

interface ApiErrorBody {
  error?: { message?: string; hint?: string };
}

async function errorFromResponse(url: string, response: Response): Promise<ServiceError> {
  let detail = `${response.status} ${response.statusText}`;
  try {
    const body = (await response.json()) as ApiErrorBody;
    if (body.error?.message)
      detail = body.error.message + (body.error.hint ? `\n${body.error.hint}` : '');
  } catch {
    // not a JSON error body: keep the status line
  }
  return new ServiceError(`${url}: could not load the graph: ${detail}`);
}

/** Parses a graph file's text: validated first when small, validated alongside drawing when large. */
export async function graphFromText(text: string, where: string): Promise<LoadedGraph> {
  if (text.length < BACKGROUND_VALIDATION_CHARS) {
    return {
      envelope: timed('parse+validate', () => parseGraphEnvelope(text, where)),
      source: where,
      validate: () => Promise.resolve(),
    };
  }
  let value: unknown;
  try {
    // A version-1 file is drawn as version 2 (string triggers dropped), as the validator reads it.
    value = timed('parse', () => migrateEnvelope(JSON.parse(text) as unknown));
  } catch (error) {
    throw new SchemaError(where, [`not valid JSON (${(error as Error).message})`]);
  }
  let validation: Promise<void> | null = null;
  const validate = () => (validation ??= validateInWorker(text, where, () => value));
  if (!looksLikeEnvelope(value)) {
    await validate(); // rejects with the schema's own message
    throw new SchemaError(where, ['not a trama graph']);
  }
  return { envelope: value, source: where, validate };
}

export async function loadGraphFromUrl(url: string): Promise<LoadedGraph> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new ServiceError(`${url}: could not be fetched (${(error as Error).message})`);
  }
  if (!response.ok) throw await errorFromResponse(url, response);
  const start = performance.now();
  const text = await response.text();
  performance.measure('trama:download', { start, end: performance.now() });
  return await graphFromText(text, url);
}

export async function loadGraphFromFile(file: File): Promise<LoadedGraph> {
  return await graphFromText(await file.text(), file.name);
}
