/**
 * Character classes by UTF-16 code unit, filled lazily into a table so that the tokenizer and
 * the sentence rules test letters without a Unicode regular expression per character.
 *
 * @example
 * isLetterCode('ä'.charCodeAt(0)); // true
 */

/** 0 = not yet known, 1 = letter, 2 = combining mark, 3 = digit / other number, 4 = other */
const table = new Uint8Array(65536);
const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
const NUMBER = /\p{N}/u;

function classify(code: number): number {
  let k = table[code];
  if (k !== 0) return k;
  const ch = String.fromCharCode(code);
  k = LETTER.test(ch) ? 1 : MARK.test(ch) ? 2 : NUMBER.test(ch) ? 3 : 4;
  table[code] = k;
  return k;
}

/** Whether the code unit is a letter (\p{L}); surrogate halves are not. */
export function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return classify(c) === 1;
}

/** Whether the code unit may continue a word: letter, combining mark or number. */
export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  const k = classify(c);
  return k === 1 || k === 2 || k === 3;
}

/** ASCII digit. */
export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Whitespace as it occurs in news text (ASCII, no-break and thin spaces, line breaks). */
export function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x2002 || c === 0x2003 || c === 0x200b || c === 0xfeff;
}
