/**
 * Clause boundaries inside a sentence: punctuation that separates clauses or inserted phrases
 * (comma, semicolon, colon, dashes, brackets, quotation marks). Scopes status cues, dates and
 * subjects to the part of the sentence a trigger stands in.
 *
 * @example
 * const [from, to] = clauseRange(doc, 12, 15, sFirst, sEnd); // token range of the clauses around 12..15
 */
import type { Doc } from '../doc/doc.js';
import { hasLexicon, lexiconSet } from '../lang/lexicon.js';

const REL = new Map<string, Set<string>>();
function relativePronouns(lang: string): Set<string> {
  let s = REL.get(lang);
  if (!s) { s = hasLexicon(lang, 'relative-pronouns') ? lexiconSet(lang, 'relative-pronouns') : new Set(); REL.set(lang, s); }
  return s;
}

const BREAKS = new Set([',', ';', ':', '–', '—', '(', ')', '»', '«', '"', '“', '”', '„', '‚', '‘', '›', '‹']);

const QUOTES = new Set(['"', '“', '”', '„', '‚', '‘', '›', '‹', '»', '«']);

/** Up to this many words between quotation marks are a quoted term ("ultimatums"), not a clause. */
const SCARE_QUOTE_WORDS = 3;

/** True when the quotation mark at token `i` opens or closes a short quoted term of words only. */
function scareQuote(doc: Doc, i: number): boolean {
  for (const dir of [1, -1]) {
    for (let k = 1; k <= SCARE_QUOTE_WORDS + 1; k++) {
      const t = doc.tokens[i + dir * k];
      if (!t || t.sentence !== doc.tokens[i].sentence) break;
      if (t.kind === 'punct') {
        if (QUOTES.has(t.text) && k > 1) return true;
        break;
      }
    }
  }
  return false;
}

/** True when token `i` separates clauses. */
export function isClauseBreak(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  if (t.kind !== 'punct') return false;
  if (QUOTES.has(t.text)) return !scareQuote(doc, i);
  // (a hyphen by its character code: `t.text === '-'` was a 'wrong instance type' deopt of lemmaMatch,
  // which inlines this, when a token text came as a non-internalised string after internalised ones)
  return BREAKS.has(t.text) || t.text.length === 1 && t.text.charCodeAt(0) === 45 && i > 0 && doc.tokens[i - 1].end < t.start;
}

/**
 * Token range [from, to) of the clauses that contain tokens first..last, within the sentence
 * token range [sFrom, sTo).
 */
export function clauseRange(doc: Doc, first: number, last: number, sFrom: number, sTo: number): [number, number] {
  let from = first;
  while (from > sFrom && !isClauseBreak(doc, from - 1)) from--;
  let to = last + 1;
  while (to < sTo && !isClauseBreak(doc, to)) to++;
  // "ein Telefongespräch, das Hegseth mit Dong führte": the relative clause describes the trigger noun
  const rel = relativePronouns(doc.lang);
  if (to + 1 < sTo && doc.tokens[to].text === ',' && rel.has(doc.tokens[to + 1].text.toLowerCase())) {
    to += 2;
    while (to < sTo && !isClauseBreak(doc, to)) to++;
  }
  return [from, to];
}
