/**
 * Parses the plain-text photo header `date YYYY-MM-DD <credit> <caption>` that may open an article
 * (see CONTRACT.md). The credit is found as a chain of parts joined by connectors ("Name/Pool via
 * AGENCY", "Name/dpa"), either right after the date, after a label ("Foto:", "Photo:"), or at the
 * end of the line; whatever is left is the caption. Cue words are data:
 * lexicons/<lang>/header-credits.tsv (both languages are merged: credits cross languages).
 *
 * @example
 * parseHeaderLine('date 2025-01-02 Foto: Anna Beispiel/dpa Die Ministerin in Berlin\n\nText');
 * // → { date: '2025-01-02', credit: 'Anna Beispiel/dpa', caption: 'Die Ministerin in Berlin', ... }
 */
import type { Span } from '../contract/schema.js';
import { lexicon } from '../lang/lexicon.js';
import { languageCodes } from '../lang/packs.js';

/** The parts of a header line with their offsets into the text it was parsed from. */
export interface HeaderLine {
  date: string;
  credit: string | null;
  caption: string | null;
  spans: { line: Span; date: Span; credit: Span | null; caption: Span | null };
  /** first character of the body: the first non-blank character after the header line */
  bodyStart: number;
}

interface CreditCues {
  labels: Set<string>;
  /** agencies as lower-cased word sequences, longest first */
  agencies: string[][];
  connectors: Set<string>;
  particles: Set<string>;
  stops: Set<string>;
  /** words between a label and the credit ("Photo by") */
  joiners: Set<string>;
}

let cues: CreditCues | undefined;

/** Compiles both languages' credit lexicons once per process. */
function creditCues(): CreditCues {
  if (cues) return cues;
  const c: CreditCues = { labels: new Set(), agencies: [], connectors: new Set(), particles: new Set(), stops: new Set(), joiners: new Set() };
  const seen = new Set<string>();
  for (const lang of languageCodes()) {
    for (const [cue, kind] of lexicon(lang, 'header-credits')) {
      if (kind === 'label') c.labels.add(cue.toLowerCase());
      else if (kind === 'connector') c.connectors.add(cue);
      else if (kind === 'particle') c.particles.add(cue);
      else if (kind === 'stop') c.stops.add(cue);
      else if (kind === 'joiner') c.joiners.add(cue);
      else if (kind === 'agency' && !seen.has(cue.toLowerCase())) {
        seen.add(cue.toLowerCase());
        c.agencies.push(cue.toLowerCase().split(/\s+/));
      }
    }
  }
  c.agencies.sort((a, b) => b.length - a.length);
  cues = c;
  return c;
}

const HEADER = /^[ \t\uFEFF]*(date|Date|DATE)[ \t]+(\d{4})-(\d{2})-(\d{2})(?=\s|$)/;

interface Tok { start: number; end: number; text: string; conn: boolean }

/** Whitespace tokens, with "/" and "|" split off as connector tokens of their own. */
function tokenize(text: string, from: number, to: number, c: CreditCues): Tok[] {
  const out: Tok[] = [];
  const re = /[^\s/|]+|[/|]/g;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < to) {
    const end = Math.min(m.index + m[0].length, to);
    const t = text.slice(m.index, end);
    out.push({ start: m.index, end, text: t, conn: c.connectors.has(t) });
  }
  return out;
}

const INITIAL = /^\p{Lu}\.(-?\p{Lu}\.)*$/u;
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;

function isNameToken(t: Tok, c: CreditCues): boolean {
  return !t.conn && !c.stops.has(t.text) && (INITIAL.test(t.text) || (NAME_WORD.test(t.text) && !/[.]$/.test(t.text)));
}

/** Length in tokens of the agency at i (longest match), or 0. */
function agencyAt(toks: Tok[], i: number, c: CreditCues): number {
  for (const words of c.agencies) {
    if (i + words.length > toks.length) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) {
      const t = toks[i + k];
      ok = !t.conn && t.text.replace(/[,;]$/, '').toLowerCase() === words[k];
    }
    if (ok) return words.length;
  }
  return 0;
}

/** One part of a credit starting at i: an agency or a short name. Returns its end and kind. */
function part(toks: Tok[], i: number, maxName: number, c: CreditCues): { end: number; agency: boolean } | null {
  const a = agencyAt(toks, i, c);
  if (a) return { end: i + a, agency: true };
  // maxName counts name words; initials ("A.") and particles ("von") come on top
  let j = i;
  let words = 0;
  while (j < toks.length) {
    const t = toks[j];
    if (INITIAL.test(t.text) && !t.conn) j++;
    else if (isNameToken(t, c) && words < maxName) { j++; words++; }
    else if (j > i && c.particles.has(t.text) && j + 1 < toks.length && isNameToken(toks[j + 1], c) && words < maxName) j++;
    else break;
  }
  return j > i ? { end: j, agency: false } : null;
}

