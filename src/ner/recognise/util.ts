/**
 * Small helpers of the recogniser's rules: strings (char codes instead of regex replaces) and the
 * list of found names, kept in order of start.
 *
 * @example
 * endingLength('gipfels', true); // 1
 */
import type { Found } from './types.js';

/**
 * Length of the inflection ending that /(en|n|s|es)$/ (withE: /(en|n|s|es|e)$/) would remove from
 * `w`: 2 for -en/-es, 1 for -n/-s (and -e), else 0. Char codes instead of a regex replace.
 */
export function endingLength(w: string, withE: boolean): number {
  const n = w.length;
  if (n === 0) return 0;
  const last = w.charCodeAt(n - 1);
  if (n >= 2 && w.charCodeAt(n - 2) === 101 && (last === 110 || last === 115)) return 2;
  if (last === 110 || last === 115 || (withE && last === 101)) return 1;
  return 0;
}

export function isAllCapsWord(s: string): boolean {
  return s === s.toUpperCase() && s !== s.toLowerCase();
}

export function titleCase(w: string): string {
  return w.charAt(0) + w.slice(1).toLowerCase();
}

/** Inserts `f` into `out` (ordered by start) after every name that starts where it starts or before. */
export function insertFound(out: Found[], f: Found): void {
  let at = out.length;
  while (at > 0 && out[at - 1].start > f.start) at--;
  out.splice(at, 0, f);
}
