/**
 * Main text and metadata of an HTML page: @mozilla/readability over a linkedom document for the
 * text (paragraphs kept as blank-line separated blocks), meta tags for title, date, language,
 * URL and site name. Falls back to the body's visible text when readability finds no article.
 *
 * @example
 * const page = htmlToArticle('<html><head><title>T</title></head><body><p>Ein Satz.</p></body></html>');
 * page.text; // 'Ein Satz.'
 */
import { dom } from './dom.js';
import { isoDay, normaliseLang } from './article.js';
import { decodeTextEntities } from './html-entities.js';

/** What a page yields: the text (may be empty) and whatever metadata it states. */
export interface PageArticle {
  text: string;
  title: string | null;
  date: string | null;
  lang: 'de' | 'en' | null;
  url: string | null;
  source: string | null;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'HEAD', 'NAV', 'FOOTER', 'ASIDE', 'FORM', 'BUTTON', 'SELECT']);
const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'BLOCKQUOTE', 'PRE', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'TR', 'FIGURE', 'FIGCAPTION', 'HR', 'ADDRESS', 'DETAILS', 'SUMMARY',
]);

interface DomNode { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<DomNode> }

/** Visible text of a DOM subtree: one paragraph per block element, whitespace collapsed. */
export function blockText(root: DomNode): string {
  const paras: string[] = [];
  let cur = '';
  const flush = () => {
    const t = cur.replace(/[ \t\r\n\f\u00a0]+/g, ' ').trim();
    if (t) paras.push(t);
    cur = '';
  };
  // iterative walk (any nesting depth): null marks the end of a block element
  const stack: (DomNode | null)[] = [root];
  while (stack.length) {
    const n = stack.pop();
    if (n === null) { flush(); continue; }
    if (!n) continue;
    if (n.nodeType === 3) { cur += n.textContent ?? ''; continue; }
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) continue;
    const name = n.nodeName.toUpperCase();
    if (SKIP.has(name)) continue;
    if (name === 'BR') { cur += '\n'; continue; }
    if (BLOCK.has(name)) { flush(); stack.push(null); }
    const kids = n.childNodes; // linkedom builds this list on each access: take it once
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  flush();
  return paras.join('\n\n');
}

/** Element count and deepest nesting of a DOM tree (iterative). */
function shape(root: DomNode): { elements: number; depth: number } {
  let elements = 0;
  let depth = 0;
  const stack: [DomNode, number][] = [[root, 0]];
  while (stack.length) {
    const [n, d] = stack.pop()!;
    if (n.nodeType !== 1 && n.nodeType !== 9) continue;
    elements++;
    if (d > depth) depth = d;
    const kids = n.childNodes;
    for (let i = 0; i < kids.length; i++) stack.push([kids[i], d + 1]);
  }
  return { elements, depth };
}

/**
 * Readability's run time grows steeply with nesting depth and element count; beyond these a
 * page is read with the plain block walk instead (normal news pages stay well below).
 */
const READABILITY_MAX_DEPTH = 60;
const READABILITY_MAX_ELEMENTS = 15_000;

type Doc = ReturnType<typeof import('linkedom').parseHTML>['document'];

function meta(doc: Doc, selectors: string[]): string | null {
  for (const sel of selectors) {
    const el = doc.querySelector(sel);
    const v = el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? null;
    if (v && v.trim()) return v.trim();
  }
  return null;
}

/** datePublished from JSON-LD blocks, if any. */
function jsonLdDate(doc: Doc): string | null {
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(s.textContent ?? '');
    if (m) return m[1];
  }
  return null;
}

