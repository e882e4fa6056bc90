/**
 * Resuming at server start: an article the server stored but did not analyse (the process died
 * in between) stays `pending`; the server leases such articles like a worker does (claim, so
 * a running worker or ingest never gets the same article) and analyses them in the server's
 * analysis pool (the shared one by default: off the event loop, every core), a batch at a time,
 * each batch's results written in one transaction.
 *
 * @example
 * const n = await resumePending(store, ctl.signal); // articles analysed
 */
import { hostname } from 'node:os';

import { writeOutcomes } from '../ingest/write-outcomes.js';
import type { AnalysisPool } from '../parallel/pool.js';
import { sharedPool } from '../parallel/shared.js';
import type { Store } from '../store/store.js';

/** Lease length: far longer than one batch's analysis. */
const LEASE_MS = 10 * 60_000;
/** Articles leased at a time: a few per worker thread, so a stop leaves little leased. */
const BATCH_PER_WORKER = 4;

/**
 * Analyses every pending article whose lease is free, in `pool` (default: the server's shared
 * pool); resolves with how many (never rejects).
 */
export async function resumePending(
  store: object, signal?: AbortSignal, report: (line: string) => void = (l) => { process.stderr.write(`${l}\n`); },
  pool?: Pick<AnalysisPool, 'run' | 'size'>,
): Promise<number> {
  const s = store as Partial<Store>;
  if (typeof s.claim !== 'function' || typeof s.putResults !== 'function') return 0;
  const bulk = store as Store;
  const owner = `serve@${hostname()}:${process.pid}`;
  let n = 0;
  try {
    // the pool is needed (and its threads started) only when something is pending
    if (!signal?.aborted && (await bulk.pendingCount()) > 0) pool ??= sharedPool();
    while (pool && !signal?.aborted) {
      const p = pool;
      const jobs = await bulk.claim(owner, BATCH_PER_WORKER * p.size, LEASE_MS);
      if (!jobs.length) break;
      const replies = await Promise.all(jobs.map((job) => p.run({ kind: 'outcome', id: job.id, article: job.article, prepare: true })));
      if (signal?.aborted) return n; // the leases expire; the next start or a worker takes the articles
      await writeOutcomes(bulk, replies.map((r) => r.outcome));
      n += jobs.length;
    }
    if (n) report(`lagebild serve: analysed ${n} article(s) left pending by an earlier run`);
  } catch (err) {
    if (!signal?.aborted) report(`lagebild serve: could not resume pending articles (${(err as Error)?.message ?? String(err)})`);
  }
  return n;
}
