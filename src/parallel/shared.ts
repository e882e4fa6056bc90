/**
 * The process's shared analysis pool: the server analyses posted articles in it (off the event
 * loop), and `lagebild demo` ingests the samples with it before serving. Created on first use,
 * with `configureSharedPool(n)` workers (default: every core, at least one); idle workers do not
 * keep the process alive.
 *
 * @example
 * configureSharedPool(2);
 * const { outcome } = await sharedPool().run({ kind: 'outcome', id: 'a1', article });
 */
import { defaultJobs } from './jobs.js';
import { AnalysisPool, BACKGROUND_NICE } from './pool.js';

let size = 0;
let pool: AnalysisPool | null = null;

/** Sets the size of the shared pool (before its first use; later calls change nothing). */
export function configureSharedPool(workers: number): void {
  if (!pool) size = Math.max(1, Math.floor(workers));
}

/** The shared pool (created now if needed). */
export function sharedPool(): AnalysisPool {
  return (pool ??= new AnalysisPool({ size: size || defaultJobs(), unref: true, nice: BACKGROUND_NICE }));
}
