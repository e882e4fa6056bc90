// Entry of an analysis-pool worker thread (src/parallel/pool.ts). Node 20 does not pass the
// parent's TypeScript loader (tsx, registered by bin/lagebild or `node --import tsx`) on to worker
// threads, so the worker registers tsx itself, then imports the TypeScript module named in
// workerData.module (normally worker-main.ts; tests pass a wrapper).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
