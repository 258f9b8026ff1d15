export { addExtraction, createGraph, type TramaGraph } from './assemble.js';
export { fromEnvelope, serializeEnvelope, toEnvelope } from './envelope.js';
export * from './keys.js';
export { envelopeText, graphMeta, type EnvelopeTextOptions } from './envelope-stream.js';
export type * from './extraction.js';
export { applyMerges, mergeEntityNodes, type MergeOutcome } from './merge.js';
