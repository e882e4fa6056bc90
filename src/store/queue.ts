/**
 * What batch processing needs beyond the Store interface: leasing pending articles (workers),
 * the status of a stored article (resume), and streaming every result (export). Both stores
 * implement it; openStore() returns `Store & BatchStore`, so code written against Store is unaffected.
 *
 * @example
 * for (const job of await store.claim('worker-1', 8, 60_000)) await store.putResult(job.id, analyze(job.article));
 */
import type { ArticleIn, Result } from '../contract/schema.js';
import type { EventRow, Store } from './store.js';

/** A leased article: its stored id and the article to analyse (id set to the stored id). */
export interface ClaimedArticle {
  id: string;
  article: ArticleIn & { id: string };
}

/** putArticle's answer with what ingest needs to decide whether to analyse. */
export interface PutArticleResult {
  id: string;
  inserted: boolean;
  status: 'pending' | 'done' | 'error';
  duplicateOf: string | null;
}

/** The outcome of analysing one stored article: a result or an error. */
export type AnalysisOutcome =
  | { id: string; result: Result }
  | { id: string; error: { code: string; message: string } };

export interface BatchStore {
  putArticle(article: ArticleIn): Promise<PutArticleResult>;
  /**
   * Leases up to `limit` pending articles whose lease is free or expired, for `leaseMs`.
   * Safe with any number of concurrent callers (SKIP LOCKED on PostgreSQL, one atomic UPDATE on SQLite).
   */
  claim(owner: string, limit: number, leaseMs: number): Promise<ClaimedArticle[]>;
  /**
   * Leases, of the given articles, those that are pending with a free or expired lease (what an
   * ingest just stored or found left over); returns their ids. Another ingest or worker holding
   * one keeps it: concurrent ingests never analyse the same article twice.
   */
  claimIds(owner: string, ids: string[], leaseMs: number): Promise<string[]>;
  /** owners of the running (unexpired) leases on pending articles */
  leaseOwners(): Promise<string[]>;
  /** frees the leases `owner` holds on pending articles (a dead process's); returns how many */
  releaseLeases(owner: string): Promise<number>;
  /** number of articles still pending (leased or not) */
  pendingCount(): Promise<number>;
  /** every stored result in insertion order, fetched page by page */
  allResults(pageSize?: number): AsyncGenerator<Result>;
  /** every event (duplicates counted once, as events() does), page by page, oldest article first */
  allEvents(pageSize?: number): AsyncGenerator<ExportEventRow>;
  /** the results of canonical articles (near-duplicates left out) with how many articles reported each */
  allStories(pageSize?: number): AsyncGenerator<{ result: Result; sources: number }>;
}

/** An event row with its article's URL (for exports). */
export type ExportEventRow = EventRow & { url: string | null };

/** A Store (assignable to it) with the batch methods. */
export type LagebildStore = Omit<Store, 'putArticle'> & BatchStore;

/** Writes in bulk: one transaction (one commit) for many articles. Used by ingest and workers. */
export interface BulkWrites {
  /** putArticle for many articles in one transaction */
  putArticles(articles: ArticleIn[]): Promise<PutArticleResult[]>;
  /** putResult / putError for many articles in one transaction, all or nothing */
  putResults(items: AnalysisOutcome[]): Promise<void>;
}

/** What openStore() hands out: both real stores implement it. */
export type BulkStore = LagebildStore & BulkWrites;
