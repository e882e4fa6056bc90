/**
 * The ingest loop: reads every source (files, folders, URLs, feeds), stores each article
 * (idempotent by content hash) and, unless told to only enqueue, analyses it right away and
 * stores the result. Articles a previous, interrupted run left pending are analysed too
 * (resume). Crash safety comes from the store: article and result are each one transaction.
 *
 * @example
 * const summary = await ingest(store, ['samples/'], { analyse: true });
 * // { read: 11, new: 11, known: 0, analysed: 11, errors: 0, sourceErrors: 0, pending: 0 }
 */
import { hostname } from 'node:os';
import { readSource, SourceError } from '../read/index.js';
import type { AnalysisOutcome } from '../store/queue.js';
import { analyseOutcome } from './analyse-one.js';
import { LearningRegistry } from './learning.js';
import { writeOutcomes } from './write-outcomes.js';
import type { ReadOk } from '../read/index.js';
import type { Progress } from './progress.js';
import type { PutArticleResult } from '../store/queue.js';
import { isStorageFull } from '../store/storage-full.js';
import { isTransient } from './transient.js';
import { releaseDeadLeases } from './stale-leases.js';
import type { AnalysisPool } from '../parallel/pool.js';
import { PooledLearning } from '../parallel/learning-run.js';
import { forStore } from '../parallel/tasks.js';
import type { Store } from '../store/store.js';

export interface IngestOptions {
  /** analyse in this process (SQLite); false only enqueues (PostgreSQL: workers analyse) */
  analyse: boolean;
  allowPrivate?: boolean;
  progress?: Progress;
  /** where per-item error lines go (default: progress.note, else stderr) */
  report?: (line: string) => void;
  /** at most this many error lines are printed; the count is always complete */
  maxErrorLines?: number;
  /** articles per transaction (default 64): one commit per batch instead of two per article */
  batch?: number;
  /**
   * learn actors from appositions into the store's registry and use what earlier articles taught
   * (default true; docs/events.md "Actor registry"); false analyses with the starter registry only
   */
  learn?: boolean;
  /**
   * analyse in these worker threads instead of this one, with the same results (learning included:
   * src/parallel/learning-run.ts, docs/parallel.md)
   */
  pool?: AnalysisPool;
}

export interface IngestSummary {
  /** articles read from the sources */
  read: number;
  new: number;
  known: number;
  /** articles analysed in this run (new, and pending ones from before) */
  analysed: number;
  /** read errors + analysis errors + sources that could not be opened */
  errors: number;
  /** sources that could not be opened at all */
  sourceErrors: number;
  /** articles still waiting for a worker */
  pending: number;
}

/** How long an ingest holds the articles it analyses (far longer than a batch takes). */
const LEASE_MS = 10 * 60_000;
/** Runs in this process so far (each run its own lease owner). */
let runs = 0;

