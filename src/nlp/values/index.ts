export { findDates } from './dates.js';
export { findQuantities } from './quantities.js';
export { parseNumber } from './numbers.js';
