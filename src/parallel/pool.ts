/**
 * A pool of worker threads that analyse articles (docs/parallel.md). `run(task)` queues one
 * article and resolves with its analysis; callers that need input order keep their own order
 * (src/parallel/ordered.ts) and bound how many tasks they have queued (backpressure).
 *
 * - Each worker gets at most `depth` tasks at a time (default 2: one running, one waiting, so a
 *   worker never idles for a message round trip); the rest wait in the pool's queue.
 * - Registry contexts: `context(log)` names a LearningRegistry's change log; before a task of that
 *   context reaches a worker, the worker is sent the log entries it has not seen yet, so it
 *   analyses with the registry as it was when the task was dispatched.
 * - A worker that dies (uncaught error, out of memory, process.exit in the worker) costs exactly one
 *   article: the oldest task it held resolves as an error result, the others go back to the queue,
 *   and a new worker takes its place. Workers that die before they are ready twice in a row
 *   (TypeScript loader missing, a module failing to load) mark the pool broken: every task then
 *   resolves as an error result (never a hang).
 * - `close()` waits for queued work, then ends the workers; `destroy()` ends them at once.
 *
 * @example
 * const pool = new AnalysisPool({ size: 2 });
 * const json = await pool.run({ kind: 'extract', article: { text: 'Scholz traf Macron.' }, origin: '-', notes: [], opts: {} });
 * await pool.close();
 */
import { Worker } from 'node:worker_threads';
import type { FromWorker, Task, TaskResult, ToWorker } from './messages.js';
import type { RegistryOp } from './registry-ops.js';
import type { LearningOutcome } from './tasks.js';
import { applyV8Flags } from './v8-flags.js';

export interface PoolOptions {
  /** number of worker threads (≥ 1) */
  size: number;
  /** tasks handed to one worker at a time (default 2) */
  depth?: number;
  /** the TypeScript module a worker runs (default ./worker-main.ts; tests pass a wrapper) */
  module?: URL;
  /** do not keep the process alive while the pool is idle (a server's pool, src/parallel/shared.ts) */
  unref?: boolean;
  /**
   * scheduling priority of the worker threads (nice value, 0–19; Linux, else ignored): analysis
   * in the background of a server or a bulk job yields the cores to the threads that answer
   * requests (docs/parallel.md, "Priorities")
   */
  nice?: number;
}

interface Job {
  seq: number;
  task: Task;
  resolve: (v: string | LearningOutcome) => void;
}

interface Slot {
  worker: Worker;
  held: Job[];
  /** per registry context: how many log entries this worker has been sent */
  sent: Map<number, number>;
  ready: boolean;
  dead: boolean;
}

/** Set by esbuild in the CLI's pre-built bundle (src/parallel/bundle.mjs): the bundled worker module. */
declare const __LAGEBILD_WORKER__: string | undefined;

const ENTRY = new URL('./worker-entry.mjs', import.meta.url);
// run from the bundle, workers run the bundle's worker script (plain JavaScript, no tsx, with a V8
// code cache: worker-entry.mjs, script-cache.mjs); else the source
const MAIN = typeof __LAGEBILD_WORKER__ === 'string' ? new URL(__LAGEBILD_WORKER__) : new URL('./worker-main.ts', import.meta.url);

/** The error result of a task whose analysis did not come back (worker crash or bug). */
export function failedValue(task: Task, message: string): string | LearningOutcome {
  if (task.kind === 'extract') {
    return JSON.stringify({ id: task.article.id ?? task.origin, error: { code: 'internal', message: `analysis failed: ${message}` } });
  }
  return { outcome: { id: task.id, error: { code: 'analysis-failed', message } }, facts: [] };
}

/** The nice value of pools that analyse in the background of a server or of a bulk job (ingest, worker). */
export const BACKGROUND_NICE = 10;

export class AnalysisPool {
  readonly size: number;
  private readonly depth: number;
  private readonly module: URL;
  private readonly unref: boolean;
  private readonly nice: number;
  private readonly slots: Slot[] = [];
  private queue: Job[] = [];
  private seq = 0;
  private readonly contexts = new Map<number, RegistryOp[]>();
  private nextCtx = 1;
  private startFailures = 0;
  private broken: string | null = null;
  private closing = false;
  private idleWaiters: (() => void)[] = [];
  /** workers that died while holding tasks (for tests and diagnostics) */
  crashes = 0;

  constructor(opts: PoolOptions) {
    this.size = Math.max(1, Math.floor(opts.size));
    this.depth = Math.max(1, opts.depth ?? 2);
    this.module = opts.module ?? MAIN;
    this.unref = !!opts.unref;
    this.nice = Math.min(19, Math.max(0, Math.floor(opts.nice ?? 0)));
    for (let i = 0; i < this.size; i++) this.slots.push(this.spawn());
  }

