/**
 * Sentence splitting: Intl.Segmenter proposes boundaries inside each line, then rules from the
 * lexicons take back the wrong ones: abbreviations ("z. B.", "Dr.", "U.S."), initials
 * ("George W. Bush"), German ordinals and dates ("am 9. September", "im 3. Quartal"), and
 * attributed quotations ("»Wirklich?« fragte er", "»Ja. Gut«, sagte sie"). A line break always
 * ends a sentence; paragraphs are blocks separated by blank lines (or, in text without blank
 * lines, single lines).
 *
 * @example
 * splitSentences('Dr. Kim kam am 9. September. Danach ging er.', 'de', 0, 44, 0).sentences;
 * // [{ start: 0, end: 28, paragraph: 0 }, { start: 29, end: 44, paragraph: 0 }]
 */
import type { Lang } from '../../contract/schema.js';
import { abbreviationKind, segmentRules, type SegmentRules } from './abbreviations.js';
import { quoteRegions, type QuoteRegion } from './quote-regions.js';
import { isLetterCode, isSpaceCode } from './char-class.js';

/** A sentence span with its paragraph index (offsets into the full text). */
export interface SentenceSpan {
  start: number;
  end: number;
  paragraph: number;
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return s;
}

/**
 * Longest piece of text handed to Intl.Segmenter at once. Its sentence iteration slows down
 * steeply on long strings (Node 20: 96 KB of short sentences took 0.9 s, 160 KB 25 s, 160 KB of
 * one-letter lines 146 s; found by src/read/fuzz.test.ts), so longer ranges are cut, at a line
 * break (a boundary anyway), else after a space that follows . ! or ?, else after any space.
 * A cut is only a candidate boundary: keepTogether still takes back the wrong ones.
 */
const MAX_PIECE = 4000;

/** Where to cut text[from, to) so that the first piece is at most MAX_PIECE long. */
function pieceEnd(text: string, from: number, to: number): number {
  if (to - from <= MAX_PIECE) return to;
  const limit = from + MAX_PIECE;
  const half = from + MAX_PIECE / 2;
  const nl = text.lastIndexOf('\n', limit - 1);
  if (nl >= half) return nl + 1;
  let space = -1;
  for (let i = limit - 1; i > half; i--) {
    if (!isSpace(text[i])) continue;
    const p = text[i - 1];
    if (p === '.' || p === '!' || p === '?') return i + 1;
    if (space < 0) space = i + 1;
  }
  if (space > 0) return space;
  // no space at all: cut anyway, but not inside a surrogate pair
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit + 1 : limit;
}

/**
 * Window of text handed to Intl.Segmenter at once inside a piece. Node 20's segment iterator
 * copies its whole input for every segment it returns (a 2,600-character article: ~130 KB of
 * garbage), so the piece is segmented through windows. Each window re-segments the text from
 * its restart boundary and stops one segment past its limit, work done twice; 512-character
 * windows spent about a third of the segmenter's time on that, 2048 is the fastest measured
 * (splitSentences over de-10kgnad: 0.06 ms per article against 0.095 with 512).
 */
const WINDOW = 2048;
/** A boundary is kept only this far from a window's end (the rules' look-ahead stays clear of the cut). */
const WINDOW_MARGIN = 128;

/**
 * Starts of the Intl sentence segments of text[from, to), followed by `to`. Same boundaries as
 * segmenting text[from, to) at once: each window restarts at a boundary (the break iterator
 * restarts its rules at every boundary), and only boundaries followed by a letter inside the
 * window and at least WINDOW_MARGIN before its end are kept (look-ahead of the sentence rules
 * runs over non-letters only, so it ends inside the window).
 *
 * @example
 * segmentStarts(new Intl.Segmenter('de', { granularity: 'sentence' }), 'Ja. Nein.', 0, 9); // [0, 4, 9]
 */
