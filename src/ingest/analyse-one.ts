/**
 * Analyses one stored article and writes its result (or its error) back: the unit of work of
 * ingest and of workers. Never throws for a bad article; a store failure does throw.
 *
 * @example
 * const ok = await analyseStored(store, 'a1', { id: 'a1', text: 'Scholz traf Macron.' });
 */
import type { ArticleIn } from '../contract/schema.js';
import { analyze } from '../pipeline/analyze.js';
import type { LagebildStore } from '../store/queue.js';

/** Analyses `article` (stored as `id`); returns false when it ended as an error result. */
export async function analyseStored(store: LagebildStore, id: string, article: ArticleIn): Promise<boolean> {
  let result;
  try {
    result = analyze({ ...article, id });
  } catch (err) {
    // analyze() turns bad input into ErrorResults; an exception here is a pipeline bug: keep it per article
    result = { id, error: { code: 'analysis-failed', message: (err as Error)?.message ?? String(err) } };
  }
  if ('error' in result) {
    await store.putError(id, result.error);
    return false;
  }
  await store.putResult(id, result);
  return true;
}
