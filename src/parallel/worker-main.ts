/**
 * The module a pool worker runs (see worker-entry.mjs): serves analysis tasks.
 *
 * @example
 * new Worker(new URL('./worker-entry.mjs', import.meta.url), { workerData: { module: new URL('./worker-main.ts', import.meta.url).href } });
 */
import { serveTasks } from './worker.js';

serveTasks();
