/** graphology-layout-forceatlas2's CommonJS modules resolved to their real values, once. */
import fa2Module from 'graphology-layout-forceatlas2';
import fa2WorkerModule from 'graphology-layout-forceatlas2/worker.js';
import { interopDefault } from '../util/interop-default.js';

export const forceAtlas2 = interopDefault(fa2Module);
export const FA2Layout = interopDefault(fa2WorkerModule);
export type FA2Layout = InstanceType<typeof FA2Layout>;
