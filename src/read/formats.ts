/**
 * One article from the bytes of a single source, by format: plain text (the `date` of a photo
 * header line becomes the article date), HTML (main text and metadata), JSON (one article).
 * Problems with the article become ReadFailed items; only JSON that does not parse at all throws
 * a SourceError (the whole source is unusable).
 *
 * @example
 * const item = textItem(Buffer.from('Ein Satz.'), 'a.txt', readLimits());
 */
import { decodeBytes } from './decode.js';
import { toArticle } from './article.js';
import { parseHeaderLine } from './header-line.js';
import { htmlToArticle } from './html-text.js';
import { formatBytes } from './limits.js';
import { cleanItem } from './clean-text.js';
import { SourceError, type ReadItem, type ReadLimits } from './types.js';
import type { ArticleIn } from '../contract/schema.js';

/** A ReadFailed item. */
export function failed(origin: string, code: string, message: string, id?: string): ReadItem {
  return id ? { error: { code, message }, origin, id } : { error: { code, message }, origin };
}

/** The ReadFailed for input over `limit` bytes. */
export function tooLarge(origin: string, size: number | null, limit: number, what = 'article'): ReadItem {
  const got = size === null ? `more than ${formatBytes(limit)}` : formatBytes(size);
  return failed(origin, 'too-large', `the ${what} is ${got}; the limit is ${formatBytes(limit)} (split it into several articles)`);
}

/** A ReadOk, its strings cleaned (clean-text.ts: no NUL, no lone surrogate) with a note when changed. */
function ok(article: ArticleIn, origin: string, notes: string[]): ReadItem {
  return cleanItem(notes.length ? { article, origin, notes } : { article, origin });
}

/** A plain-text article (one per file). */
export function textItem(buf: Buffer, origin: string, limits: ReadLimits): ReadItem {
  if (buf.length > limits.maxArticleBytes) return tooLarge(origin, buf.length, limits.maxArticleBytes);
  const d = decodeBytes(buf);
  if (!d.ok) return failed(origin, d.code, d.message);
  const article: ArticleIn = { text: d.text };
  const header = parseHeaderLine(d.text);
  if (header) article.date = header.date;
  return ok(article, origin, d.notes);
}

/** The charset named in the first bytes of an HTML page (<meta charset> / http-equiv), if any. */
function metaCharset(buf: Buffer): string | null {
  const head = buf.subarray(0, 4096).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ?? null;
}

/** Metadata a caller already knows (from a feed entry) used where the page states none. */
export type Fallback = Partial<Pick<ArticleIn, 'title' | 'date' | 'url' | 'source'>>;

/** The main text of an HTML page as an article. */
export function htmlItem(buf: Buffer, origin: string, limits: ReadLimits, opts: { charset?: string | null; url?: string; fallback?: Fallback } = {}): ReadItem {
  if (buf.length > limits.maxPageBytes) return tooLarge(origin, buf.length, limits.maxPageBytes, 'page');
  const d = decodeBytes(buf, opts.charset ?? metaCharset(buf));
  if (!d.ok) return failed(origin, d.code, d.message);
  const page = htmlToArticle(d.text, opts.url);
  if (!page.text.trim()) return failed(origin, 'no-text', 'no readable text found in the HTML');
  const bytes = Buffer.byteLength(page.text, 'utf8');
  if (bytes > limits.maxArticleBytes) return tooLarge(origin, bytes, limits.maxArticleBytes, 'text of the page');
  const fb = opts.fallback ?? {};
  const article: ArticleIn = { text: page.text };
  const title = page.title ?? fb.title;
  const date = page.date ?? fb.date;
  const url = page.url ?? fb.url;
  const source = page.source ?? fb.source;
  if (title) article.title = title;
  if (date) article.date = date;
  if (page.lang) article.lang = page.lang;
  if (url) article.url = url;
  if (source) article.source = source;
  return ok(article, origin, d.notes);
}

/** One article given as a JSON object. Throws SourceError when the JSON itself is broken. */
export function jsonItem(buf: Buffer, origin: string, limits: ReadLimits): ReadItem {
  if (buf.length > limits.maxPageBytes) return tooLarge(origin, buf.length, limits.maxPageBytes, 'JSON file');
  const d = decodeBytes(buf);
  if (!d.ok) return failed(origin, d.code, d.message);
  let value: unknown;
  try {
    value = JSON.parse(d.text);
  } catch (err) {
    throw new SourceError(origin, `not valid JSON (${(err as Error).message.split('\n')[0].slice(0, 120)})`, 'bad-json');
  }
  const c = toArticle(value, limits.maxArticleBytes);
  if (!c.ok) return failed(origin, c.code, c.message, c.id);
  return ok(c.article, origin, [...d.notes, ...c.notes]);
}
