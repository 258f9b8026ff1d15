/** Web worker: parses and validates a graph file with the shared schema, off the main thread. */
import { parseGraphEnvelope, SchemaError } from '../schema.js';

export interface ValidationRequest {
  text: string;
  where: string;
}

export type ValidationReply =
  { ok: true } | { ok: false; where: string; issues: string[]; message: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ValidationRequest>) => void) | null;
  postMessage(message: ValidationReply): void;
};

scope.onmessage = (event) => {
  const { text, where } = event.data;
  try {
    parseGraphEnvelope(text, where);
    scope.postMessage({ ok: true });
  } catch (error) {
    const issues = error instanceof SchemaError ? [...error.issues] : [(error as Error).message];
    scope.postMessage({ ok: false, where, issues, message: (error as Error).message });
  }
};
