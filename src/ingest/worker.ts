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
import type { AnalysisOutcome } from '../store/queue.js';
import { analyseOutcome } from './analyse-one.js';
import { LearningRegistry } from './learning.js';
import { writeOutcomes } from './write-outcomes.js';
import type { Progress } from './progress.js';
import { isTransient } from './transient.js';
import type { AnalysisPool } from '../parallel/pool.js';
import { PooledLearning } from '../parallel/learning-run.js';
import type { Store } from '../store/store.js';

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
  /** wait after a transient database error (server restart), doubling up to 30 s */
  retryMs?: number;
  /** where notes about waiting go (default stderr) */
  report?: (line: string) => void;
  /**
   * learn actors from appositions into the store's registry and use what was learned (default
   * true); workers catch up on each other's facts once per batch (docs/events.md "Actor registry")
   */
  learn?: boolean;
  /**
   * analyse in these worker threads instead of this one, with the same results (learning included:
   * src/parallel/learning-run.ts, docs/parallel.md); the caller closes the pool
   */
  pool?: AnalysisPool;
}

export interface WorkSummary {
  analysed: number;
  errors: number;
  seconds: number;
  /** transient database errors waited out */
  retries: number;
}

/** Runs until nothing is pending (`once`) or until `signal` aborts. */
export async function work(store: Store, o: WorkOptions = {}): Promise<WorkSummary> {
  const owner = o.owner ?? `worker@${hostname()}:${process.pid}`;
  const batch = o.batch ?? 16;
  const leaseMs = o.leaseMs ?? 5 * 60_000;
  const pollMs = o.pollMs ?? (o.once ? 250 : 1000);
  const started = Date.now();
  const s: WorkSummary = { analysed: 0, errors: 0, seconds: 0, retries: 0 };
  const retryMs = o.retryMs ?? 1000;
  let wait = retryMs;
  const report = o.report ?? ((l: string) => process.stderr.write(`${l}\n`));
  let learning: LearningRegistry | null = null;
  let pooled: PooledLearning | null = null;
  /** results analysed but not yet written (the database went away): written first on the next round */
  let unsaved: AnalysisOutcome[] = [];
  const save = async (out: AnalysisOutcome[]) => {
    unsaved = out;
    // the batch's results in one transaction: one commit per batch
    const failed = await writeOutcomes(store, out);
    // learned facts after the results they came from (a crash in between loses only the facts)
    await learning?.flush();
    unsaved = [];
    s.analysed += out.length;
    s.errors += out.filter((r) => 'error' in r).length + failed.length;
    o.progress?.update({ done: s.analysed, errors: s.errors });
  };
  /** One lease-analyse-write round; false when there is nothing left to do (--once). */
  const step = async (): Promise<boolean> => {
    if (unsaved.length) await save(unsaved);
    const jobs = await store.claim(owner, batch, leaseMs);
    if (!jobs.length) {
      // --once ends when nothing is pending at all; articles leased by others (perhaps a dead
      // worker whose lease has yet to expire) are waited for
      if (o.once && (await store.pendingCount()) === 0) return false;
      await sleep(pollMs, o.signal);
      return true;
    }
    const out: AnalysisOutcome[] = [];
    if (o.learn !== false) {
      if (!learning) {
        learning = await LearningRegistry.open(store, { log: !!o.pool });
        if (o.pool) pooled = new PooledLearning(o.pool, learning);
      } else await learning.catchUp();
    }
    if (o.pool) {
      // the whole batch at once in the pool (results in input order, as in this thread)
      const pool = o.pool;
      if (pooled) out.push(...(await pooled.analyse(jobs)));
      else out.push(...(await Promise.all(jobs.map((job) => pool.run({ kind: 'outcome', id: job.id, article: job.article, prepare: true })))).map((r) => r.outcome));
    } else {
      for (const job of jobs) {
        // an aborted worker leaves the rest of its batch leased: another worker takes it after the lease
        if (o.signal?.aborted) break;
        out.push(learning ? learning.analyse(job.id, job.article) : analyseOutcome(job.id, job.article));
      }
    }
    await save(out);
    return true;
  };
  while (!o.signal?.aborted) {
    try {
      if (!(await step())) break;
      wait = retryMs;
    } catch (err) {
      if (!isTransient(err)) throw err;
      // the database went away (restart, network): wait and go on; our leases expire, nothing is lost
      s.retries++;
      report(`worker: database unavailable (${(err as Error).message || (err as { code?: string }).code}); retrying in ${Math.round(wait / 1000)} s`);
      await sleep(wait, o.signal);
      wait = Math.min(wait * 2, 30_000);
    }
  }
  (pooled as PooledLearning | null)?.close();
  o.progress?.stop();
  s.seconds = (Date.now() - started) / 1000;
  return s;
}

/**
 * Waits `ms`, or less when `signal` aborts. The abort listener is removed when the time is up: an
 * idle worker sleeps once per poll, and a listener left behind each time grew without end.
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const onAbort = () => { clearTimeout(t); resolve(); };
    const t = setTimeout(() => { signal?.removeEventListener('abort', onAbort); resolve(); }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
