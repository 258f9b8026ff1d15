import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const pkg = require('../package.json') as { version: string };

export const TRAMA_VERSION: string = pkg.version;
export const GENERATOR = `trama ${TRAMA_VERSION}`;
