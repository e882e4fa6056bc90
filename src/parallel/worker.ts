/**
 * The body of an analysis-pool worker thread: answers `task` messages with the analysis of
 * src/parallel/tasks.ts and keeps one actor registry per registry context (seeded copy + the
 * main thread's change log). Started through worker-entry.mjs, which loads TypeScript (tsx) first.
 *
 * @example
 * // src/parallel/worker-entry.mjs: register tsx, then import this module (or a test wrapper)
 * serveTasks();
 */
import { parentPort } from 'node:worker_threads';
import type { MemoryRegistry } from '../registry/memory.js';
import { seededRegistry } from '../registry/starter.js';
import { analyseOutcome } from '../ingest/analyse-one.js';
import type { FromWorker, Task, ToWorker } from './messages.js';
import { applyRegistryOp } from './registry-ops.js';
import { extractResult, forStore, learningOutcome, type LearningOutcome } from './tasks.js';

const registries = new Map<number, MemoryRegistry>();

/** Runs one task (exported for tests and wrappers). */
export function runTask(task: Task): string | LearningOutcome {
  if (task.kind === 'extract') return JSON.stringify(extractResult(task.article, task.origin, task.notes, task.opts));
  let done: LearningOutcome;
  if (task.ctx === undefined) done = { outcome: analyseOutcome(task.id, task.article), facts: [] };
  else {
    const reg = registries.get(task.ctx);
    if (!reg) throw new Error(`registry context ${task.ctx} unknown in worker`);
    done = learningOutcome(task.id, task.article, reg);
  }
  done.outcome = forStore(done.outcome, task.notes, task.prepare ?? false);
  return done;
}

/** Handles the messages of the main thread; `before` runs ahead of every task (test hook). */
export function serveTasks(before?: (task: Task) => void): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks() runs in a worker thread');
  port.on('message', (msg: ToWorker) => {
    if (msg.type === 'ops') {
      let reg = registries.get(msg.ctx);
      if (!reg) registries.set(msg.ctx, (reg = seededRegistry()));
      for (const op of msg.ops) applyRegistryOp(reg, op);
      return;
    }
    if (msg.type === 'drop') {
      registries.delete(msg.ctx);
      return;
    }
    let reply: FromWorker;
    try {
      before?.(msg.task);
      reply = { type: 'done', seq: msg.seq, value: runTask(msg.task) };
    } catch (err) {
      reply = { type: 'failed', seq: msg.seq, message: (err as Error)?.message ?? String(err) };
    }
    port.postMessage(reply);
  });
  port.postMessage({ type: 'ready' } satisfies FromWorker);
}
