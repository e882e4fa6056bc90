/**
 * Reading "content before the cue": the clause before an inverted cue clause is the content —
 * "„…“, sagte X.", "Die Lage sei ernst, stellte X fest.", "…, wie X mitteilte.", "…, X said."
 * (chosen in cue-clause.ts).
 *
 * @example
 * contentBeforeRanges(run, clause); // { ranges: [[floor, comma]], type: 'indirect' }
 */
import type { ReadingRanges } from './cue-clause.js';

export const contentBeforeRanges: ReadingRanges = (_run, c) => ({ ranges: [[c.prevFrom, c.clStart - 1]], type: 'indirect' });
