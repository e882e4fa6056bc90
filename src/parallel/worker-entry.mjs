// Entry of an analysis-pool worker thread (src/parallel/pool.ts): lowers this thread's scheduling
// priority when the pool asks (workerData.nice; Linux: setpriority on the thread's own id), then
// imports the module named in workerData.module. That is normally the CLI bundle's worker (plain
// JavaScript, see src/parallel/bundle.mjs); a TypeScript module (worker-main.ts when the parent
// runs the sources through tsx, or a test wrapper) needs tsx, which Node 20 does not pass on to
// worker threads, so the worker registers it itself first.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { workerData } from 'node:worker_threads';

if (workerData.nice > 0 && process.platform === 'linux') {
  try {
    // /proc/thread-self -> "<pid>/task/<tid>"; setpriority(PRIO_PROCESS, tid) changes this thread only
    setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), workerData.nice);
  } catch {
    // not allowed or no /proc: the thread keeps the process's priority
  }
}
if (!/\.[cm]?js$/.test(workerData.module)) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(workerData.module);
