/**
 * The word view the recogniser works on: doc.tokens regrouped so that a hyphen compound is one
 * unit with parts ("US-Präsident" → parts "US", "Präsident"), whether the segmenter kept the
 * compound as one token or split it at the hyphens. Punctuation units break name runs.
 *
 * @example
 * const units = buildUnits(doc.text, doc.tokens.filter((t) => t.sentence === 0));
 */
import type { Token } from '../doc/doc.js';

/** One part of a hyphen compound (or the whole word when there is no hyphen). */
export interface Part {
  start: number;
  end: number;
  text: string;
}

/** A word, number or punctuation mark of one sentence, with its hyphen parts. */
export interface Unit {
  start: number;
  end: number;
  text: string;
  /** text in lower case (computed once: context lookups use it) */
  lower: string;
  kind: 'word' | 'num' | 'punct';
  parts: Part[];
  /** first letter is upper case */
  cap: boolean;
  /** capitalised and not a code starting with digits ("A1", "3M" are not) */
  nameable: boolean;
  /** two or more letters, all upper case ("NATO", "LONDON") */
  allCaps: boolean;
}

const HYPHENS = new Set(['-', '‐', '‑']);
const UPPER = /^\p{Lu}/u;
const LETTER = /\p{L}/u;
const CODE = /^\p{Lu}?\d/u;

/** True when the first character is an upper-case letter. */
export function isCap(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return UPPER.test(s);
}

/** True for words of two or more letters written entirely in capitals ("NATO", "U.S."). */
export function isAllCaps(s: string): boolean {
  const c0 = s.charCodeAt(0);
  if (c0 >= 97 && c0 <= 122) return false; // starts with a-z: the usual case, decided at once
  // ASCII-only words (most capitalised words: "Der", "NATO", "U.S."): decided by char codes
  // without a string per character; any other character falls back to the general loop
  let letters = 0;
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
    else if (c >= 128) {
      ascii = false;
      break;
    }
  }
  if (ascii) return letters >= 2;
  letters = 0;
  for (const ch of s) {
    if (ch === ch.toLowerCase() && ch !== ch.toUpperCase()) return false;
    if (LETTER.test(ch)) letters++;
  }
  return letters >= 2;
}

/** The hyphen parts of a compound, or null for a word that is its own single part. */
function splitParts(text: string, start: number): Part[] | null {
  // one scan by char code (- ‐ ‑) instead of three indexOf scans: most words have no hyphen
  let hyphen = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2d || c === 0x2010 || c === 0x2011) {
      hyphen = true;
      break;
    }
  }
  if (!hyphen) return null;
  const parts: Part[] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || (HYPHENS.has(text[i]) && i > 0 && i < text.length - 1)) {
      if (i > from) parts.push({ start: start + from, end: start + i, text: text.slice(from, i) });
      from = i + 1;
    }
  }
  return parts.length > 1 ? parts : null;
}

/** Placeholder for `parts` until makeUnit sets it (keeps one object shape for all units). */
const NO_PARTS: Part[] = [];

/**
 * CODE.test(text) for a capitalised word (first code point upper case): a digit right after the
 * first letter ("A1"). Char codes instead of a regex; an astral first letter takes the regex.
 */
function capitalisedCode(text: string): boolean {
  const c0 = text.charCodeAt(0);
  if (c0 >= 0xd800 && c0 <= 0xdbff) return CODE.test(text);
  // (a one-letter word has no second code unit: reading past the end made V8 drop makeUnit's optimised code)
  if (text.length < 2) return false;
  const c1 = text.charCodeAt(1);
  return c1 >= 48 && c1 <= 57;
}

/** HYPHENS.has(s) by char code: one of - ‐ ‑ on its own. */
function isHyphenText(s: string): boolean {
  if (s.length !== 1) return false;
  const c = s.charCodeAt(0);
  return c === 0x2d || c === 0x2010 || c === 0x2011;
}

function makeUnit(text: string, lower: string, start: number, kind: Unit['kind']): Unit {
  const end = start + text.length;
  // A unit that is its own single part (nearly all) has itself as that part: a Unit has the
  // fields of a Part, and this saves one object per token. Units are never serialised.
  if (kind === 'punct') {
    const p: Unit = { start, end, text, lower, kind, parts: NO_PARTS, cap: false, allCaps: false, nameable: false };
    p.parts = [p];
    return p;
  }
  const cap = isCap(text);
  const u: Unit = {
    start, end, text, lower, kind,
    parts: NO_PARTS,
    cap, allCaps: isAllCaps(text), nameable: cap && !capitalisedCode(text),
  };
  u.parts = splitParts(text, start) ?? [u];
  return u;
}

/**
 * Regroups the tokens of one sentence into units. Tokens joined by a hyphen with no space on
 * either side are merged into one compound unit. `lower` (parallel to `tokens`, e.g. from
 * tokenLower) saves lower-casing again; `from`/`to` select a range of `tokens` without copying.
 */
export function buildUnits(text: string, tokens: readonly Token[], lower?: readonly string[], from = 0, to = tokens.length): Unit[] {
  const units: Unit[] = [];
  let i = from;
  while (i < to) {
    const t = tokens[i];
    if (t.kind === 'punct') {
      units.push(makeUnit(t.text, t.text, t.start, 'punct'));
      i++;
      continue;
    }
    let end = t.end;
    let j = i + 1;
    // merge "US" "-" "Präsident" written without spaces
    while (j + 1 < to && isHyphenText(tokens[j].text) && tokens[j].start === end
      && tokens[j + 1].start === tokens[j].end && tokens[j + 1].kind !== 'punct') {
      end = tokens[j + 1].end;
      j += 2;
    }
    if (j === i + 1) units.push(makeUnit(t.text, lower && t.kind === 'word' ? lower[i] : t.text.toLowerCase(), t.start, t.kind));
    else {
      const w = text.slice(t.start, end);
      units.push(makeUnit(w, w.toLowerCase(), t.start, 'word'));
    }
    i = j;
  }
  return units;
}
