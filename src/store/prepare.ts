/**
 * Shared by both stores: the CPU work of putArticle done before its transaction (content hash,
 * MinHash signature, LSH keys), the CPU work of putResult (the stored JSON, the layer rows and
 * the search documents: `prepareResult`, which an analysis worker can do off the main thread,
 * docs/parallel.md "Server") and the mapping of a leased row to the article to analyse.
 *
 * @example
 * const { hash, sig, keys } = prepareArticle({ text: 'Scholz traf Macron in Paris.' });
 * const prepared = prepareResult('a1', result); // store.putResults([{ id: 'a1', prepared }])
 */
import type { ArticleIn, Result } from '../contract/schema.js';
import type { ClaimedArticle } from './queue.js';
import { layerRows, type LayerRows } from './rows.js';
import { searchDocs, type SearchDoc } from './search-docs.js';
import { contentHash } from './text-hash.js';
import { bandKeys, minhash } from '../dedup/minhash.js';
import { cleanDeep } from '../read/clean-text.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- driver rows are untyped */

/** What putArticle computes before its transaction (hashing is CPU work; keep it out of the lock). */
export interface PreparedArticle {
  hash: string;
  sig: Uint32Array | null;
  keys: number[] | null;
}

/** Content hash, MinHash signature and LSH keys of an article. */
export function prepareArticle(article: ArticleIn): PreparedArticle {
  if (typeof article?.text !== 'string') throw new TypeError('article.text must be a string');
  const sig = minhash(article.text);
  return { hash: contentHash(article.text), sig, keys: sig ? bandKeys(sig) : null };
}

/** A JSON escape PostgreSQL refuses: NUL or a surrogate (JSON.stringify escapes only lone ones). */
const BAD_ESCAPE = /\\u(?:0000|d[89a-f])/i;

/**
 * The result as stored (id set) and its JSON, with every string cleaned (src/read/clean-text.ts)
 * when any held a NUL or a lone surrogate: a stage copying raw input must not fail the write.
 */
export function storedResult(id: string, result: Result): { result: Result; json: string } {
  let r = { ...result, id };
  let json = JSON.stringify(r);
  if (BAD_ESCAPE.test(json)) {
    r = cleanDeep(r);
    json = JSON.stringify(r);
  }
  return { result: r, json };
}

/** What putResult writes for one result, computed before (and outside) its transaction. */
export interface PreparedResult {
  /** the stored result's JSON (storedResult) */
  json: string;
  lang: string;
  rows: LayerRows;
  /** the article's, its events' and its quotes' search documents (search-docs.ts) */
  docs: SearchDoc[];
}

/**
 * The stored JSON, layer rows and search documents of article `id`'s result: pure CPU work (for
 * a 1.5 MB article ~0.45 s of the ~0.9 s its SQLite write took on the event loop, 2026-12-07).
 */
export function prepareResult(id: string, result: Result): PreparedResult {
  const { result: clean, json } = storedResult(id, result);
  const rows = layerRows(id, clean);
  return { json, lang: clean.lang, rows, docs: searchDocs(rows, clean) };
}

/** A claimed row → the article to analyse. */
export function toClaimed(r: any): ClaimedArticle {
  return {
    id: r.id,
    article: {
      id: r.id, text: r.text, title: r.title ?? null, lang: r.lang ?? null, date: r.date ?? null,
      url: r.url ?? null, source: r.source ?? null,
    },
  };
}
