/**
 * Re-export shim (issue 11, language packs): the token/sentence offset helpers moved to `src/doc/spans.ts` (the bottom layer src/doc/).
 * Kept this session only because other branches (ner, events, ...) still import this path;
 * remove once every import names src/doc/ directly.
 *
 * @example
 * import { tokenIndexAt } from '../doc/spans.js';
 */
export * from '../doc/spans.js';
