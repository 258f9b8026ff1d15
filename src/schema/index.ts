/** The one schema module: types and runtime validation shared by CLI, store, API and viewer. */
export * from './types.js';
export * from './predicates.js';
export * from './evidence.js';
export * from './graph-file.js';
export * from './errors.js';
export * from './validate.js';
export * from './merges.js';
export * from './migrate.js';
export * from './names.js';
