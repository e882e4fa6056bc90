/**
 * A small seeded pseudo-random generator (mulberry32) for the reader fuzz test: the same seed
 * gives the same inputs on every machine, so a failure can be replayed from its seed and index.
 *
 * @example
 * const r = prng(20261127);
 * r.int(10);          // 0..9
 * r.pick(['a', 'b']); // 'a' or 'b'
 */

/** A seeded random source with the few helpers the mutators need. */
export interface Rng {
  /** a float in [0, 1) */
  next(): number;
  /** an integer in [0, n) (0 when n <= 0) */
  int(n: number): number;
  /** an integer in [lo, hi] */
  range(lo: number, hi: number): number;
  /** true with probability p */
  chance(p: number): boolean;
  /** one element of a non-empty array */
  pick<T>(xs: readonly T[]): T;
}

/** The mulberry32 generator seeded with `seed` (a 32-bit integer). */
export function prng(seed: number): Rng {
  let s = seed >>> 0;
  const next = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => (n <= 0 ? 0 : Math.floor(next() * n));
  return {
    next,
    int,
    range: (lo, hi) => lo + int(hi - lo + 1),
    chance: (p) => next() < p,
    pick: (xs) => xs[int(xs.length)],
  };
}
