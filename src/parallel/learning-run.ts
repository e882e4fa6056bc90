/**
 * Ingest's analysis in the pool with a learning registry, giving exactly the results of the
 * one-thread run (docs/parallel.md, "Learning"): all articles of a batch go to the workers at
 * once, each analysed with the registry as it was when it was sent; the results are taken in
 * input order, and an article whose result could have changed because an earlier article of the
 * batch taught the registry something (a word of the new fact's name occurs in its text: see
 * opsTouch) is analysed again with the registry as it is now, ahead of the queue. What each
 * article teaches is learned here, on the main thread, in input order.
 *
 * @example
 * const run = new PooledLearning(pool, await LearningRegistry.open(store, { log: true }));
 * const outcomes = await run.analyse(jobs); // AnalysisOutcome[] in input order, prepared for writing
 * run.close();
 */
import type { ArticleIn } from '../contract/schema.js';
import type { LearningRegistry } from '../ingest/learning.js';
import type { AnalysisOutcome } from '../store/queue.js';
import type { AnalysisPool } from './pool.js';
import { opsTouch } from './registry-ops.js';

export class PooledLearning {
  private readonly ctx: number;
  /** articles analysed a second time (an earlier article of their batch taught a name they contain) */
  reanalysed = 0;

  constructor(private readonly pool: AnalysisPool, private readonly lr: LearningRegistry) {
    if (!lr.log) throw new Error('PooledLearning needs a LearningRegistry opened with { log: true }');
    this.ctx = pool.context(lr.log);
  }

  /** The outcomes of `jobs`, in order, as the one-thread run would give them; learns from each. */
  async analyse(jobs: { id: string; article: ArticleIn; notes?: string[] }[]): Promise<AnalysisOutcome[]> {
    const log = this.lr.log!;
    const sent = log.length;
    // prepared for the store's write in the worker (tasks.ts forStore), with the reader's notes
    const tasks = jobs.map((job) => ({ kind: 'outcome' as const, id: job.id, article: job.article, ctx: this.ctx, notes: job.notes, prepare: true }));
    const replies = tasks.map((t) => this.pool.run(t));
    const out: AnalysisOutcome[] = [];
    for (const [i, task] of tasks.entries()) {
      let reply = await replies[i];
      if (log.length > sent && opsTouch(log.slice(sent), task.article.text ?? '', task.article.title)) {
        this.reanalysed++;
        reply = await this.pool.run(task, true);
      }
      this.lr.accept(reply.facts);
      out.push(reply.outcome);
    }
    return out;
  }

  /** Forgets the registry context in the pool. */
  close(): void {
    this.pool.dropContext(this.ctx);
  }
}
