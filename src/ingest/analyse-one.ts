/**
 * Analyses one stored article into what the store writes back: a result, or an error. Never
 * throws for a bad article (an exception from the pipeline becomes an error outcome).
 *
 * @example
 * const outcome = analyseOutcome('a1', { id: 'a1', text: 'Scholz traf Macron.' });
 * await store.putResults([outcome]);
 */
import type { ArticleIn } from '../contract/schema.js';
import { analyze, type AnalyzeOptions } from '../pipeline/analyze.js';
import type { AnalysisOutcome } from '../store/queue.js';

/** The analysis of `article`, stored as `id` (`opts`: the registry and learning hook of an ingest). */
export function analyseOutcome(id: string, article: ArticleIn, opts: AnalyzeOptions = {}): AnalysisOutcome {
  try {
    const r = analyze({ ...article, id }, opts);
    return 'error' in r ? { id, error: r.error } : { id, result: r };
  } catch (err) {
    // analyze() turns bad input into ErrorResults; an exception here is a pipeline bug: keep it per article
    return { id, error: { code: 'analysis-failed', message: (err as Error)?.message ?? String(err) } };
  }
}
