// Preload for bench/worker-heap.ts: every HEAP_PROBE_MS (default 5000) and at exit, append one
// line of process.memoryUsage() (after two full collections when node runs with --expose-gc) and
// the peak RSS so far to the file HEAP_PROBE_OUT. Usage: node [--expose-gc] --import ./bench/heap-probe.mjs ...
import { appendFileSync } from 'node:fs';
import { setInterval } from 'node:timers';

const out = process.env.HEAP_PROBE_OUT;
const t0 = Date.now();
const mb = (b) => Math.round(b / 1048576);
const sample = (tag) => {
  if (globalThis.gc) { globalThis.gc(); globalThis.gc(); }
  const m = process.memoryUsage();
  const row = { tag, s: Math.round((Date.now() - t0) / 1000), heapUsed: mb(m.heapUsed), heapTotal: mb(m.heapTotal), rss: mb(m.rss), maxRss: Math.round(process.resourceUsage().maxRSS / 1024) };
  if (out) appendFileSync(out, `${JSON.stringify(row)}\n`);
};
setInterval(() => sample('t'), Number(process.env.HEAP_PROBE_MS ?? 5000)).unref();
process.on('exit', () => sample('exit'));
