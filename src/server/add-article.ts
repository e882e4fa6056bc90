/**
 * Stores one article and its analysis: the write path behind POST /api/articles (and the demo).
 * The article is stored first (idempotent by content hash), then analysed; an article that
 * cannot be analysed is stored with its error rather than lost.
 *
 * @example
 * const added = await storeAndAnalyze(store, { text: 'Merz reiste nach Paris.', date: '2025-09-01' });
 */
import type { ArticleIn } from '../contract/schema.js';
import { analyze } from '../pipeline/analyze.js';
import type { ServerStore as Store } from './server-store.js';
import type { AddedArticle } from './api-types.js';
import { LearningRegistry } from '../ingest/learning.js';
import { registryFactStore } from '../store/registry-facts.js';

/** One learning registry per store (seeding costs ~4 ms): catches up on new store facts per article. */
const learning = new WeakMap<object, Promise<LearningRegistry>>();

async function learningFor(store: Store): Promise<LearningRegistry | null> {
  if (!registryFactStore(store)) return null;
  let lr = learning.get(store);
  if (!lr) {
    lr = LearningRegistry.open(store);
    learning.set(store, lr);
    lr.catch(() => learning.delete(store));
    return lr;
  }
  const r = await lr;
  await r.catchUp();
  return r;
}

/** Stores `article`, analyses it and stores the result (or the error); `notes` (what the door cleaned) become diagnostics. */
export async function storeAndAnalyze(store: Store, article: ArticleIn, notes: string[] = []): Promise<AddedArticle> {
  const { id, inserted } = await store.putArticle(article);
  if (!inserted) {
    const known = await store.getArticle(id);
    if (known && known.status === 'done') {
      return { id, inserted, status: 'done', events: known.events, quotes: known.quotes };
    }
  }
  // a store with registry facts: analyse with them and learn (docs/events.md, "Actor registry")
  const lr = await learningFor(store);
  let result;
  try {
    if (lr) {
      const out = lr.analyse(id, { ...article, id });
      result = 'result' in out ? out.result : { id, error: out.error };
    } else result = analyze({ ...article, id });
  } catch (err) {
    result = { id, error: { code: 'analysis-failed', message: (err as Error)?.message ?? String(err) } };
  }
  if (notes.length && !('error' in result)) result.diagnostics.unshift(...notes.map((message) => ({ stage: 'read', message })));
  if ('error' in result) {
    await store.putError(id, result.error);
    return { id, inserted, status: 'error', events: 0, quotes: 0, error: result.error.message };
  }
  await store.putResult(id, result);
  await lr?.flush();
  return { id, inserted, status: 'done', events: result.events.length, quotes: result.quotes.length };
}
