export { addExtraction, createGraph, type TramaGraph } from './assemble.js';
export { fromEnvelope, serializeEnvelope, toEnvelope } from './envelope.js';
export { envelopeHead, envelopeText, type EnvelopeTextOptions } from './envelope-stream.js';
export { SpillAssembler, type SpillOptions, type SpillTally } from './spill/index.js';