/** Ingests `sources` into `store`. */
export async function ingest(store: Store, sources: string[], opts: IngestOptions): Promise<IngestSummary> {
  const s: IngestSummary = { read: 0, new: 0, known: 0, analysed: 0, errors: 0, sourceErrors: 0, pending: 0 };
  const p = opts.progress;
  let lines = 0;
  const maxLines = opts.maxErrorLines ?? 20;
  const report = (line: string) => {
    if (++lines > maxLines) {
      if (lines === maxLines + 1) (opts.report ?? p?.note.bind(p) ?? defaultReport)('... (further errors not shown)');
      return;
    }
    (opts.report ?? p?.note.bind(p) ?? defaultReport)(line);
  };
  const tick = () => p?.update({ done: s.read, errors: s.errors, detail: `${s.new} new, ${s.known} known` });

  const batch = Math.max(1, opts.batch ?? 64);
  const owner = `ingest@${hostname()}:${process.pid}:${++runs}`;
  // the registry learned so far (store facts + this run's), applied in processing order
  const pool = opts.analyse ? opts.pool : undefined;
  const learning = opts.analyse && opts.learn !== false ? await LearningRegistry.open(store, { log: !!pool }) : null;
  const pooled = pool && learning ? new PooledLearning(pool, learning) : null;
  // leases of a crashed earlier run on this machine (killed, or stopped by a full disk) are free again
  if (opts.analyse) await releaseDeadLeases(store);
  let buf: ReadOk[] = [];
  /**
   * The outcomes of `jobs` in order, the reader's notes as leading diagnostics (tasks.ts
   * forStore): in this thread or in the pool's workers (there also prepared for the write), the
   * same stored data either way.
   */
  const outcomes = async (jobs: { id: string; article: ReadOk['article']; notes?: string[] }[]): Promise<AnalysisOutcome[]> => {
    if (pooled) return pooled.analyse(jobs);
    if (pool) return (await Promise.all(jobs.map((job) => pool.run({ kind: 'outcome', id: job.id, article: job.article, notes: job.notes, prepare: true })))).map((r) => r.outcome);
    return jobs.map((job) => forStore(learning ? learning.analyse(job.id, job.article) : analyseOutcome(job.id, job.article), job.notes, false));
  };
  /** Analyses what needs it and writes the results, in one transaction. */
  const analyseAll = async (jobs: { id: string; article: ReadOk['article']; notes?: string[] }[]) => {
    const out: AnalysisOutcome[] = [];
    await learning?.catchUp();
    const outs = await outcomes(jobs);
    for (const o of outs) {
      s.analysed++;
      if ('error' in o) s.errors++;
      out.push(o);
      tick();
    }
    const failed = await writeOutcomes(store, out);
    // learned facts after the results they came from (a crash in between loses only the facts)
    await learning?.flush();
    s.errors += failed.length;
    for (const id of failed) report(`${id}: store-failed: the result could not be stored (kept as an error)`);
  };
  /**
   * Stores a batch in one transaction; when the store refuses it for a reason of the data (not a
   * full disk, not a database that went away: those end the run, see docs/store.md "Faults and
   * reliability"), stores the articles one by one so one bad article costs only itself (null).
   */
  const putBatch = async (items: ReadOk[]): Promise<(PutArticleResult | null)[]> => {
    try {
      return await store.putArticles(items.map((i) => i.article));
    } catch (err) {
      if (isTransient(err) || isStorageFull(err)) throw err;
    }
    const out: (PutArticleResult | null)[] = [];
    for (const item of items) {
      try {
        out.push((await store.putArticles([item.article]))[0]);
      } catch (err) {
        if (isTransient(err) || isStorageFull(err)) throw err;
        s.errors++;
        report(`${item.origin}: store-failed: the article could not be stored (${(err as Error)?.message ?? String(err)})`);
        out.push(null);
      }
    }
    return out;
  };
  const flush = async () => {
    if (!buf.length) return;
    const items = buf;
    buf = [];
    const puts = await putBatch(items);
    const jobs: { id: string; article: ReadOk['article']; notes?: string[] }[] = [];
    const seen = new Set<string>();
    puts.forEach((put, i) => {
      if (!put) return;
      if (put.inserted) s.new++;
      else s.known++;
      // pending: new, or left unanalysed by an interrupted run (resume); once per id within a batch
      if (opts.analyse && put.status === 'pending' && !seen.has(put.id)) {
        seen.add(put.id);
        jobs.push({ id: put.id, article: { ...items[i].article, id: put.id }, notes: items[i].notes });
      }
    });
    // lease them first, as workers do: what another ingest (or a worker) holds stays its own
    const mine = new Set(jobs.length ? await store.claimIds(owner, jobs.map((j) => j.id), LEASE_MS) : []);
    await analyseAll(jobs.filter((j) => mine.has(j.id)));
    tick();
  };

  for (const spec of sources) {
    try {
      for await (const item of readSource(spec, { allowPrivate: opts.allowPrivate })) {
        s.read++;
        if (!('article' in item)) {
          s.errors++;
          report(`${item.origin}: ${item.error.code}: ${item.error.message}`);
          tick();
          continue;
        }
        buf.push(item);
        if (buf.length >= batch) await flush();
      }
    } catch (err) {
      if (!(err instanceof SourceError)) throw err;
      s.errors++;
      s.sourceErrors++;
      report(err.message);
    }
    await flush();
  }

  if (opts.analyse) {
    // resume: whatever an interrupted run (or a dead worker whose lease expired) left pending
    for (;;) {
      const jobs = await store.claim(owner, batch, LEASE_MS);
      if (!jobs.length) break;
      await analyseAll(jobs);
    }
  }
  pooled?.close();
  s.pending = await store.pendingCount();
  p?.update({ done: s.read, errors: s.errors, detail: `${s.new} new, ${s.known} known` }, true);
  p?.stop();
  return s;
}

function defaultReport(line: string): void {
  process.stderr.write(`${line}\n`);
}
