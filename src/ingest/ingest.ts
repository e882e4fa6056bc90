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
import type { LagebildStore } from '../store/queue.js';
import { analyseStored } from './analyse-one.js';
import type { Progress } from './progress.js';

export interface IngestOptions {
  /** analyse in this process (SQLite); false only enqueues (PostgreSQL: workers analyse) */
  analyse: boolean;
  allowPrivate?: boolean;
  progress?: Progress;
  /** where per-item error lines go (default: progress.note, else stderr) */
  report?: (line: string) => void;
  /** at most this many error lines are printed; the count is always complete */
  maxErrorLines?: number;
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

/** Ingests `sources` into `store`. */
export async function ingest(store: LagebildStore, sources: string[], opts: IngestOptions): Promise<IngestSummary> {
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
        const put = await store.putArticle(item.article);
        if (put.inserted) s.new++;
        else s.known++;
        if (opts.analyse && put.status === 'pending') {
          s.analysed++;
          if (!(await analyseStored(store, put.id, { ...item.article, id: put.id }))) s.errors++;
        }
        tick();
      }
    } catch (err) {
      if (!(err instanceof SourceError)) throw err;
      s.errors++;
      s.sourceErrors++;
      report(err.message);
    }
  }

  if (opts.analyse) {
    // resume: whatever an interrupted run (or a dead worker whose lease expired) left pending
    const owner = `ingest@${hostname()}:${process.pid}`;
    for (;;) {
      const jobs = await store.claim(owner, 32, 10 * 60_000);
      if (!jobs.length) break;
      for (const job of jobs) {
        s.analysed++;
        if (!(await analyseStored(store, job.id, job.article))) s.errors++;
        tick();
      }
    }
  }
  s.pending = await store.pendingCount();
  p?.update({ done: s.read, errors: s.errors, detail: `${s.new} new, ${s.known} known` }, true);
  p?.stop();
  return s;
}

function defaultReport(line: string): void {
  process.stderr.write(`${line}\n`);
}
