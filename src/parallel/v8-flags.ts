/**
 * V8 settings for analysis-pool worker threads, applied by the pool before it starts its first
 * worker (src/parallel/pool.ts). V8 flags are per process, so they reach every worker (a new
 * isolate each); benches that spawn bin/lagebild run with exactly these settings. `--jobs 1`
 * starts no pool and runs with V8's defaults.
 *
 * Why (docs/parallel.md, "JIT warm-up"): in a whole `extract` run most of the CPU beside the
 * analysing threads is V8's optimising compiler (TurboFan) on background threads (with
 * --no-concurrent-recompilation those threads fall to ~0.1 s and the work moves to the analysing
 * thread), and every worker pays it again for the same code. V8's default interrupt budget sends
 * a function to TurboFan after little use, and the pipeline has much code that is warm only
 * briefly; a budget 8x the default (16x since 2026-12-07, below) optimises what stays hot. Measured on de-10kgnad (per-thread
 * CPU from /proc, loaded machine, interleaved runs): background threads --jobs 2 3.5-3.9 ->
 * 1.5 s, the workers' own CPU about the same; 16x made the analysing threads slower. With one
 * thread it is a trade, not a gain: the analysing thread took ~4% more CPU (5 paired runs,
 * median 4.00 -> 4.08 s) while the background threads fell 2.5 -> 1.0 s, and on 2 cores that
 * thread alone sets the wall time, hence workers only. Outputs do not change (JIT settings
 * never change what the code computes).
 *
 * Since 2026-12-07: 16x the default budget with half of V8's cumulative inlining budget
 * (--max-inlined-bytecode-size-cumulative 920 -> 460: each optimised function inlines less, so
 * TurboFan's jobs are smaller). Same run, quiet machine, --jobs 2, 5 interleaved rounds of
 * de-10kgnad: wall median 4.36 s (8x) -> 3.99 s, CPU 8.07 -> 7.59 s (16x alone 4.15 / 7.88 s;
 * 8x with the halved inlining 4.13 / 7.83 s); en-bbc (2,225 articles, 3 rounds) 5.87 -> 5.53 s;
 * a 3,084-article run 8.91 -> 8.87 s (equal: the longer the run, the less warm-up matters).
 *
 * @example
 * applyV8Flags(); // once, before `new Worker(...)`
 */
import { setFlagsFromString } from 'node:v8';

/** The flags (V8's default interrupt budget is 67584, i.e. 66 KB of bytecode run between checks; cumulative inlining 920 bytes of bytecode). */
export const V8_FLAGS: readonly string[] = ['--interrupt-budget=1081344', '--max-inlined-bytecode-size-cumulative=460'];

let applied = false;

/**
 * Applies V8_FLAGS to this process once. LAGEBILD_V8_FLAGS replaces them for experiments: `0`
 * none, else flags separated by spaces (only flags V8 reads while running, like the budget: GC
 * flags set after start crash V8, e.g. --single-threaded-gc).
 */
export function applyV8Flags(): void {
  if (applied) return;
  applied = true;
  const own = process.env.LAGEBILD_V8_FLAGS;
  const flags = own === undefined ? V8_FLAGS : own === '0' ? [] : own.split(/\s+/).filter(Boolean);
  for (const f of flags) setFlagsFromString(f);
}
