/** The viewer reads the same schema module as the CLI and the server. */
export * from '../../src/schema/index.js';
