/**
 * Writes a batch of analysis outcomes in one transaction; when the batch is refused for a reason
 * that will not go away by waiting (say a pipeline bug gave two events one id), writes them one
 * by one so that one bad result becomes that article's error instead of stopping the run. A full
 * disk is not such a reason: it stops the run (a smaller single write might still fit and the
 * rest would become permanent 'store-failed' errors instead of staying pending).
 *
 * @example
 * const failed = await writeOutcomes(store, outcomes); // ids stored as errors by the fallback
 */
import type { AnalysisOutcome } from '../store/queue.js';
import { isStorageFull } from '../store/storage-full.js';
import { isTransient } from './transient.js';
import type { Store } from '../store/store.js';

/** Errors that are not one article's fault: waiting (transient) or freeing space (full) helps, not a fallback. */
const notTheArticle = (err: unknown) => isTransient(err) || isStorageFull(err);

/**
 * Results per write transaction. A transaction holds SQLite's write lock, and a server on the same
 * file whose write waits for it blocks its event loop meanwhile (better-sqlite3 is synchronous):
 * 64 results held the lock ~0.5 s on a loaded machine, 16 a quarter of that (docs/parallel.md).
 */
export const WRITE_CHUNK = 16;

/** Writes `out` in transactions of at most WRITE_CHUNK results; returns the ids whose result could not be stored (stored as errors instead). */
export async function writeOutcomes(store: Store, out: AnalysisOutcome[]): Promise<string[]> {
  const failed: string[] = [];
  for (let i = 0; i < out.length; i += WRITE_CHUNK) {
    // between two transactions the lock is free for other processes' writers
    if (i) await new Promise((r) => setImmediate(r));
    failed.push(...(await writeChunk(store, out.slice(i, i + WRITE_CHUNK))));
  }
  return failed;
}

async function writeChunk(store: Store, out: AnalysisOutcome[]): Promise<string[]> {
  if (!out.length) return [];
  try {
    await store.putResults(out);
    return [];
  } catch (err) {
    if (notTheArticle(err)) throw err;
  }
  const failed: string[] = [];
  for (const o of out) {
    try {
      await store.putResults([o]);
    } catch (err) {
      if (notTheArticle(err)) throw err;
      failed.push(o.id);
      await store.putError(o.id, { code: 'store-failed', message: `the result could not be stored: ${(err as Error).message}` });
    }
  }
  return failed;
}
