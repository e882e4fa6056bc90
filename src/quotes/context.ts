/**
 * Per-document working view for the quote rules: lower-cased tokens, which tokens sit inside a
 * quoted segment, which mention covers a token, clause boundaries. Built once per document in
 * linear time.
 *
 * @example
 * const cx = quoteContext(doc);
 * cx.inQuote[5]; // index of the quoted segment holding token 5, or -1
 */
import type { Doc, Token } from '../doc/doc.js';
import { tokenLower } from '../doc/token-lower.js';
import { quoteLexicon, type QuoteLexicon } from './lexicon.js';
import { quoteSegments, type QuoteSegment } from './marks.js';

/** Working view of one document. */
export interface QuoteContext {
  doc: Doc;
  lx: QuoteLexicon;
  tokens: Token[];
  /** lower-cased token texts */
  low: string[];
  /** top-level quoted segments of the body */
  segs: QuoteSegment[];
  /** per token: index of the quoted segment it lies in (marks included), or -1 */
  inQuote: Int32Array;
  /** per token: index in doc.mentions of the mention covering it, or -1 */
  mentionAt: Int32Array;
  /** per sentence: [first token, end token) */
  sentTok: [number, number][];
  /** per token: Konjunktiv mood of its lower-case form (0 none, 1 'I', 2 'II'), -1 until konjAt asks */
  konj: Int8Array;
}

/** Konjunktiv mood of token i (0 none, 1 mood I, 2 mood II), looked up once per token. */
export function konjAt(cx: QuoteContext, i: number): number {
  if (i < 0 || i >= cx.konj.length) return 0;
  let v = cx.konj[i];
  if (v < 0) {
    const m = cx.lx.konjunktiv.get(cx.low[i]);
    cx.konj[i] = v = m === 'I' ? 1 : m === 'II' ? 2 : 0;
  }
  return v;
}

const BOUNDARY = new Set([',', ':', ';', '–', '—', '(', ')', '--']);

/** True when token `i` is a clause boundary outside quotes (comma, colon, semicolon, dash, bracket). */
export function isBoundary(cx: QuoteContext, i: number): boolean {
  const q = cx.inQuote[i];
  if (q >= 0) {
    // the closing mark of a quoted segment ends a clause too ("…," Rubio said.)
    return i + 1 < cx.inQuote.length && cx.inQuote[i + 1] !== q && isMark(cx.tokens[i]) && cx.tokens[i].end === cx.segs[q].end &&
      cx.tokens[i].sentence === cx.tokens[i + 1].sentence && (cx.lx.grammar.quoteMarkEndsClause === 'always' || (i > 0 && /^[,?!]$/.test(cx.tokens[i - 1].text)));
  }
  return cx.tokens[i].kind === 'punct' && BOUNDARY.has(cx.tokens[i].text);
}

/**
 * `a[0] === b[0]` by char codes: a one-character string of a code above 0xFF is a fresh string
 * (not internalised), and comparing such strings deoptimised findCues ('wrong instance type').
 */
export function sameFirstChar(a: string, b: string): boolean {
  return a.length === 0 ? b.length === 0 : b.length !== 0 && a.charCodeAt(0) === b.charCodeAt(0);
}

/** True for a token that is a quotation mark. */
export function isMark(t: Token): boolean {
  return t.kind === 'punct' && /^['"„“”»«‚‘’‹›]+$/.test(t.text);
}

/** Builds the working view (see module comment). */
export function quoteContext(doc: Doc): QuoteContext {
  const tokens = doc.tokens;
  const n = tokens.length;
  // word tokens reuse the lower-case forms the earlier stages computed (and hashed as Map keys)
  const shared = tokenLower(tokens);
  const low = new Array<string>(n);
  for (let i = 0; i < n; i++) low[i] = tokens[i].kind === 'word' ? shared[i] : tokens[i].text.toLowerCase();
  const segs = quoteSegments(doc.text, doc.bodyStart);
  const inQuote = new Int32Array(n).fill(-1);
  let s = 0;
  for (let i = 0; i < n && s < segs.length; i++) {
    while (s < segs.length && segs[s].end <= tokens[i].start) s++;
    if (s < segs.length && tokens[i].start >= segs[s].start && tokens[i].end <= segs[s].end) inQuote[i] = s;
  }
  const mentionAt = new Int32Array(n).fill(-1);
  // built by push, not Array.prototype.map: map's result array has another elements kind when
  // TurboFan inlines map than when the builtin runs, and each kind seen late deoptimised
  // quoteContext ('wrong map' at the sort and at the sentTok stores)
  const mentions = doc.mentions;
  const ms: (readonly [number, number, number])[] = [];
  for (let k = 0; k < mentions.length; k++) ms.push([mentions[k].start, mentions[k].end, k]);
  ms.sort((a, b) => a[0] - b[0]);
  let m = 0;
  for (let i = 0; i < n && m < ms.length; i++) {
    while (m < ms.length && ms[m][1] <= tokens[i].start) m++;
    if (m < ms.length && tokens[i].start >= ms[m][0] && tokens[i].end <= ms[m][1]) mentionAt[i] = ms[m][2];
  }
  const sentTok: [number, number][] = [];
  let k = 0;
  for (let si = 0; si < doc.sentences.length; si++) {
    while (k < n && tokens[k].sentence < si) k++;
    const a = k;
    while (k < n && tokens[k].sentence === si) k++;
    sentTok.push([a, k]);
  }
  return { doc, lx: quoteLexicon(doc.lang), tokens, low, segs, inQuote, mentionAt, sentTok, konj: new Int8Array(n).fill(-1) };
}
