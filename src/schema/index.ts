/**
 * The one schema module: everything the CLI, the store, the API and the viewer must agree on — types
 * and runtime validation, node and edge keys, how an envelope is built (`makeEnvelope`), the flat
 * attribute columns of GEXF/GraphML, merges, and the extraction contract between nlp and graph.
 * Pure and dependency-light: it is the only part of src the viewer imports.
 */
export * from './types.js';
export * from './predicates.js';
export * from './evidence.js';
export * from './graph-file.js';
export * from './envelope.js';
export * from './errors.js';
export * from './validate.js';
export * from './merges.js';
export * from './migrate.js';
export * from './names.js';
export * from './flat-attributes.js';
export * from './keys.js';
export * from './apply-merges.js';
export type * from './extraction.js';
