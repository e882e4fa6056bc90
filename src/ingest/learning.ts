/**
 * A store-backed, learning actor registry for one ingest run or worker: starts from the starter
 * registry plus every fact in the store's `registry_facts`, analyses each article with it (so an
 * article that only says "Example" resolves to the "Jane Example" an earlier article introduced),
 * learns from each analysed article (src/registry/learn.ts) at once, and writes what it learned
 * to the store after the batch's results. Results therefore depend on what was ingested before,
 * in processing order: that is the point (docs/events.md, "Actor registry").
 *
 * @example
 * const lr = await LearningRegistry.open(store);
 * const out = lr.analyse('a1', { id: 'a1', text: 'US-Außenministerin Jane Example traf ...' });
 * await writeOutcomes(store, [out]); await lr.flush();
 */
import type { ArticleIn } from '../contract/schema.js';
import { applyRegistryOp, learnFact, type RegistryOp } from '../parallel/registry-ops.js';
import { learningOutcome } from '../parallel/tasks.js';
import { addsSomething } from '../registry/learn.js';
import type { MemoryRegistry } from '../registry/memory.js';
import { seededRegistry } from '../registry/starter.js';
import type { AnalysisOutcome } from '../store/queue.js';
import type { RegistryFactIn, RegistryFactStore } from '../store/registry-facts.js';

/** The registry of one run: see the module comment. */
export class LearningRegistry {
  private lastId = 0;
  /** ids of facts this run wrote (already applied when learned) */
  private readonly own = new Set<number>();
  private pending: RegistryFactIn[] = [];
  /**
   * Every change made to `registry` after seeding, in order, when opened with `{ log: true }`: a
   * pool worker replays it on its own seeded copy (src/parallel/registry-ops.ts, docs/parallel.md).
   */
  readonly log: RegistryOp[] | null;

  private constructor(readonly registry: MemoryRegistry, private readonly store: RegistryFactStore | null, log: boolean) {
    this.log = log ? [] : null;
  }

  /** Seeds from lexicons and correction files, then applies the store's facts (none without a store). */
  static async open(store: RegistryFactStore | null, opts: { log?: boolean } = {}): Promise<LearningRegistry> {
    const lr = new LearningRegistry(seededRegistry(), store, !!opts.log);
    await lr.catchUp();
    return lr;
  }

  private apply(op: RegistryOp): void {
    applyRegistryOp(this.registry, op);
    this.log?.push(op);
  }

  /** Applies facts stored since the last call (other workers', analysts' additions). */
  async catchUp(): Promise<void> {
    if (!this.store) return;
    for (const row of await this.store.registryFacts({ afterId: this.lastId })) {
      this.lastId = Math.max(this.lastId, row.id);
      if (!this.own.has(row.id)) this.apply({ stored: row });
    }
  }

  /** Analyses one article with this registry and learns from it (kept for `flush`). */
  analyse(id: string, article: ArticleIn): AnalysisOutcome {
    const { outcome, facts } = learningOutcome(id, article, this.registry);
    this.learnAll(facts);
    return outcome;
  }

  /**
   * Learns what an article analysed elsewhere (a pool worker, with an older copy of this registry)
   * teaches: the facts this registry does not hold yet, judged before learning any of them (as
   * `analyse` does with learnedFacts).
   */
  accept(facts: RegistryFactIn[]): void {
    this.learnAll(facts.filter((f) => addsSomething(f, this.registry)));
  }

  private learnAll(facts: RegistryFactIn[]): void {
    for (const f of facts) {
      if (this.log) this.apply({ learned: f });
      else learnFact(this.registry, f);
      this.pending.push(f);
    }
  }

  /** Facts learned and not yet written. */
  get unwritten(): number {
    return this.pending.length;
  }

  /** Writes the learned facts to the store (one transaction); a store without the table keeps them in memory. */
  async flush(): Promise<void> {
    if (!this.pending.length) return;
    const facts = this.pending;
    this.pending = []; // taken now: facts learned while the write runs (a concurrent request) wait for the next flush
    if (!this.store) return;
    let rows;
    try {
      rows = await this.store.addRegistryFacts(facts);
    } catch (err) {
      this.pending = [...facts, ...this.pending];
      throw err;
    }
    for (const r of rows) this.own.add(r.id);
  }
}
