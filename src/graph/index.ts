export { addExtraction, createGraph, type TramaGraph } from './assemble.js';
export { fromEnvelope, serializeEnvelope, toEnvelope } from './envelope.js';
export * from './keys.js';
export type * from './extraction.js';
