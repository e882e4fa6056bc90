/**
 * Near-duplicate detection with MinHash over word shingles and LSH banding: the same agency
 * story on many sites, with small edits, gets one canonical article. Why MinHash rather than
 * SimHash: its estimate is the Jaccard similarity of the shingle sets, so the threshold has a
 * plain meaning ("half the 4-word phrases are shared") and LSH bands give exact-match lookup keys
 * that any SQL index can serve.
 *
 * @example
 * const a = minhash('Die Regierung in Berlin kündigte am Montag neue Zölle auf Stahl an ...');
 * if (a && b && similarity(a, b) >= DEDUP.threshold) console.log('near-duplicate');
 */

/** The parameters (documented in docs/store.md). */
export const DEDUP = Object.freeze({
  /** words per shingle */
  shingle: 4,
  /** number of hash functions = signature length */
  hashes: 63,
  /** LSH: bands × rows = hashes; a pair with Jaccard 0.5 becomes a candidate with p ≈ 0.94, 0.7 with p > 0.999 */
  bands: 21,
  rows: 3,
  /** estimated Jaccard similarity from which an article counts as a near-duplicate */
  threshold: 0.5,
  /** texts with fewer distinct shingles are never deduplicated (short texts share phrases by chance) */
  minShingles: 8,
});

/** 32-bit FNV-1a over a string's UTF-16 code units. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's finaliser: a good 32-bit mixer, used with a per-function seed as the i-th permutation. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Array.from({ length: DEDUP.hashes }, (_, i) => fmix((i + 1) * 0x9e3779b9));
const WORD = /[\p{L}\p{N}]+/gu;

/** Distinct shingle hashes of a text: lower-cased words, `DEDUP.shingle` at a time. */
export function shingleHashes(text: string): Set<number> {
  const words = text.toLowerCase().match(WORD) ?? [];
  const out = new Set<number>();
  const k = DEDUP.shingle;
  for (let i = 0; i + k <= words.length; i++) out.add(fnv1a(words.slice(i, i + k).join(' ')));
  return out;
}

/** MinHash signature of a text, or null when it is too short to compare. */
export function minhash(text: string): Uint32Array | null {
  const shingles = shingleHashes(text);
  if (shingles.size < DEDUP.minShingles) return null;
  const sig = new Uint32Array(DEDUP.hashes).fill(0xffffffff);
  for (const h of shingles) {
    for (let i = 0; i < sig.length; i++) {
      const v = fmix(h ^ SEEDS[i]);
      if (v < sig[i]) sig[i] = v;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of two signatures (share of equal positions). */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  if (!n) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}

/** LSH band keys: one signed 32-bit key per band (fits SQLite INTEGER and PostgreSQL integer). */
export function bandKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < DEDUP.bands; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < DEDUP.rows; r++) h = Math.imul(h ^ sig[b * DEDUP.rows + r], 0x01000193);
    keys.push(fmix(h) | 0);
  }
  return keys;
}

/** Signature ↔ bytes for storage (little-endian uint32s). */
export function sigToBytes(sig: Uint32Array): Buffer {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
}

/** Bytes (from the database) → signature; null for a missing value. */
export function sigFromBytes(buf: Uint8Array | null | undefined): Uint32Array | null {
  if (!buf || buf.byteLength % 4) return null;
  const copy = new Uint8Array(buf); // aligned copy
  return new Uint32Array(copy.buffer, 0, copy.byteLength / 4);
}
