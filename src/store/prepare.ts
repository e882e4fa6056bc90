/**
 * Shared by both stores: the CPU work of putArticle done before its transaction (content hash,
 * MinHash signature, LSH keys) and the mapping of a leased row to the article to analyse.
 *
 * @example
 * const { hash, sig, keys } = prepareArticle({ text: 'Scholz traf Macron in Paris.' });
 */
import type { ArticleIn } from '../contract/schema.js';
import type { ClaimedArticle } from './queue.js';
import { contentHash } from './text-hash.js';
import { bandKeys, minhash } from '../dedup/minhash.js';

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
