/**
 * Stores one article and its analysis: the write path behind POST /api/articles (and the demo).
 * The article is stored first (idempotent by content hash), then analysed in a worker thread of
 * the process's analysis pool (src/parallel/shared.ts), so a long article does not hold up other
 * requests; an article that cannot be analysed (or kills its worker) is stored with its error
 * rather than lost.
 *
 * Learning (docs/events.md, "Actor registry"; docs/parallel.md): the article is analysed with the
 * store's learning registry as it is when the article reaches a worker; what it teaches is
 * learned here, on the main thread, when its result comes back.
 *
 * @example
 * const added = await storeAndAnalyze(store, { text: 'Merz reiste nach Paris.', date: '2025-09-01' });
 */
import type { ArticleIn } from '../contract/schema.js';
import type { Store } from '../store/store.js';
import type { AddedArticle } from './api-types.js';
import { LearningRegistry } from '../ingest/learning.js';
import type { AnalysisPool } from '../parallel/pool.js';
import { sharedPool } from '../parallel/shared.js';
import { outcomeCounts } from '../parallel/tasks.js';

/** One learning registry per store (seeding costs ~4 ms): catches up on new store facts per article. */
const learning = new WeakMap<object, Promise<LearningRegistry>>();
/** The registry context of a learning registry in a pool. */
const contexts = new WeakMap<AnalysisPool, WeakMap<LearningRegistry, number>>();

async function learningFor(store: Store): Promise<LearningRegistry | null> {
  let lr = learning.get(store);
  if (!lr) {
    lr = LearningRegistry.open(store, { log: true });
    learning.set(store, lr);
    lr.catch(() => learning.delete(store));
    return lr;
  }
  const r = await lr;
  await r.catchUp();
  return r;
}

function contextFor(pool: AnalysisPool, lr: LearningRegistry): number {
  let m = contexts.get(pool);
  if (!m) contexts.set(pool, (m = new WeakMap()));
  let ctx = m.get(lr);
  if (ctx === undefined) m.set(lr, (ctx = pool.context(lr.log!)));
  return ctx;
}

/** Stores `article`, analyses it (in `pool`, default the shared one) and stores the result (or the error); `notes` (what the door cleaned) become diagnostics. */
export async function storeAndAnalyze(store: Store, article: ArticleIn, notes: string[] = [], pool: AnalysisPool = sharedPool()): Promise<AddedArticle> {
  const { id, inserted } = await store.putArticle(article);
  if (!inserted) {
    const known = await store.getArticle(id);
    if (known && known.status === 'done') {
      return { id, inserted, status: 'done', events: known.events, quotes: known.quotes };
    }
  }
  // a store with registry facts: analyse with them and learn (docs/events.md, "Actor registry")
  const lr = await learningFor(store);
  const ctx = lr ? contextFor(pool, lr) : undefined;
  // the worker also prepares the write (JSON, rows, search documents): the event loop only runs the SQL
  const { outcome, facts } = await pool.run({ kind: 'outcome', id, article: { ...article, id }, ctx, notes, prepare: true });
  lr?.accept(facts);
  if ('error' in outcome) {
    await store.putError(id, outcome.error);
    return { id, inserted, status: 'error', events: 0, quotes: 0, error: outcome.error.message };
  }
  await store.putResults([outcome]);
  await lr?.flush();
  return { id, inserted, status: 'done', ...outcomeCounts(outcome) };
}
