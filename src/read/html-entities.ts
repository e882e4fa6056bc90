/**
 * Character references decoded before parsing, so that parsing stays linear. linkedom's parser
 * (htmlparser2) emits one text node per reference: 5 MB of `&amp;` became a million text nodes,
 * and parsing, Readability and the text walk took 25 s and 1 GB (10 MB: 103 s, 2.7 GB). A page
 * with many references has them decoded here, in its text between tags (not inside tags, nor in
 * script, style or comments), with the same decoder htmlparser2 uses (npm `entities`). A decoded
 * `&` or `<` would be read again as markup, so it is written as a placeholder noncharacter
 * (U+FDD0, U+FDD1) that `restore` turns back into `&` and `<` in the extracted strings.
 *
 * @example
 * const { html, restore } = decodeTextEntities('<p>a &amp;lt; b</p>', 0);
 * html;                 // '<p>a \ufdd0lt; b</p>'
 * restore('a \ufdd0lt; b'); // 'a &lt; b'
 */
import { decodeHTML } from 'entities';

/** Pages with fewer references than this are parsed as they are (the output of normal pages stays exactly as before). */
export const ENTITY_THRESHOLD = 5000;

const AMP = '\ufdd0';
const LT = '\ufdd1';
const PLACEHOLDERS = /[\ufdd0\ufdd1]/g;
/** Elements whose content is raw text (no references decoded by the parser either). */
const RAW = new Set(['script', 'style', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

/** What decodeTextEntities gives: the page to parse and the function that undoes the placeholders. */
export interface Decoded {
  html: string;
  restore: <T extends string | null>(s: T) => T;
}

const identity = <T extends string | null>(s: T): T => s;
const undo = <T extends string | null>(s: T): T =>
  (s === null ? s : s.replace(PLACEHOLDERS, (c) => (c === AMP ? '&' : '<')) as T);

/** Counts `&` up to `limit` (a cheap test whether decoding pays). */
function countAmps(html: string, limit: number): number {
  let n = 0;
  for (let i = html.indexOf('&'); i >= 0 && n < limit; i = html.indexOf('&', i + 1)) n++;
  return n;
}

/** End (exclusive) of the tag starting at `i` (quotes respected), or -1 when it never closes. */
function tagEnd(html: string, i: number): number {
  let q = '';
  for (let j = i + 1; j < html.length; j++) {
    const c = html[j];
    if (q) {
      if (c === q) q = '';
    } else if (c === '"' || c === "'") {
      // a quote only opens a value after "=" (possibly with spaces)
      let k = j - 1;
      while (k > i && /\s/.test(html[k])) k--;
      if (html[k] === '=') q = c;
    } else if (c === '>') return j + 1;
  }
  return -1;
}

/** A character reference as the tokenizer sees one: numeric, or a name (legacy ones without ";"). */
const REF = /&(?:#[xX][0-9a-fA-F]+;?|#[0-9]+;?|[a-zA-Z][a-zA-Z0-9]*;?)/y;
/** The references of nearly every page, answered without the decoder (and with the placeholders). */
const COMMON: [string, string][] = [['&amp;', AMP], ['&lt;', LT], ['&gt;', '>'], ['&quot;', '"'], ['&nbsp;', '\u00a0']];
const toPlaceholders = (s: string) => (s.includes('&') || s.includes('<') ? s.replace(/[&<]/g, (c) => (c === '&' ? AMP : LT)) : s);

/**
 * Text with its references decoded (each as the tokenizer would, one at a time) and `&`, `<`
 * as placeholders; a loop over indexOf rather than a replace callback (a million references).
 */
function decodeText(text: string): string {
  let i = text.indexOf('&');
  if (i < 0) return text;
  let out = '';
  let last = 0;
  while (i >= 0) {
    let rep: string | undefined;
    let len = 0;
    for (const [ref, ch] of COMMON) {
      if (text.startsWith(ref, i)) {
        rep = ch;
        len = ref.length;
        break;
      }
    }
    if (rep === undefined) {
      REF.lastIndex = i;
      const m = REF.exec(text);
      if (m) {
        rep = toPlaceholders(decodeHTML(m[0]));
        len = m[0].length;
      }
    }
    if (rep === undefined) {
      // a "&" that starts no reference stays as it is: the parser reads it as text, as before
      i = text.indexOf('&', i + 1);
      continue;
    }
    out += text.slice(last, i) + rep;
    last = i + len;
    i = text.indexOf('&', last);
  }
  return out + text.slice(last);
}

/**
 * `html` with the references of its text decoded (when it has at least `threshold` of them),
 * and `restore` for the strings read from the parsed page.
 */
export function decodeTextEntities(html: string, threshold = ENTITY_THRESHOLD): Decoded {
  if (countAmps(html, threshold) < threshold) return { html, restore: identity };
  const src = html.replace(PLACEHOLDERS, '');
  const out: string[] = [];
  let text = 0; // start of the pending text run
  let i = src.indexOf('<');
  while (i >= 0) {
    const next = src[i + 1] ?? '';
    if (!/[a-zA-Z/!?]/.test(next)) {
      i = src.indexOf('<', i + 1);
      continue;
    }
    out.push(decodeText(src.slice(text, i)));
    let end: number;
    if (src.startsWith('<!--', i)) {
      const close = src.indexOf('-->', i + 4);
      end = close < 0 ? -1 : close + 3;
    } else end = tagEnd(src, i);
    if (end < 0) {
      // an unclosed tag or comment: the rest is left to the parser as it is
      out.push(src.slice(i));
      return { html: out.join(''), restore: undo };
    }
    out.push(src.slice(i, end));
    const name = /^<([a-zA-Z][\w:-]*)/.exec(src.slice(i, Math.min(end, i + 40)))?.[1]?.toLowerCase();
    if (name && RAW.has(name) && !src.slice(i, end).endsWith('/>')) {
      // raw text: copied up to its end tag
      const re = new RegExp(`</${name}`, 'gi');
      re.lastIndex = end;
      const close = re.exec(src);
      const stop = close ? close.index : src.length;
      out.push(src.slice(end, stop));
      end = stop;
    }
    text = end;
    i = src.indexOf('<', end);
  }
  out.push(decodeText(src.slice(text)));
  return { html: out.join(''), restore: undo };
}
