/**
 * Re-export shim (issue 11, language packs): the sentence token helpers moved to `src/doc/sentence-tokens.ts` (the bottom layer src/doc/).
 * Kept this session only because other branches (ner, events, ...) still import this path;
 * remove once every import names src/doc/ directly.
 *
 * @example
 * import { sentenceTokenRange } from '../../doc/sentence-tokens.js';
 */
export * from '../../doc/sentence-tokens.js';
