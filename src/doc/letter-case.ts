/**
 * Does a word start with a lower-case / an upper-case letter? The same answers as
 * `/^\p{Ll}/u.test(w)` and `/^\p{Lu}/u.test(w)`, with the ASCII letters decided by their code
 * (no regex run): the event and name stages ask this of nearly every token, and a Unicode
 * property regex costs several times a code comparison.
 *
 * @example
 * startsLower('griff'); // true
 * startsUpper('Ärger'); // true
 * startsUpper('3M');    // false
 */

const LL = /^\p{Ll}/u;
const LU = /^\p{Lu}/u;

/** True when `w` starts with a lower-case letter (Unicode Ll). */
export function startsLower(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return LL.test(w);
}

/** True when `w` starts with an upper-case letter (Unicode Lu). */
export function startsUpper(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return LU.test(w);
}
