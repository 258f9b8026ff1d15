/** Web worker: graph metrics off the main thread (see compute.ts). */
import { computeMetrics, type MetricsInput, type MetricsResult } from './compute.js';

export type MetricsReply = { ok: true; result: MetricsResult } | { ok: false; message: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<MetricsInput>) => void) | null;
  postMessage(message: MetricsReply): void;
};

scope.onmessage = (event) => {
  try {
    scope.postMessage({ ok: true, result: computeMetrics(event.data) });
  } catch (error) {
    scope.postMessage({ ok: false, message: `computeMetrics: ${(error as Error).message}` });
  }
};
