/**
 * Re-export shim (issue 11, language packs): the Doc, its layers and createDoc/warn/toResult moved to `src/doc/doc.ts` (the bottom layer src/doc/).
 * Kept this session only because other branches (ner, events, ...) still import this path;
 * remove once every import names src/doc/ directly.
 *
 * @example
 * import { createDoc } from '../doc/doc.js';
 */
export * from '../doc/doc.js';
