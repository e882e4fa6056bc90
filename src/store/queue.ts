/**
 * Batch processing's part of the one Store interface (store.ts): leasing pending articles
 * (workers, ingest), and streaming every result (exports); the types ingest and workers pass.
 *
 * @example
 * for (const job of await store.claim('worker-1', 8, 60_000)) await store.putResult(job.id, analyze(job.article));
 */
import type { ArticleIn, Result } from '../contract/schema.js';
import type { EventRow, Store } from './store.js';
import type { PreparedResult } from './prepare.js';

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

/**
 * The outcome of analysing one stored article: a result, the same result already prepared for
 * writing (prepareResult, done in an analysis worker) or an error.
 */
export type AnalysisOutcome =
  | { id: string; result: Result }
  | { id: string; prepared: PreparedResult }
  | { id: string; error: { code: string; message: string } };

/** Capability group of the Store (store.ts): leases for workers and ingest, and streaming every result (exports). */
export interface BatchStore {
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


/** The bulk writes of the Store (its group ArticleWrites), kept for code written before it. */
export type BulkWrites = Pick<Store, 'putArticles' | 'putResults'>;

