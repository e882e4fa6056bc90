/**
 * Shared by both stores: the CPU work of putArticle done before its transaction (content hash,
 * MinHash signature, LSH keys) and the mapping of a leased row to the article to analyse.
 *
 * @example
 * const { hash, sig, keys } = prepareArticle({ text: 'Scholz traf Macron in Paris.' });
 */
import type { ArticleIn, Result } from '../contract/schema.js';
import type { ClaimedArticle } from './queue.js';
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
