/**
 * Large files are drawn first and then validated with the shared schema in a web worker: the first
 * frame does not wait for validation, and an invalid file still ends in the schema's error (the view
 * is replaced by it). Small files are validated before anything is drawn.
 */
import { SchemaError, validateGraphEnvelope, type GraphEnvelope } from '../schema.js';
import type { ValidationReply } from './validate.worker.js';

/** Files at least this long (in UTF-16 units) are validated in the background. */
export const BACKGROUND_VALIDATION_CHARS = 4_000_000;

export function validateInWorker(
  text: string,
  where: string,
  fallbackValue: () => unknown,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let worker: Worker;
    const onMainThread = () => {
      // No worker (blocked or failed to start): validate here, after the first frame.
      setTimeout(() => {
        try {
          validateGraphEnvelope(fallbackValue(), where);
          resolve();
        } catch (error) {
          reject(error);
        }
      }, 0);
    };
    try {
      worker = new Worker(new URL('./validate.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      onMainThread();
      return;
    }
    worker.onmessage = (event: MessageEvent<ValidationReply>) => {
      worker.terminate();
      const reply = event.data;
      if (reply.ok) resolve();
      else reject(new SchemaError(reply.where, reply.issues));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      onMainThread();
    };
    worker.postMessage({ text, where });
  });
}

/** Just enough shape to build a graph from; everything else is the validator's job. */
export function looksLikeEnvelope(value: unknown): value is GraphEnvelope {
  const v = value as {
    format?: unknown;
    graph?: { nodes?: unknown; edges?: unknown; options?: unknown };
  } | null;
  return (
    !!v &&
    v.format === 'trama-graph' &&
    !!v.graph &&
    Array.isArray(v.graph.nodes) &&
    Array.isArray(v.graph.edges) &&
    typeof v.graph.options === 'object'
  );
}
