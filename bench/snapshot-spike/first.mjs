// Spike (docs/parallel.md "Start-up from a V8 snapshot"): time to the first result of one analysis
// unit, a worker thread of the CLI bundle or a child process from the snapshot (whole process:
// run under /usr/bin/time for the CPU, the child's exit included).
//   node bench/snapshot-spike/first.mjs thread|snap BLOB TASK.jsonl   (TASK: {article, origin, notes, opts})
import { Worker } from 'node:worker_threads';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { performance } from 'node:perf_hooks';
const [mode, blob, taskFile] = process.argv.slice(2);
const ROOT = new URL('../../', import.meta.url);
const FLAGS = ['--interrupt-budget=1081344', '--max-inlined-bytecode-size-cumulative=460']; // src/parallel/v8-flags.ts
const line = readFileSync(taskFile, 'utf8').split('\n')[0].trim();
const t0 = performance.now();
const done = (s) => { process.stderr.write(`${mode} first result ${(performance.now() - t0).toFixed(0)} ms, ${s.length} chars\n`); process.exit(0); };
if (mode === 'thread') {
  for (const f of FLAGS) setFlagsFromString(f);
  const m = JSON.parse(readFileSync(new URL('node_modules/.cache/lagebild/current.json', ROOT), 'utf8'));
  const w = new Worker(new URL('src/parallel/worker-entry.mjs', ROOT), { workerData: { module: new URL(`node_modules/.cache/lagebild/${m.dir}/worker.js`, ROOT).href, nice: 0 } });
  const t = JSON.parse(line);
  w.on('message', (m) => { if (m.type === 'done') done(m.value); });
  w.postMessage({ type: 'task', seq: 1, task: { kind: 'extract', ...t } });
} else {
  const c = spawn(process.execPath, [...FLAGS, '--snapshot-blob', blob, 'x'], { stdio: ['pipe', 'pipe', 'inherit'] });
  let buf = '';
  c.stdout.setEncoding('utf8');
  c.stdout.on('data', (d) => { buf += d; const ls = buf.split('\n'); if (ls.length > 2 && !c.got) { c.got = true; const s = ls[1]; process.stderr.write(`${mode} first result ${(performance.now() - t0).toFixed(0)} ms, ${s.length} chars\n`); c.stdin.end(); c.on('exit', () => process.exit(0)); } });
  c.stdin.write(line + '\n');
}
