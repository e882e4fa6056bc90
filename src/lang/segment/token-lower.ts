/**
 * Re-export shim (issue 11, language packs): tokenLower moved to `src/doc/token-lower.ts` (the bottom layer src/doc/).
 * Kept this session only because other branches (ner, events, ...) still import this path;
 * remove once every import names src/doc/ directly.
 *
 * @example
 * import { tokenLower } from '../../doc/token-lower.js';
 */
export * from '../../doc/token-lower.js';