/** A credit chain from token i: parts joined by connectors. Null when i starts no part. */
function chain(toks: Tok[], i: number, firstMax: number, c: CreditCues): { end: number; agency: boolean; joined: boolean } | null {
  const first = part(toks, i, firstMax, c);
  if (!first) return null;
  let { end, agency } = first;
  let joined = false;
  while (end < toks.length && toks[end].conn) {
    // a name after a connector is short (first name + surname, maybe an initial between)
    const next = part(toks, end + 1, 2, c);
    if (!next) break;
    end = next.end;
    agency ||= next.agency;
    joined = true;
  }
  return { end, agency, joined };
}

function stripLabel(t: string): string {
  return t.replace(/^[([]/, '').replace(/:$/, '').toLowerCase();
}

/** Trims blanks and separator punctuation from both ends of [s, e). */
function trimSpan(text: string, s: number, e: number): Span | null {
  while (s < e && /[\s|–—\-,;:()[\]]/.test(text[s])) s++;
  while (e > s && /[\s|–—\-,;:([]/.test(text[e - 1])) e--;
  if (e > s && text[e - 1] === ')' && !text.slice(s, e - 1).includes('(')) e--;
  return e > s ? { start: s, end: e } : null;
}

function validDay(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** The credit found on the line, and where its label starts (the credit's own start without one). */
interface Found { span: Span; from: number }

/** Finds the credit in tokens toks (the line after the date). */
function findCredit(text: string, toks: Tok[], c: CreditCues): Found | null {
  if (!toks.length) return null;
  // 1. A label anywhere ("Foto: ...", "(Photo: ...)", "Photo by ...", "© ..."): the credit follows it.
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const two = i + 1 < toks.length ? `${t.text} ${toks[i + 1].text}` : '';
    let labelEnd = -1;
    if (t.text.endsWith(':') && c.labels.has(stripLabel(t.text))) labelEnd = i + 1;
    else if (two.endsWith(':') && c.labels.has(stripLabel(two))) labelEnd = i + 2;
    else if (t.text === '©') labelEnd = i + 1;
    else if (i + 1 < toks.length && c.labels.has(stripLabel(t.text)) && c.joiners.has(toks[i + 1].text)) labelEnd = i + 2;
    if (labelEnd < 0 || labelEnd >= toks.length) continue;
    const from = toks[labelEnd].start;
    if (t.text.startsWith('(') || t.text.startsWith('[')) {
      const close = text.indexOf(t.text[0] === '(' ? ')' : ']', from);
      const lineEnd = toks[toks.length - 1].end;
      const span = close > from && close <= lineEnd ? trimSpan(text, from, close) : null;
      if (span) return { span, from: t.start };
    }
    const ch = chain(toks, labelEnd, 4, c);
    if (ch) return { span: { start: from, end: toks[ch.end - 1].end }, from: t.start };
  }
  // 2. Right after the date: needs an agency or a chain through "via" ("Name/Pool via REUTERS").
  const head = chain(toks, 0, 4, c);
  if (head && (head.agency || (head.joined && toks.slice(0, head.end).some((t) => t.text === 'via')))) {
    return { span: { start: toks[0].start, end: toks[head.end - 1].end }, from: toks[0].start };
  }
  // 3. At the end of the line, after a sentence: "... in Berlin. Anna Beispiel/dpa".
  for (let i = Math.max(1, toks.length - 8); i < toks.length; i++) {
    if (!/[.!?:]$/.test(toks[i - 1].text) || INITIAL.test(toks[i - 1].text)) continue;
    const ch = chain(toks, i, 4, c);
    if (ch && ch.end === toks.length && ch.agency) {
      return { span: { start: toks[i].start, end: toks[ch.end - 1].end }, from: toks[i].start };
    }
  }
  return null;
}

/**
 * The header of `text` when its first line is `date YYYY-MM-DD ...`, else null. Offsets refer to
 * `text`; the date must be a real calendar day.
 */
export function parseHeaderLine(text: string): HeaderLine | null {
  const m = HEADER.exec(text.length > 2000 ? text.slice(0, 2000) : text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[2]), Number(m[3]), Number(m[4])];
  if (!validDay(y, mo, d)) return null;
  const c = creditCues();
  const dateEnd = m.index + m[0].length;
  const dateStart = dateEnd - 10;
  const lineStart = m.index + m[0].length - m[0].trimStart().length;
  let nl = text.indexOf('\n', dateEnd);
  if (nl < 0) nl = text.length;
  let lineEnd = nl;
  while (lineEnd > dateEnd && /\s/.test(text[lineEnd - 1])) lineEnd--;
  const toks = tokenize(text, dateEnd, lineEnd, c);
  const found = findCredit(text, toks, c);
  const credit = found?.span ?? null;
  // caption: the text before the credit (and its label) when there is any, else after it
  const caption = found
    ? trimSpan(text, dateEnd, found.from) ?? trimSpan(text, found.span.end, lineEnd)
    : trimSpan(text, dateEnd, lineEnd);
  let bodyStart = nl;
  while (bodyStart < text.length && /\s/.test(text[bodyStart])) bodyStart++;
  const slice = (s: Span | null) => (s ? text.slice(s.start, s.end) : null);
  return {
    date: text.slice(dateStart, dateEnd),
    credit: slice(credit),
    caption: slice(caption),
    spans: { line: { start: lineStart, end: lineEnd }, date: { start: dateStart, end: dateEnd }, credit, caption },
    bodyStart,
  };
}
