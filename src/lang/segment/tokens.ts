/**
 * Tokens with offsets: words (hyphen compounds such as "US-Präsident" stay one token; known
 * abbreviations and initials keep their period: "Dr.", "U.S.", "A."), numbers in German and
 * English notation as one token ("1,5", "3.000", "1.5", "3,000"), and punctuation, one
 * character each. One scan over the characters of each sentence (no regular expression).
 *
 * @example
 * tokenizeSpan('Der US-Präsident zahlte 3.000 Euro.', 0, 35, 0, 'de', []).map((t) => t.text);
 * // ['Der', 'US-Präsident', 'zahlte', '3.000', 'Euro', '.']
 */
import type { Lang } from '../../contract/schema.js';
import type { Token } from '../../doc/doc.js';
import { abbreviationKind, segmentRules } from './abbreviations.js';
import { isDigitCode, isLetterCode, isSpaceCode, isWordCode } from './char-class.js';

// Hyphens (- ‐ ‑) and apostrophes (' ’) as char-code tests: they run at the end of every word
// and on every punctuation mark, where a Set lookup per character costs more.
function isHyphenCode(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011;
}

function isApostropheCode(c: number): boolean {
  return c === 0x27 || c === 0x2019;
}
const CLITICS = new Set(['s', 'S', 're', 'll', 've', 'd', 'm', 't']);

function isUpperAt(text: string, i: number): boolean {
  const ch = text[i];
  return ch !== ch.toLowerCase();
}

/** End of a run of letter-period pairs ("U.S.", "z.B.") starting at i, or -1 if fewer than two. */
function letterPeriodsEnd(text: string, i: number, end: number): number {
  let j = i;
  let pairs = 0;
  while (j + 1 < end && isLetterCode(text.charCodeAt(j)) && text.charCodeAt(j + 1) === 46) {
    j += 2;
    pairs++;
  }
  // "U.S.A" without final period, or a following letter ("z.Bsp"): not an abbreviation run.
  if (pairs < 2 || (j < end && isWordCode(text.charCodeAt(j)))) return -1;
  return j;
}

/** End of a word (with hyphen compounds and "O'Brien") starting at the letter at i. */
function wordEnd(text: string, i: number, end: number): number {
  let j = i + 1;
  for (;;) {
    while (j < end && isWordCode(text.charCodeAt(j))) j++;
    if (j >= end) return j;
    const c = text.charCodeAt(j);
    if (isHyphenCode(c)) {
      if (j + 1 < end && isWordCode(text.charCodeAt(j + 1))) {
        j += 2;
        continue;
      }
      // A trailing hyphen of a shortened compound before "und"/"oder" or a comma ("Ein- und").
      if (c === 0x2d && (j + 1 === end || isSpaceCode(text.charCodeAt(j + 1)) || text.charCodeAt(j + 1) === 44)) return j + 1;
      return j;
    }
    // "O'Brien": one capital, apostrophe, capital.
    if (isApostropheCode(c) && j === i + 1 && isUpperAt(text, i) && j + 1 < end && isLetterCode(text.charCodeAt(j + 1)) && isUpperAt(text, j + 1)) {
      j += 2;
      continue;
    }
    return j;
  }
}

/** End of a clitic ("'s", "n't" part "'t", "'re") at i, or -1. */
function cliticEnd(text: string, i: number, end: number): number {
  let j = i + 1;
  while (j < end && isLetterCode(text.charCodeAt(j)) && j - i <= 3) j++;
  if (j === i + 1 || (j < end && isLetterCode(text.charCodeAt(j)))) return -1;
  return CLITICS.has(text.slice(i + 1, j)) ? j : -1;
}

/**
 * Appends the tokens of text[start, end) to `out`, all marked with `sentence`; returns `out`.
 */
export function tokenizeSpan(text: string, start: number, end: number, sentence: number,
  lang: Lang | string, out: Token[]): Token[] {
  const rules = segmentRules(lang);
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    let e: number;
    let kind: Token['kind'];
    if (isDigitCode(c)) {
      // Digits with inner separators: "1,5", "3.000", "1.000.000".
      e = i + 1;
      for (;;) {
        while (e < end && isDigitCode(text.charCodeAt(e))) e++;
        // (no read past the span: at the end of the text that read was out of bounds, NaN, and
        // deoptimised the compiled tokenizer the first time a text ended in a number)
        const s = e < end ? text.charCodeAt(e) : -1;
        if ((s === 46 || s === 44) && e + 1 < end && isDigitCode(text.charCodeAt(e + 1))) {
          e += 2;
          continue;
        }
        break;
      }
      kind = 'num';
    } else if (isLetterCode(c)) {
      kind = 'word';
      const lp = letterPeriodsEnd(text, i, end);
      if (lp > 0) e = lp;
      else {
        e = wordEnd(text, i, end);
        // Keep the period of a known abbreviation or an initial with the word ("Dr.", "W.").
        // At the end of the sentence the period of a "final" abbreviation or an initial is the
        // sentence's full stop ("eine neue Art.", "Plan B.").
        if (e < end && text.charCodeAt(e) === 46 && text.charCodeAt(e - 1) !== 0x2d) {
          const kind = e - i === 1 && isUpperAt(text, i) ? 'final' : abbreviationKind(rules, text.slice(i, e + 1)); // text[e] is the period
          if (kind === 'inline' || (kind === 'final' && e + 1 < end)) e++;
        }
      }
    } else if (isApostropheCode(c) && (e = cliticEnd(text, i, end)) > 0) {
      kind = 'word';
    } else {
      kind = 'punct';
      // A character outside the BMP (emoji) is two code units.
      e = c >= 0xd800 && c <= 0xdbff && i + 1 < end ? i + 2 : i + 1;
    }
    out.push({ start: i, end: e, text: text.slice(i, e), kind, sentence });
    i = e;
  }
  return out;
}

/** One part of a hyphen compound, with offsets into the full text. */
export interface CompoundPart {
  start: number;
  end: number;
  text: string;
}

/**
 * The parts of a hyphen compound token ("Ex-Pentagon-Beamter" → Ex, Pentagon, Beamter), with
 * offsets; a token without hyphen gives itself. Empty parts (trailing "Ein-") are left out.
 *
 * @example
 * compoundParts({ start: 10, end: 22, text: 'US-Präsident' });
 * // [{ start: 10, end: 12, text: 'US' }, { start: 13, end: 22, text: 'Präsident' }]
 */
export function compoundParts(token: { start: number; end: number; text: string }): CompoundPart[] {
  const parts: CompoundPart[] = [];
  const t = token.text;
  let from = 0;
  for (let i = 0; i <= t.length; i++) {
    const c = t[i];
    if (i === t.length || c === '-' || c === '‐' || c === '‑') {
      if (i > from) parts.push({ start: token.start + from, end: token.start + i, text: t.slice(from, i) });
      from = i + 1;
    }
  }
  return parts;
}

/** Whether a token is a hyphen compound ("KI-Chips"). */
export function isCompound(token: { text: string }): boolean {
  return /[-‐‑]./.test(token.text);
}
