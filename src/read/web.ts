/**
 * http(s) sources: a page (HTML main text), a plain-text or JSON document, or an RSS/Atom feed
 * (@extractus/feed-extractor), whose entries' pages are then fetched one after the other. A URL
 * that cannot be fetched throws SourceError; a feed entry that cannot be fetched becomes a
 * ReadFailed item (origin: the entry's link) and the other entries go on.
 *
 * @example
 * for await (const item of readUrl('https://example.org/feed.xml', {}, readLimits())) ...
 */
import { extractFromXml, type FeedEntry } from '@extractus/feed-extractor';
import { fetchUrl, FetchError, type Fetched } from './fetch.js';
import { failed, htmlItem, jsonItem, textItem, type Fallback } from './formats.js';
import { isoDay } from './article.js';
import { decodeBytes } from './decode.js';
import { blockText } from './html-text.js';
import { decodeTextEntities } from './html-entities.js';
import { cleanItem } from './clean-text.js';
import { dom } from './dom.js';
import { SourceError, type ReadItem, type ReadLimits, type ReadOptions } from './types.js';

/** True when a response is an RSS/Atom/RDF feed (by media type, else by its first bytes). */
export function isFeed(res: Pick<Fetched, 'contentType' | 'body'>): boolean {
  if (/(rss|atom|rdf)\+xml/.test(res.contentType)) return true;
  if (res.contentType === 'text/html' || res.contentType === 'application/xhtml+xml') return false;
  const head = res.body.subarray(0, 2048).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  return (head.startsWith('<?xml') || head.startsWith('<rss') || head.startsWith('<feed')) && /<(rss|feed|rdf:RDF)[\s>]/.test(head);
}

function fromPage(res: Fetched, origin: string, limits: ReadLimits, fallback?: Fallback): ReadItem {
  const ct = res.contentType;
  const head = res.body.subarray(0, 512).toString('latin1').trimStart().toLowerCase();
  if (ct.includes('html') || (!ct && (head.startsWith('<!doctype html') || head.startsWith('<html')))) {
    return htmlItem(res.body, origin, limits, { charset: res.charset, url: res.url, fallback });
  }
  if (ct === 'application/json') return jsonItem(res.body, origin, limits);
  if (ct.startsWith('text/') || !ct) {
    const item = textItem(res.body, origin, limits);
    if ('article' in item) item.article.url ??= res.url;
    return item;
  }
  return failed(origin, 'unsupported', `cannot read content of type ${ct}`);
}

function text(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

/** An entry without a page to fetch: its own description is the text. */
function entryItem(e: FeedEntry, origin: string, fallback: Fallback): ReadItem {
  const desc = text(e.description);
  if (!desc) return failed(origin, 'no-text', 'the feed entry has neither a link nor a description');
  const { html, restore } = decodeTextEntities(`<html><body>${desc}</body></html>`);
  const body = restore(blockText(dom().parseHTML(html).document as never));
  return cleanItem({ article: { text: body, ...fallback }, origin });
}

/**
 * The entries of a feed response, each read from its page, all before `deadline` (ms since the
 * epoch): each download gets what is left of it (at most limits.timeoutMs), and when it has
 * passed the entries not read yet become one ReadFailed for the feed (code timeout).
 */
async function* feedItems(res: Fetched, opts: ReadOptions, limits: ReadLimits, deadline: number): AsyncGenerator<ReadItem> {
  const d = decodeBytes(res.body, res.charset);
  if (!d.ok) throw new SourceError(res.url, d.message, d.code);
  let feed;
  try {
    feed = extractFromXml(d.text, { descriptionMaxLen: 0, baseUrl: res.url });
  } catch (err) {
    throw new SourceError(res.url, `not a readable feed (${(err as Error).message.slice(0, 120)})`, 'bad-feed');
  }
  const seen = new Set<string>();
  const entries = (feed.entries ?? []).slice(0, limits.maxFeedItems);
  for (const [i, e] of entries.entries()) {
    const link = text(e.link);
    const origin = link ?? `${res.url}#${i + 1}`;
    if (link && seen.has(link)) continue;
    if (link) seen.add(link);
    const fallback: Fallback = {};
    const title = text(e.title);
    const date = text(e.published) ? isoDay(e.published!) : null;
    if (title) fallback.title = title;
    if (date) fallback.date = date;
    if (link) fallback.url = link;
    if (text(feed.title)) fallback.source = text(feed.title);
    if (!link) {
      yield entryItem(e, origin, fallback);
      continue;
    }
    const left = deadline - Date.now();
    if (left <= 0) {
      const rest = entries.length - i;
      yield failed(res.url, 'timeout', `the feed took longer than ${Math.round(limits.feedTimeoutMs / 1000)} s in all: ${rest} of its ${entries.length} entries were not read`);
      return;
    }
    try {
      const page = await fetchUrl(link, { limits: { ...limits, timeoutMs: Math.min(limits.timeoutMs, left) }, allowPrivate: opts.allowPrivate });
      yield fromPage(page, origin, limits, fallback);
    } catch (err) {
      if (err instanceof FetchError) yield failed(origin, err.code, err.message);
      else if (err instanceof SourceError) yield failed(origin, err.code, err.message);
      else throw err;
    }
  }
}

/** The article(s) behind a URL. */
export async function* readUrl(spec: string, opts: ReadOptions, limits: ReadLimits): AsyncGenerator<ReadItem> {
  const deadline = Date.now() + limits.feedTimeoutMs;
  let res: Fetched;
  try {
    res = await fetchUrl(spec, { limits, allowPrivate: opts.allowPrivate });
  } catch (err) {
    if (err instanceof FetchError) throw new SourceError(spec, err.message, err.code);
    throw err;
  }
  if (isFeed(res)) yield* feedItems(res, opts, limits, deadline);
  else yield fromPage(res, spec, limits);
}
