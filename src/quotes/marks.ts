/**
 * Pairs quotation marks into top-level quoted segments: »…« and «…», „…“ and „…”, “…”, "…",
 * ‚…‘, ‘…’, '…', ‹…›, NYT-style ''…''. Nested quotes stay inside their outer segment. A quote
 * still open at a line break ends there (English news reopens it in the next paragraph).
 * Apostrophes (don’t, kommt’s) are not marks: a single mark opens only after a non-letter and
 * closes only before a non-letter.
 *
 * @example
 * quoteSegments('Er sagte: „Wir kommen.“', 0) // [{ start: 10, end: 23, open: 10, close: 22, closed: true }]
 */

/** One top-level quoted segment; `start`..`end` includes both marks. */
export interface QuoteSegment {
  /** offset of the opening mark */
  start: number;
  /** offset just after the closing mark (or the end of the line when unclosed) */
  end: number;
  /** true when a closing mark was found (false: the line ended first) */
  closed: boolean;
}

const LETTER = /[\p{L}\p{N}]/u;
/** Letter or digit (ASCII fast path, Unicode classes otherwise). */
const isLetter = (c: string | undefined): boolean => {
  if (c === undefined) return false;
  const k = c.charCodeAt(0);
  if (k < 128) return (k >= 48 && k <= 57) || (k >= 65 && k <= 90) || (k >= 97 && k <= 122);
  return LETTER.test(c);
};

/** The characters the scan stops at: quotation marks and line breaks. */
const STOPS = /[\n„“”»«"‚‘’'‹›]/g;

/** Kind of the mark that an opener expects to be closed by. */
const CLOSERS: Record<string, string> = {
  '„': '“”', '»': '«', '«': '»', '“': '”', '"': '"', '‚': '‘’', '‘': '’', "'": "'", '‹': '›', '›': '‹', "''": "''",
};

/** Top-level quoted segments of `text` from offset `from` (see the module comment). */
export function quoteSegments(text: string, from = 0, to = text.length): QuoteSegment[] {
  const out: QuoteSegment[] = [];
  const stack: { mark: string; at: number }[] = [];
  const close = (at: number, end: number, closed: boolean) => {
    stack.length = 0;
    out.push({ start: at, end, closed });
  };
  const re = new RegExp(STOPS.source, 'g');
  re.lastIndex = from;
  for (let hit = re.exec(text); hit && hit.index < to; hit = re.exec(text)) {
    const i = hit.index;
    let c = text[i];
    if (c === '\n') {
      if (stack.length) close(stack[0].at, i, false);
      continue;
    }
    const prev = text[i - 1];
    const next = text[i + 1];
    if (c === "'" && next === "'") {
      c = "''";
    }
    const width = c.length;
    const top = stack[stack.length - 1];
    // closing the innermost open quote?
    if (top && CLOSERS[top.mark].includes(c) && (c.length > 1 || !"'’‘".includes(c) || !isLetter(text[i + width]))) {
      stack.pop();
      if (!stack.length) out.push({ start: top.at, end: i + width, closed: true });
      re.lastIndex = i + width;
      continue;
    }
    // an outer one (a missing inner closer)?
    const deeper = stack.findIndex((s) => CLOSERS[s.mark].includes(c) && !"'’‘".includes(c));
    if (deeper >= 0) {
      const at = stack[0].at;
      stack.length = deeper;
      if (!stack.length) out.push({ start: at, end: i + width, closed: true });
      re.lastIndex = i + width;
      continue;
    }
    // opening?
    if (c === '’' || c === '”') continue; // closers only
    if (c === '«' && !stack.length && isLetter(prev)) continue; // a closer without opener
    if ((c === "'" || c === '‘' || c === '‚') && (isLetter(prev) || !isLetter(next))) continue; // apostrophe
    if (c === '"' && isLetter(prev) && !isLetter(next)) continue; // stray closer
    stack.push({ mark: c, at: i });
    re.lastIndex = i + width;
  }
  if (stack.length) close(stack[0].at, to, false);
  return out;
}