export function segmentStarts(seg: Intl.Segmenter, text: string, from: number, to: number): number[] {
  const out: number[] = [];
  let at = from;
  let width = WINDOW;
  while (at < to) {
    const wEnd = to - at <= width + WINDOW_MARGIN ? to : at + width;
    if (wEnd === to) {
      for (const g of seg.segment(text.slice(at, to))) out.push(at + g.index);
      break;
    }
    let lastLetter = wEnd - 1;
    while (lastLetter > at && !isLetterCode(text.charCodeAt(lastLetter))) lastLetter--;
    const limit = Math.min(lastLetter, wEnd - WINDOW_MARGIN);
    const first = out.length;
    let restart = -1;
    for (const g of seg.segment(text.slice(at, wEnd))) {
      const p = at + g.index;
      if (p > limit) break;
      out.push(p);
      restart = p;
    }
    if (restart <= at) {
      // one sentence longer than the window: a wider one
      out.length = first;
      width *= 2;
      continue;
    }
    out.length -= 1; // the restart boundary opens the next window
    at = restart;
    width = WINDOW;
  }
  out.push(to);
  return out;
}

function isSpace(c: string | undefined): boolean {
  return c !== undefined && c !== '' && isSpaceCode(c.charCodeAt(0));
}

function isLetter(c: string | undefined): boolean {
  return c !== undefined && c !== '' && isLetterCode(c.charCodeAt(0));
}

function isLower(c: string): boolean {
  const k = c.charCodeAt(0);
  if (k < 128) return k >= 97 && k <= 122;
  return isLetterCode(k) && c === c.toLowerCase() && c !== c.toUpperCase();
}

function isUpper(c: string): boolean {
  const k = c.charCodeAt(0);
  if (k < 128) return k >= 65 && k <= 90;
  return isLetterCode(k) && c === c.toUpperCase() && c !== c.toLowerCase();
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

/** The run of letters starting at `i` (the word a candidate sentence would begin with). */
function wordAt(text: string, i: number, end: number): string {
  let j = i;
  while (j < end && isLetter(text[j])) j++;
  return text.slice(i, j);
}

/** The word before position `i` (skipping spaces), lower-cased. */
function wordBefore(text: string, i: number, start: number): string {
  let j = i;
  while (j > start && isSpace(text[j - 1])) j--;
  const e = j;
  while (j > start && isLetter(text[j - 1])) j--;
  return text.slice(j, e).toLowerCase();
}

/**
 * Whether a candidate boundary between a segment whose last visible char is at `last` and a
 * segment whose first visible char is at `next` should be taken back.
 */
function keepTogether(text: string, last: number, next: number, lineStart: number, lineEnd: number,
  rules: SegmentRules, quotes: QuoteRegion[]): boolean {
  const first = text[next];
  // A lower-case word or a comma after the break: the sentence goes on ("»Wirklich?« fragte er").
  if (isLower(first) || first === ',' || first === ';' || first === ')' || first === '/' || first === ':') return true;
  for (const q of quotes) if (q.attributed && q.open < last && next < q.close) return true;
  if (text[last] !== '.') return false;
  // The word (letters and inner periods, "U.S.") right before the period.
  let ws = last;
  while (ws > lineStart && (isLetter(text[ws - 1]) || (text[ws - 1] === '.' && isLetter(text[ws - 2] ?? '')))) ws--;
  if (ws < last) {
    const word = text.slice(ws, last + 1);
    const nextWord = wordAt(text, next, lineEnd);
    let kind = abbreviationKind(rules, word);
    // The last part of a two-part abbreviation ("z. B.", "v. Chr."): look at the word before.
    if (!kind && ws >= 3 && text[ws - 1] === ' ' && text[ws - 2] === '.') {
      let ps = ws - 2;
      while (ps > lineStart && isLetter(text[ps - 1])) ps--;
      if (ps < ws - 2) kind = abbreviationKind(rules, text.slice(ps, last + 1));
    }
    // A single capital letter is an initial ("George W. Bush").
    if (!kind && last - ws === 1 && isUpper(text[ws])) kind = 'final';
    if (kind === 'inline') return true;
    // "Art. 5", "No. 1": a number after the abbreviation continues the sentence.
    if (kind === 'final') return isDigitStart(text, next) || !rules.starters.has(nextWord);
    return false;
  }
  // "<digits>." : an ordinal or a day of a date ("am 9. September") does not end the sentence.
  let ds = last;
  while (ds > lineStart && isDigit(text[ds - 1])) ds--;
  if (ds === last) return false;
  if (ds > lineStart && !isSpace(text[ds - 1]) && text[ds - 1] !== '(') {
    // "8.8. 2015": a day.month. date whose year follows after a space.
    let dd = ds - 1;
    while (dd > lineStart && isDigit(text[dd - 1])) dd--;
    return text[ds - 1] === '.' && last - ds <= 2 && ds - 1 - dd >= 1 && ds - 1 - dd <= 2 && isDigit(text[next]);
  }
  let nextWord = wordAt(text, next, lineEnd);
  if (text[next + nextWord.length] === '.' && rules.months.has(nextWord + '.')) nextWord += '.';
  if (rules.months.has(nextWord)) return true;
  // Ordinals are a German way of writing ("im 3. Quartal"); English has no ordinal cues.
  if (rules.ordinalCues.size === 0 || last - ds > 3) return false;
  // "16. 5. 2016": a date written with spaces.
  if (last - ds <= 2 && isDigit(text[next])) return true;
  if (rules.ordinalCues.has(wordBefore(text, ds, lineStart))) return true;
  // "des frühen 20. Jahrhunderts" vs. "Er wurde 70. Danach ...": a typical sentence opener after
  // the period marks a real end; a noun marks an ordinal.
  return nextWord !== '' && !rules.starters.has(nextWord);
}

function isDigitStart(text: string, i: number): boolean {
  return isDigit(text[i]);
}

const BLANK_LINE = /\n[ \t\r\u00a0]*\n/g;

/** Line breaks in text[from, to): 0, 1 (a new line) or 2 (a blank line between). */
function lineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++;
  return n > 2 ? 2 : n;
}

