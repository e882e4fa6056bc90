/**
 * Resuming at server start: an article the server stored but did not analyse (the process died
 * in between) stays `pending`; the server leases such articles like a worker does (claim, so
 * a running worker or ingest never gets the same article) and analyses them, one at a time,
 * yielding to the event loop between articles so requests are served meanwhile.
 *
 * @example
 * const n = await resumePending(store, ctl.signal); // articles analysed
 */
import { hostname } from 'node:os';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { BulkStore } from '../store/queue.js';
import { analyseOutcome } from '../ingest/analyse-one.js';
import { writeOutcomes } from '../ingest/write-outcomes.js';

/** Lease length: far longer than one article's analysis. */
const LEASE_MS = 10 * 60_000;

/** Analyses every pending article whose lease is free; resolves with how many (never rejects). */
export async function resumePending(store: object, signal?: AbortSignal, report = (l: string) => process.stderr.write(`${l}\n`)): Promise<number> {
  const s = store as Partial<BulkStore>;
  if (typeof s.claim !== 'function' || typeof s.putResults !== 'function') return 0;
  const bulk = store as BulkStore;
  const owner = `serve@${hostname()}:${process.pid}`;
  let n = 0;
  try {
    while (!signal?.aborted) {
      const jobs = await bulk.claim(owner, 1, LEASE_MS);
      if (!jobs.length) break;
      for (const job of jobs) {
        await nextTurn();
        if (signal?.aborted) return n; // the lease expires; the next start or a worker takes it
        await writeOutcomes(bulk, [analyseOutcome(job.id, job.article)]);
        n++;
      }
    }
    if (n) report(`lagebild serve: analysed ${n} article(s) left pending by an earlier run`);
  } catch (err) {
    if (!signal?.aborted) report(`lagebild serve: could not resume pending articles (${(err as Error)?.message ?? String(err)})`);
  }
  return n;
}
