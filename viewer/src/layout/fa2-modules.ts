/**
 * graphology-layout-forceatlas2 ships CommonJS with `export default` typings: under NodeNext the
 * default import is typed as the module object while bundlers hand over `module.exports` itself.
 * This module resolves both to the real values, once.
 */
import fa2Module from 'graphology-layout-forceatlas2';
import fa2WorkerModule from 'graphology-layout-forceatlas2/worker.js';

function interopDefault<T>(module: { default: T }): T {
  return ((module as unknown as { default?: T }).default ?? module) as T;
}

export const forceAtlas2 = interopDefault(fa2Module);
export const FA2Layout = interopDefault(fa2WorkerModule);
export type FA2Layout = InstanceType<typeof FA2Layout>;