/**
 * Sentences of text[from, to), paragraphs numbered from `firstParagraph`. Returns the sentences
 * and the index the next paragraph would get.
 */
export function splitSentences(text: string, lang: Lang | string, from: number, to: number,
  firstParagraph = 0): { sentences: SentenceSpan[]; nextParagraph: number } {
  const rules = segmentRules(lang);
  const out: SentenceSpan[] = [];
  BLANK_LINE.lastIndex = from;
  const blank = BLANK_LINE.exec(text);
  const blankLines = blank !== null && blank.index + blank[0].length <= to;
  const quotes = quoteRegions(text, from, to);
  let paragraph = firstParagraph;
  let curStart = -1;
  let curLast = -1;
  let lineStart = from;
  // Intl.Segmenter always breaks after a line break, so one pass over the range is enough;
  // what lies between two segments tells whether a line or a paragraph ended there.
  // Segmented in pieces of at most MAX_PIECE (see pieceEnd), with plain loops rather than a
  // generator: no iterator object and no { index, segment } record per segment.
  const sentenceSegmenter = segmenter(lang);
  for (let pieceFrom = from; pieceFrom < to;) {
    const pieceTo = pieceEnd(text, pieceFrom, to);
    const starts = segmentStarts(sentenceSegmenter, text, pieceFrom, pieceTo);
    for (let k = 0; k + 1 < starts.length; k++) {
      let s = starts[k];
      let e = starts[k + 1];
      while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
      while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
      if (s >= e) continue;
      if (curStart >= 0) {
        const breaks = lineBreaks(text, curLast + 1, s);
        if (breaks === 0 && keepTogether(text, curLast, s, lineStart, to, rules, quotes)) {
          curLast = e - 1;
          continue;
        }
        out.push({ start: curStart, end: curLast + 1, paragraph });
        if (breaks > 0) {
          lineStart = text.lastIndexOf('\n', s) + 1;
          if (breaks === 2 || !blankLines) paragraph++;
        }
      }
      curStart = s;
      curLast = e - 1;
    }
    pieceFrom = pieceTo;
  }
  if (curStart >= 0) out.push({ start: curStart, end: curLast + 1, paragraph });
  return { sentences: out, nextParagraph: curStart >= 0 ? paragraph + 1 : paragraph };
}
