/**
 * The PLOVER 2.0 event scale of a type and mode: the manual's score table (lexicons/plover/scores.tsv,
 * read by src/plover). Kept as the name the score stage and older callers use.
 *
 * @example
 * ploverScore('CONSULT', 'visit'); // 4
 * ploverScore('ASSAULT', null);    // -9
 */
import { eventScale } from '../plover/index.js';

/** Event scale of a type and mode: the mode's row, else the type's row, else 0. */
export function ploverScore(type: string, mode: string | null): number {
  return eventScale(type, mode);
}
