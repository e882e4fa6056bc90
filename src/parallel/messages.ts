/**
 * The messages between the analysis pool (main thread, src/parallel/pool.ts) and its workers
 * (src/parallel/worker.ts). Structured-clone data only.
 *
 * @example
 * const msg: ToWorker = { type: 'task', seq: 1, task: { kind: 'extract', article, origin: 'a.txt', notes: [], opts: {} } };
 */
import type { ArticleIn } from '../contract/schema.js';
import type { RegistryOp } from './registry-ops.js';
import type { ExtractOpts, LearningOutcome } from './tasks.js';

/** One article to analyse. */
export type Task =
  /** `lagebild extract`: the result comes back as its compact JSON text (serialised in the worker) */
  | { kind: 'extract'; article: ArticleIn; origin: string; notes: string[]; opts: ExtractOpts }
  /**
   * ingest / server: the outcome object, analysed in registry context `ctx` (learning) or with the
   * starter registry; `notes` (the reader's) become leading diagnostics; with `prepare` a result
   * comes back prepared for the store's write (tasks.ts forStore), so the main thread only writes
   */
  | { kind: 'outcome'; id: string; article: ArticleIn; ctx?: number; notes?: string[]; prepare?: boolean };

/** What a task gives back (see Task). */
export type TaskResult<T extends Task> = T extends { kind: 'extract' } ? string : LearningOutcome;

export type ToWorker =
  | { type: 'task'; seq: number; task: Task }
  /** changes of registry context `ctx`, to apply in order before the tasks that follow */
  | { type: 'ops'; ctx: number; ops: RegistryOp[] }
  /** forget registry context `ctx` */
  | { type: 'drop'; ctx: number };

export type FromWorker =
  /** the worker has loaded the pipeline's modules and listens */
  | { type: 'ready' }
  | { type: 'done'; seq: number; value: string | LearningOutcome }
  /** the task threw although the analyses never throw for bad input: a bug, reported per article */
  | { type: 'failed'; seq: number; message: string };
