/**
 * The worker loop: lease a batch of pending articles, analyse each, write the results, repeat.
 * Any number of workers on any number of machines share one PostgreSQL database (or one SQLite
 * file on one machine). A worker that dies keeps its lease until it expires; then another
 * worker takes the articles again, and since putResult replaces an article's rows, each article
 * ends with exactly one result.
 *
 * @example
 * const s = await work(store, { once: true });
 */
import { hostname } from 'node:os';
import type { AnalysisOutcome, BulkStore } from '../store/queue.js';
import { analyseOutcome } from './analyse-one.js';
import type { Progress } from './progress.js';

export interface WorkOptions {
  /** stop when nothing is pending any more (else poll for new work forever) */
  once?: boolean;
  /** articles per lease */
  batch?: number;
  /** lease length; must exceed the time a batch takes */
  leaseMs?: number;
  /** how long to wait before asking again when nothing was pending */
  pollMs?: number;
  owner?: string;
  progress?: Progress;
  /** set to stop after the current article */
  signal?: AbortSignal;
}

export interface WorkSummary {
  analysed: number;
  errors: number;
  seconds: number;
}

/** Runs until nothing is pending (`once`) or until `signal` aborts. */
export async function work(store: BulkStore, o: WorkOptions = {}): Promise<WorkSummary> {
  const owner = o.owner ?? `worker@${hostname()}:${process.pid}`;
  const batch = o.batch ?? 16;
  const leaseMs = o.leaseMs ?? 5 * 60_000;
  const pollMs = o.pollMs ?? (o.once ? 250 : 1000);
  const started = Date.now();
  const s: WorkSummary = { analysed: 0, errors: 0, seconds: 0 };
  while (!o.signal?.aborted) {
    const jobs = await store.claim(owner, batch, leaseMs);
    if (!jobs.length) {
      // --once ends when nothing is pending at all; articles leased by others (perhaps a dead
      // worker whose lease has yet to expire) are waited for
      if (o.once && (await store.pendingCount()) === 0) break;
      await sleep(pollMs, o.signal);
      continue;
    }
    const out: AnalysisOutcome[] = [];
    for (const job of jobs) {
      // an aborted worker leaves the rest of its batch leased: another worker takes it after the lease
      if (o.signal?.aborted) break;
      const r = analyseOutcome(job.id, job.article);
      if ('error' in r) s.errors++;
      s.analysed++;
      out.push(r);
      o.progress?.update({ done: s.analysed, errors: s.errors });
    }
    // the batch's results in one transaction: one commit per batch
    await store.putResults(out);
  }
  o.progress?.stop();
  s.seconds = (Date.now() - started) / 1000;
  return s;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => { clearTimeout(t); resolve(); }, { once: true });
  });
}