function toDay(v: string | null): string | null {
  if (!v) return null;
  const day = isoDay(v);
  if (day) return day;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

/**
 * linkedom's parser slows down steeply on deep nesting (700 KB of unclosed `<b><i>x` took 52 s,
 * 1 MB of nested divs 5.7 s; found by src/read/fuzz.test.ts). A page whose tags nest deeper than
 * this (estimated by tagDepth) is flattened before parsing (see flattenTags).
 */
const PARSE_MAX_DEPTH = 1000;
/** Elements that are void or whose end tag may be left out: they do not deepen the estimate. */
const NO_DEPTH = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
  'param', 'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption',
  'rb', 'rt', 'rp', '!doctype']);
/** A tag (`[^<>]` keeps the scan linear even when no `>` follows). */
const TAG = /<(\/?)(!?[a-zA-Z][\w:-]*)[^<>]*>/g;
/** Tags kept by flattenTags: metadata and raw-text elements, which do not nest. */
const KEEP_FLAT = new Set(['title', 'meta', 'link', 'time', 'script', 'style', 'noscript', 'template']);

/** A rough, linear estimate of how deep the tags of `html` nest (opening minus closing tags). */
export function tagDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(TAG)) {
    const name = m[2].toLowerCase();
    if (NO_DEPTH.has(name) || m[0].endsWith('/>')) continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max) max = depth;
  }
  return max;
}

/** The page without nesting: block tags become paragraph breaks, other tags go (metadata and scripts stay). */
function flattenTags(html: string): string {
  return html.replace(TAG, (tag, _close: string, name: string) => {
    const lower = name.toLowerCase();
    if (KEEP_FLAT.has(lower)) return tag;
    return BLOCK.has(lower.toUpperCase()) || lower === 'br' ? '<p>' : '';
  }).replace(/(?:<p>\s*){2,}/g, '<p>');
}

/** Reads the main text and metadata of `html` (never throws on malformed markup). */
export function htmlToArticle(page: string, pageUrl?: string): PageArticle {
  // many character references: decoded first, or the parser makes a text node of each (html-entities.ts)
  const { html: decoded, restore } = decodeTextEntities(page);
  let html = decoded;
  if (tagDepth(html) > PARSE_MAX_DEPTH) html = flattenTags(html);
  const { parseHTML, Readability } = dom();
  const { document } = parseHTML(html);
  const title = meta(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]'])
    ?? (document.querySelector('title')?.textContent?.trim() || null);
  const date = toDay(meta(document, [
    'meta[property="article:published_time"]', 'meta[property="og:published_time"]',
    'meta[itemprop="datePublished"]', 'meta[name="date"]', 'meta[name="pubdate"]', 'meta[name="publishdate"]',
    'meta[name="publish-date"]', 'meta[name="DC.date.issued"]', 'meta[name="dc.date"]', 'meta[name="DC.date"]',
    'meta[name="dcterms.date"]', 'meta[name="parsely-pub-date"]', 'meta[name="sailthru.date"]',
  ]) ?? jsonLdDate(document) ?? meta(document, ['time[itemprop="datePublished"]', 'time[pubdate]', 'time[datetime]']));
  const langAttr = document.documentElement?.getAttribute?.('lang') ?? meta(document, ['meta[http-equiv="content-language"]']);
  const url = meta(document, ['meta[property="og:url"]'])
    ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? pageUrl ?? null;
  const source = meta(document, ['meta[property="og:site_name"]']);
  let text = '';
  const { elements, depth } = shape(document as unknown as DomNode);
  const useReadability = depth <= READABILITY_MAX_DEPTH && elements <= READABILITY_MAX_ELEMENTS;
  if (useReadability) {
    try {
      // Readability changes the document it reads; metadata was taken above.
      const parsed = new Readability(document as unknown as Document).parse();
      if (parsed?.content) text = blockText(parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document as unknown as DomNode);
    } catch {
      text = '';
    }
  }
  if (!text) text = blockText((useReadability ? parseHTML(html).document : document) as unknown as DomNode);
  return { text: restore(text), title: restore(title), date, lang: langAttr ? normaliseLang(langAttr) : null, url: restore(url), source: restore(source) };
}
