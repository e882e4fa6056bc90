// Entry of an analysis-pool worker thread (src/parallel/pool.ts): imports the module named in
// workerData.module. That is normally the CLI bundle's worker (plain JavaScript, see
// src/parallel/bundle.mjs); a TypeScript module (worker-main.ts when the parent runs the sources
// through tsx, or a test wrapper) needs tsx, which Node 20 does not pass on to worker threads, so
// the worker registers it itself first.
import { workerData } from 'node:worker_threads';

if (!/\.[cm]?js$/.test(workerData.module)) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(workerData.module);