  /**
   * Queues one task (`first`: ahead of the queued ones, for a task others wait on); resolves with
   * its result (an error result when the analysis did not come back).
   */
  run<T extends Task>(task: T, first = false): Promise<TaskResult<T>> {
    return new Promise((resolve) => {
      const job: Job = { seq: ++this.seq, task, resolve: resolve as Job['resolve'] };
      if (this.broken || this.closing) job.resolve(failedValue(task, this.broken ?? 'the analysis pool is closed'));
      else {
        if (first) this.queue.unshift(job);
        else this.queue.push(job);
        this.dispatch();
      }
    });
  }

  /** Registers a registry change log (LearningRegistry.log); tasks with `ctx` use that registry. */
  context(log: RegistryOp[]): number {
    const ctx = this.nextCtx++;
    this.contexts.set(ctx, log);
    return ctx;
  }

  /** Forgets a registry context (in the workers too). */
  dropContext(ctx: number): void {
    if (!this.contexts.delete(ctx)) return;
    for (const s of this.slots) {
      if (s.sent.delete(ctx) && !s.dead) s.worker.postMessage({ type: 'drop', ctx } satisfies ToWorker);
    }
  }

  /** Tasks queued or running. */
  get busy(): number {
    return this.queue.length + this.slots.reduce((n, s) => n + s.held.length, 0);
  }

  /** Waits for every queued task, then ends the workers. */
  async close(): Promise<void> {
    if (this.busy) await new Promise<void>((r) => this.idleWaiters.push(r));
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  /** Ends the workers now; queued and running tasks resolve as error results. */
  async destroy(): Promise<void> {
    this.closing = true;
    const jobs = [...this.slots.flatMap((s) => s.held.splice(0)), ...this.queue.splice(0)];
    for (const j of jobs) j.resolve(failedValue(j.task, 'the analysis pool was stopped'));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    applyV8Flags();
    const worker = new Worker(ENTRY, { workerData: { module: this.module.href, nice: this.nice } });
    if (this.unref) worker.unref();
    const slot: Slot = { worker, held: [], sent: new Map(), ready: false, dead: false };
    worker.on('message', (m: FromWorker) => this.onMessage(slot, m));
    worker.on('error', (err) => this.onDeath(slot, err?.message ?? String(err)));
    worker.on('exit', (code) => this.onDeath(slot, `worker thread exited (code ${code})`));
    return slot;
  }

  private onMessage(slot: Slot, m: FromWorker): void {
    if (m.type === 'ready') {
      slot.ready = true;
      this.startFailures = 0;
      return;
    }
    const i = slot.held.findIndex((j) => j.seq === m.seq);
    if (i < 0) return;
    const [job] = slot.held.splice(i, 1);
    job.resolve(m.type === 'done' ? m.value : failedValue(job.task, m.message));
    this.dispatch();
  }

  private onDeath(slot: Slot, message: string): void {
    if (slot.dead) return;
    slot.dead = true;
    if (this.closing) return;
    const held = slot.held.splice(0);
    if (slot.ready) {
      if (held.length) this.crashes++;
      // the oldest task is the one it was running: that article gets the error, the rest are retried
      const culprit = held.shift();
      if (culprit) culprit.resolve(failedValue(culprit.task, `the analysis worker died: ${message}`));
    }
    this.queue.unshift(...held);
    if (!slot.ready && ++this.startFailures >= 2) {
      this.broken = `analysis workers cannot start: ${message}`;
      for (const j of this.queue.splice(0)) j.resolve(failedValue(j.task, this.broken));
    } else {
      this.slots[this.slots.indexOf(slot)] = this.spawn();
    }
    this.dispatch();
  }

  private dispatch(): void {
    while (this.queue.length) {
      let best: Slot | null = null;
      for (const s of this.slots) if (!s.dead && s.held.length < this.depth && (!best || s.held.length < best.held.length)) best = s;
      if (!best) break;
      const job = this.queue.shift()!;
      const ctx = job.task.kind === 'outcome' ? job.task.ctx : undefined;
      if (ctx !== undefined) {
        const log = this.contexts.get(ctx);
        if (!log) {
          job.resolve(failedValue(job.task, `registry context ${ctx} is not registered`));
          continue;
        }
        const sent = best.sent.get(ctx) ?? 0;
        if (sent < log.length || !best.sent.has(ctx)) {
          best.worker.postMessage({ type: 'ops', ctx, ops: log.slice(sent) } satisfies ToWorker);
          best.sent.set(ctx, log.length);
        }
      }
      best.held.push(job);
      best.worker.postMessage({ type: 'task', seq: job.seq, task: job.task } satisfies ToWorker);
    }
    const busy = this.busy;
    // an unref'd pool keeps the process alive only while it has work (a caller awaits it)
    if (this.unref) for (const s of this.slots) if (busy) s.worker.ref(); else s.worker.unref();
    if (!busy) for (const w of this.idleWaiters.splice(0)) w();
  }
}
