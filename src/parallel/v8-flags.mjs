// V8 settings of the lagebild process and its analysis workers, applied by bin/lagebild before
// any pipeline code loads (plain JavaScript: it runs before tsx). V8 flags are per process, so
// the pool's worker threads (new isolates) get them too; benches that spawn bin/lagebild run with
// exactly these settings.
//
// Why (docs/parallel.md, "JIT warm-up"): in a whole `extract` run most of the CPU beside the
// analysing thread is V8's optimising compiler (TurboFan) on background threads (with
// --no-concurrent-recompilation those threads fall to ~0.1 s and the work moves to the analysing
// thread), and every pool worker pays it again for the same code. V8's default interrupt budget
// sends a function to TurboFan after little use; the pipeline has much code that is warm only
// briefly. A budget 8x the default optimises what stays hot. Measured on de-10kgnad (per-thread
// CPU from /proc, loaded machine, interleaved runs): background threads --jobs 1 2.3-2.5 ->
// 0.9-1.0 s, --jobs 2 3.5-3.9 -> 1.5 s; the analysing thread's own CPU the same (--jobs 1, 4 runs
// each: median 3.66 s at 4x, 3.70 s at 8x); 16x made the analysing threads slower. Outputs do
// not change (JIT settings never change what the code computes).
//
// @example
// import { applyV8Flags } from '../src/parallel/v8-flags.mjs';
// applyV8Flags(); // first thing in bin/lagebild
import { setFlagsFromString } from 'node:v8';

/** The flags (V8's default interrupt budget is 67584, i.e. 66 KB of bytecode run between checks). */
export const V8_FLAGS = ['--interrupt-budget=540672'];

/**
 * Applies V8_FLAGS to this process (and so to the worker threads it starts). LAGEBILD_V8_FLAGS
 * replaces them for experiments: `0` none, else flags separated by spaces.
 */
export function applyV8Flags() {
  const own = process.env.LAGEBILD_V8_FLAGS;
  const flags = own === undefined ? V8_FLAGS : own === '0' ? [] : own.split(/\s+/).filter(Boolean);
  for (const f of flags) setFlagsFromString(f);
}
