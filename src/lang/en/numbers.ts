/**
 * English number words: a cardinal from lexicons/en/number-words.tsv or a hyphenated tens-ones
 * pair ("twenty-three").
 *
 * @example
 * englishNumberWord('twenty-three', words); // 23 (words: the pack's number-word lookup)
 */
import type { NumberWords } from '../pack.js';

const R_CARDINAL: readonly string[] = ['one', 'teen', 'ten'];
const R_TEN: readonly string[] = ['ten'];
const R_ONE: readonly string[] = ['one'];

/** Value of an English cardinal number word ("seven", "twenty-three"), else null. */
export function englishNumberWord(s: string, w: NumberWords): number | null {
  const direct = w.lookup(s, R_CARDINAL);
  if (direct !== null) return direct;
  const dash = s.indexOf('-');
  if (dash <= 0) return null;
  const ten = w.lookup(s.slice(0, dash), R_TEN);
  const one = w.lookup(s.slice(dash + 1), R_ONE);
  return ten !== null && one !== null ? ten + one : null;
}
