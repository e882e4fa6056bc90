// Entry of an analysis-pool worker thread (src/parallel/pool.ts): lowers this thread's scheduling
// priority when the pool asks (workerData.nice; Linux: setpriority on the thread's own id), then
// runs the module named in workerData.module. That is normally the CLI bundle's worker script (one
// CommonJS file, see src/parallel/bundle.mjs), run through vm.Script with a V8 code cache
// (script-cache.mjs): the first worker that has analysed CACHE_AFTER articles without a valid
// cache writes one. A TypeScript module (worker-main.ts when the parent
// runs the sources through tsx, or a test wrapper) needs tsx, which Node 20 does not pass on to
// worker threads, so the worker registers it itself first.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { setImmediate } from 'node:timers';
import { fileURLToPath } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';

if (workerData.nice > 0 && process.platform === 'linux') {
  try {
    // /proc/thread-self -> "<pid>/task/<tid>"; setpriority(PRIO_PROCESS, tid) changes this thread only
    setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), workerData.nice);
  } catch {
    // not allowed or no /proc: the thread keeps the process's priority
  }
}
if (workerData.module.endsWith('.cjs')) {
  const { CACHE_AFTER, runScript } = await import('./script-cache.mjs');
  let tasks = 0;
  // the script's own listener runs the task; the cache is written after it (setImmediate)
  const count = (m) => {
    if (m?.type !== 'task' || ++tasks < CACHE_AFTER) return;
    parentPort.off('message', count);
    setImmediate(save);
  };
  const { cache, save } = runScript(fileURLToPath(workerData.module));
  if (cache === 'none' || cache === 'rejected') parentPort.on('message', count);
} else {
  if (!/\.[cm]?js$/.test(workerData.module)) {
    const { register } = await import('tsx/esm/api');
    register();
  }
  await import(workerData.module);
}
