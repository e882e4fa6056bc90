/**
 * The analyses a pool worker runs, as plain functions: the same code runs in a worker thread
 * (src/parallel/worker.ts) and in-process (`--jobs 1`), so both give byte-identical results.
 *
 * - `extractResult`: what `lagebild extract` prints for one readable article (contract result or
 *   error result, with the reader's notes as leading diagnostics).
 * - `learningOutcome`: what ingest and the server store for one article, analysed with a given
 *   actor registry, plus the facts that article would teach it (learnedFacts against that
 *   registry); the caller decides which of them to learn (src/parallel/learning-sync.ts).
 * - `forStore`: an outcome as the store takes it (the reader's notes as leading diagnostics;
 *   in a worker also prepared for writing: src/store/prepare.ts prepareResult).
 *
 * @example
 * const r = extractResult({ text: 'Scholz traf Macron.' }, 'a.txt', [], { lang: 'de' });
 * const { outcome, facts } = learningOutcome('a1', { text: '...' }, registry);
 */
import type { ArticleIn, Lang, ResultOrError } from '../contract/schema.js';
import { analyze } from '../pipeline/analyze.js';
import type { Doc } from '../doc/doc.js';
import { learnedFacts } from '../registry/learn.js';
import type { MemoryRegistry } from '../registry/memory.js';
import type { AnalysisOutcome } from '../store/queue.js';
import type { RegistryFactIn } from '../store/registry-facts.js';
import { analyseOutcome } from '../ingest/analyse-one.js';
import { prepareResult } from '../store/prepare.js';

/** Options of `lagebild extract` that reach the analysis. */
export interface ExtractOpts {
  lang?: Lang;
  date?: string;
}

/** The extract result of one readable article (`origin` names it when it has no id; `notes` are the reader's). */
export function extractResult(article: ArticleIn, origin: string, notes: string[], opts: ExtractOpts): ResultOrError {
  const diags = notes.map((message) => ({ stage: 'read', message }));
  let r: ResultOrError;
  try {
    r = analyze(article, { lang: opts.lang, date: opts.date });
  } catch (err) {
    r = { id: article.id ?? origin, error: { code: 'internal', message: `analysis failed: ${(err as Error).message}` } };
  }
  if (diags.length) {
    if ('error' in r) r.diagnostics = [...diags, ...(r.diagnostics ?? [])];
    else r.diagnostics.unshift(...diags);
  }
  return r;
}

/** An outcome and the facts its article teaches `registry` (none for an error). */
export interface LearningOutcome {
  outcome: AnalysisOutcome;
  facts: RegistryFactIn[];
}

/**
 * Analyses article `id` with `registry` active (the actors stage resolves against it) and lists
 * what it teaches; `registry` itself is not changed.
 */
export function learningOutcome(id: string, article: ArticleIn, registry: MemoryRegistry): LearningOutcome {
  let doc: Doc | null = null;
  const outcome = analyseOutcome(id, article, { registry, onActors: (d) => { doc = d; } });
  const seen = doc as Doc | null;
  const facts = 'result' in outcome && seen && seen.id === id ? learnedFacts(seen, registry) : [];
  return { outcome, facts };
}

/**
 * `outcome` as the store takes it: `notes` (what the reader changed: encoding guessed, NUL
 * removed, ...) become leading diagnostics of stage "read"; with `prepare` (in a pool worker) a
 * result is replaced by its stored JSON, rows and search documents, so the main thread's write is
 * only the SQL (docs/parallel.md, "Server"). Changes a result's diagnostics in place.
 */
export function forStore(outcome: AnalysisOutcome, notes: readonly string[] | undefined, prepare: boolean): AnalysisOutcome {
  if (!('result' in outcome)) return outcome;
  if (notes?.length) outcome.result.diagnostics.unshift(...notes.map((message) => ({ stage: 'read', message })));
  return prepare ? { id: outcome.id, prepared: prepareResult(outcome.id, outcome.result) } : outcome;
}

/** The numbers of events and quotes of an outcome (0 for an error). */
export function outcomeCounts(outcome: AnalysisOutcome): { events: number; quotes: number } {
  if ('result' in outcome) return { events: outcome.result.events.length, quotes: outcome.result.quotes.length };
  if ('prepared' in outcome) return { events: outcome.prepared.rows.events.length, quotes: outcome.prepared.rows.quotes.length };
  return { events: 0, quotes: 0 };
}
