/**
 * Writes a batch of analysis outcomes in one transaction; when the batch is refused for a reason
 * that will not go away by waiting (say a pipeline bug gave two events one id), writes them one
 * by one so that one bad result becomes that article's error instead of stopping the run.
 *
 * @example
 * const failed = await writeOutcomes(store, outcomes); // ids stored as errors by the fallback
 */
import type { AnalysisOutcome, BulkStore } from '../store/queue.js';
import { isTransient } from './transient.js';

/** Writes `out`; returns the ids whose result could not be stored (stored as errors instead). */
export async function writeOutcomes(store: BulkStore, out: AnalysisOutcome[]): Promise<string[]> {
  if (!out.length) return [];
  try {
    await store.putResults(out);
    return [];
  } catch (err) {
    if (isTransient(err)) throw err;
  }
  const failed: string[] = [];
  for (const o of out) {
    try {
      await store.putResults([o]);
    } catch (err) {
      if (isTransient(err)) throw err;
      failed.push(o.id);
      await store.putError(o.id, { code: 'store-failed', message: `the result could not be stored: ${(err as Error).message}` });
    }
  }
  return failed;
}
