/** Named steps on the browser's performance timeline (readable with performance.getEntriesByType('measure')). */
export function timed<T>(name: string, step: () => T): T {
  const start = performance.now();
  try {
    return step();
  } finally {
    performance.measure(`trama:${name}`, { start, end: performance.now() });
  }
}
