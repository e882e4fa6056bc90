// How extract's results get from a pool worker to the output file, per thread (docs/parallel.md,
// "Transfer"). A worker holds real extract results (parsed from a JSON Lines file of them) and, for
// each, does what a pool worker would do after the analysis; the main thread receives and writes
// to a file, as extract's main thread does. Modes:
//   string  JSON.stringify in the worker, postMessage of the string (structured clone), the main
//           thread writes `${string}\n` (the stream encodes it to UTF-8): what src/parallel does
//   bytes   JSON.stringify + TextEncoder in the worker, the ArrayBuffer transferred (postMessage's
//           transfer list, no copy), the main thread writes the bytes as they are
//   copy    as bytes, but the buffer cloned instead of transferred
// CPU time per thread from /proc/thread-self/schedstat (Linux; ns on the CPU, exact over a whole
// loop). Rounds interleave the modes (same minute, same machine load); medians are printed, per
// 1,000 results. Every mode's output file must be byte-identical (checked).
//
// The worker posts its results back to back, so the main thread takes many per wake-up; in extract
// it wakes once per result. The worker's side is what this measures best.
//
// Usage: node bench/transfer.mjs [--lines RESULTS.jsonl] [--rounds 5] [--repeat 3]
//   --lines   extract results, one a line (default: bin/lagebild extract --format jsonl --jobs 2
//             over ../shared/eval/corpora/de-10kgnad.jsonl, written to a temporary file first)
//   --repeat  passes over the results per round and mode
import { Buffer } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';
import { TextEncoder } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

const STAT = '/proc/thread-self/schedstat';
/** This thread's CPU time in ms. */
const cpu = () => Number(readFileSync(STAT, 'utf8').split(' ')[0]) / 1e6;

if (!isMainThread) {
  const objs = workerData.lines.map((l) => JSON.parse(l));
  const enc = new TextEncoder();
  const { mode, repeat } = workerData;
  parentPort.once('message', () => {
    const t = cpu();
    let seq = 0;
    for (let r = 0; r < repeat; r++) {
      for (const o of objs) {
        if (mode === 'string') parentPort.postMessage({ type: 'done', seq: seq++, value: JSON.stringify(o) });
        else {
          const value = enc.encode(`${JSON.stringify(o)}\n`);
          parentPort.postMessage({ type: 'done', seq: seq++, value }, mode === 'bytes' ? [value.buffer] : []);
        }
      }
    }
    const worker = cpu() - t;
    // JSON.stringify alone, for reference (the part every mode pays)
    const s = cpu();
    for (let r = 0; r < repeat; r++) for (const o of objs) JSON.stringify(o);
    parentPort.postMessage({ type: 'cpu', worker, stringify: cpu() - s });
  });
} else {
  const arg = (name) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  if (!existsSync(STAT)) {
    console.log(`skipped: needs ${STAT} (Linux)`);
    process.exit(0);
  }
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const tmp = mkdtempSync(join(tmpdir(), 'lagebild-transfer-'));
  let file = arg('--lines');
  if (!file) {
    const corpus = join(root, '..', 'shared', 'eval', 'corpora', 'de-10kgnad.jsonl');
    if (!existsSync(corpus)) {
      console.log(`skipped: no --lines and no ${corpus}`);
      process.exit(0);
    }
    file = join(tmp, 'results.jsonl');
    const fd = openSync(file, 'w');
    const r = spawnSync(process.execPath, [join(root, 'bin', 'lagebild'), 'extract', '--format', 'jsonl', '--jobs', '2', corpus], { stdio: ['ignore', fd, 'inherit'] });
    closeSync(fd);
    if (r.status !== 0) throw new Error(`extract failed (${r.status})`);
  }
  const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
  const rounds = Number(arg('--rounds') ?? 5);
  const repeat = Number(arg('--repeat') ?? 3);
  const modes = ['string', 'bytes', 'copy'];
  const n = lines.length * repeat;
  const twoByte = lines.filter((l) => /[\u0100-\uffff]/.test(l)).length;
  console.log(`${lines.length} results (${twoByte} with characters beyond Latin-1, two-byte strings in V8), ${(Buffer.byteLength(lines.join('\n')) / 1e6).toFixed(1)} MB; ${repeat} passes per run, ${rounds} rounds; load ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);

  const once = (mode) => new Promise((resolve, reject) => {
    const out = join(tmp, `out-${mode}.jsonl`);
    const fd = openSync(out, 'w');
    const w = new Worker(fileURLToPath(import.meta.url), { workerData: { mode, repeat, lines } });
    let got = 0;
    let t0 = 0;
    let main = 0;
    w.on('error', reject);
    w.on('online', () => {
      // the worker parses its copy of the results first; give it a moment, then start both clocks
      setTimeout(() => { t0 = cpu(); w.postMessage('go'); }, 200);
    });
    w.on('message', (m) => {
      if (m.type === 'done') {
        if (typeof m.value === 'string') writeSync(fd, `${m.value}\n`);
        else writeSync(fd, m.value);
        if (++got === n) main = cpu() - t0;
        return;
      }
      closeSync(fd);
      void w.terminate();
      const hash = createHash('sha1').update(readFileSync(out)).digest('hex');
      rmSync(out);
      resolve({ worker: m.worker, stringify: m.stringify, main, hash });
    });
  });

  const runs = Object.fromEntries(modes.map((m) => [m, []]));
  for (let r = 0; r < rounds; r++) for (const m of modes) runs[m].push(await once(m));
  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  };
  const per = (ms) => ((ms / n) * 1000).toFixed(1);
  console.log('mode     worker ms/1000 (of which JSON.stringify)  main ms/1000  worker+main');
  for (const m of modes) {
    const xs = runs[m];
    const wk = median(xs.map((x) => x.worker));
    const st = median(xs.map((x) => x.stringify));
    const mn = median(xs.map((x) => x.main));
    console.log(`${m.padEnd(8)} ${per(wk).padStart(14)} (${per(st)})${' '.repeat(20)}${per(mn).padStart(12)}  ${per(wk + mn).padStart(11)}`);
  }
  const hashes = new Set(modes.flatMap((m) => runs[m].map((x) => x.hash)));
  console.log(hashes.size === 1 ? 'outputs: byte-identical in every mode and round' : `OUTPUTS DIFFER: ${[...hashes].join(' ')}`);
  rmSync(tmp, { recursive: true, force: true });
  if (hashes.size !== 1) process.exitCode = 1;
}
