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

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0' || c === '\r' || c === '\n' || c === '\u2009' || c === '\u202f';
}

function isLetter(c: string): boolean {
  return c !== undefined && c !== '' && c.toLowerCase() !== c.toUpperCase();
}

function isLower(c: string): boolean {
  return isLetter(c) && c === c.toLowerCase();
}

function isUpper(c: string): boolean {
  return isLetter(c) && c === c.toUpperCase();
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
  if (isLower(first) || first === ',' || first === ';') return true;
  for (const q of quotes) if (q.attributed && q.open < last && next < q.close) return true;
  if (text[last] !== '.') return false;
  // The word (letters and inner periods, "U.S.") right before the period.
  let ws = last;
  while (ws > lineStart && (isLetter(text[ws - 1]) || (text[ws - 1] === '.' && isLetter(text[ws - 2] ?? '')))) ws--;
  if (ws < last) {
    const word = text.slice(ws, last + 1);
    const nextWord = wordAt(text, next, lineEnd);
    let kind = abbreviationKind(rules, word);
    // A single capital letter is an initial ("George W. Bush").
    if (!kind && last - ws === 1 && isUpper(text[ws])) kind = 'final';
    if (kind === 'inline') return true;
    if (kind === 'final') return !rules.starters.has(nextWord) && !isDigitStart(text, next);
    return false;
  }
  // "<digits>." : an ordinal or a day of a date ("am 9. September") does not end the sentence.
  let ds = last;
  while (ds > lineStart && isDigit(text[ds - 1])) ds--;
  if (ds === last || (ds > lineStart && !isSpace(text[ds - 1]) && text[ds - 1] !== '(')) return false;
  let nextWord = wordAt(text, next, lineEnd);
  if (text[next + nextWord.length] === '.' && rules.months.has(nextWord + '.')) nextWord += '.';
  if (rules.months.has(nextWord)) return true;
  return last - ds <= 3 && rules.ordinalCues.has(wordBefore(text, ds, lineStart));
}

function isDigitStart(text: string, i: number): boolean {
  return isDigit(text[i]);
}

/** Appends the sentences of one line text[start, end) to `out`. */
function splitLine(text: string, start: number, end: number, paragraph: number, lang: string,
  rules: SegmentRules, out: SentenceSpan[]): void {
  const quotes = quoteRegions(text, start, end);
  let curStart = -1;
  let curLast = -1;
  const flush = (): void => {
    if (curStart >= 0) out.push({ start: curStart, end: curLast + 1, paragraph });
  };
  for (const seg of segmenter(lang).segment(text.slice(start, end))) {
    let s = start + seg.index;
    let e = s + seg.segment.length;
    while (s < e && isSpace(text[s])) s++;
    while (e > s && isSpace(text[e - 1])) e--;
    if (s >= e) continue;
    if (curStart >= 0 && keepTogether(text, curLast, s, start, end, rules, quotes)) {
      curLast = e - 1;
      continue;
    }
    flush();
    curStart = s;
    curLast = e - 1;
  }
  flush();
}

/**
 * Sentences of text[from, to), paragraphs numbered from `firstParagraph`. Returns the sentences
 * and the index the next paragraph would get.
 */
export function splitSentences(text: string, lang: Lang | string, from: number, to: number,
  firstParagraph = 0): { sentences: SentenceSpan[]; nextParagraph: number } {
  const rules = segmentRules(lang);
  const out: SentenceSpan[] = [];
  const blankLines = /\n[ \t\r\u00a0]*\n/.test(text.slice(from, to));
  let paragraph = firstParagraph;
  let started = false;
  let breakPending = false;
  let pos = from;
  while (pos < to) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0 || nl > to) nl = to;
    let s = pos;
    while (s < nl && isSpace(text[s])) s++;
    if (s >= nl) {
      breakPending = true;
    } else {
      if (started && (breakPending || !blankLines)) paragraph++;
      started = true;
      breakPending = false;
      splitLine(text, pos, nl, paragraph, lang, rules, out);
    }
    pos = nl + 1;
  }
  return { sentences: out, nextParagraph: started ? paragraph + 1 : paragraph };
}
