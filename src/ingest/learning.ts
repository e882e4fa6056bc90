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
import type { Doc } from '../pipeline/doc.js';
import { applyStoredFact } from '../registry/from-store.js';
import { learnedFacts } from '../registry/learn.js';
import type { MemoryRegistry } from '../registry/memory.js';
import { seededRegistry } from '../registry/starter.js';
import type { AnalysisOutcome } from '../store/queue.js';
import { registryFactStore, type RegistryFactIn, type RegistryFactStore } from '../store/registry-facts.js';
import { analyseOutcome } from './analyse-one.js';

/** The registry of one run: see the module comment. */
export class LearningRegistry {
  private lastId = 0;
  /** ids of facts this run wrote (already applied when learned) */
  private readonly own = new Set<number>();
  private pending: RegistryFactIn[] = [];

  private constructor(readonly registry: MemoryRegistry, private readonly store: RegistryFactStore | null) {}

  /** Seeds from lexicons and correction files, then applies the store's facts (if it keeps any). */
  static async open(store: object): Promise<LearningRegistry> {
    const lr = new LearningRegistry(seededRegistry(), registryFactStore(store));
    await lr.catchUp();
    return lr;
  }

  /** Applies facts stored since the last call (other workers', analysts' additions). */
  async catchUp(): Promise<void> {
    if (!this.store) return;
    for (const row of await this.store.registryFacts({ afterId: this.lastId })) {
      this.lastId = Math.max(this.lastId, row.id);
      if (!this.own.has(row.id)) applyStoredFact(this.registry, row);
    }
  }

  /** Analyses one article with this registry and learns from it (kept for `flush`). */
  analyse(id: string, article: ArticleIn): AnalysisOutcome {
    let doc: Doc | null = null;
    const out = analyseOutcome(id, article, { registry: this.registry, onActors: (d) => { doc = d; } });
    const seen = doc as Doc | null;
    if ('result' in out && seen && seen.id === id) {
      for (const f of learnedFacts(seen, this.registry)) {
        this.registry.learn(
          { name: f.name, type: f.type, country: f.country ?? undefined, sector: f.sector ?? undefined, role: f.role ?? undefined },
          { articleId: f.articleId ?? null, span: f.span ?? null },
        );
        this.pending.push(f);
      }
    }
    return out;
  }

  /** Facts learned and not yet written. */
  get unwritten(): number {
    return this.pending.length;
  }

  /** Writes the learned facts to the store (one transaction); a store without the table keeps them in memory. */
  async flush(): Promise<void> {
    if (!this.pending.length) return;
    const facts = this.pending;
    if (!this.store) { this.pending = []; return; }
    const rows = await this.store.addRegistryFacts(facts);
    this.pending = [];
    for (const r of rows) this.own.add(r.id);
  }
}
