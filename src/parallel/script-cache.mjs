// Runs the bundle's worker script (one CommonJS file, src/parallel/bundle.mjs) through vm.Script
// with a V8 code cache (docs/parallel.md, "Start-up: the workers' code cache"). Node 20 has no
// compile cache for ES modules (module.enableCompileCache() is 22.1+), so every worker thread
// compiled the pipeline's code again: the top level of each module, then every function on its
// first call (V8 compiles lazily). A code cache holds the bytecode of every function compiled
// when it was made, so it is made by a worker that has analysed some articles
// (`script.createCachedData()` after CACHE_AFTER tasks), once per build, and later workers start
// with that bytecode instead of compiling it.
//
// - The cache lies next to the script, in the build's own directory (a new build, a new cache),
//   named by a key of the Node version, the architecture and the V8 flags that can differ between
//   runs (execArgv, LAGEBILD_V8_FLAGS; the pool's own flags are part of the build). V8 also
//   checks its own version and flag hash and the source's hash: data it rejects
//   (`script.cachedDataRejected`) is ignored and the script compiles as without a cache.
// - The file is the SHA-1 of the data, the SHA-1 of the script's source, then the data. V8 checks
//   only a header of the data in release builds, so a truncated or corrupt file (checked at each
//   read) is ignored, and replaced by the next worker that makes one. V8's own source check is
//   the source's length only: a script edited in place to the same length would run the old
//   bytecode, hence the source's hash (builds never rewrite a script, but nothing else runs old code either).
// - Written to a temporary name and renamed: two workers writing at once are harmless.
//   An unwritable directory costs only the cache. LAGEBILD_CODE_CACHE=0 turns it off;
//   LAGEBILD_DEBUG=1 says why a cache was not used.
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Script } from 'node:vm';

/** Tasks a worker analyses before it writes the cache (so that their functions are compiled). */
export const CACHE_AFTER = 64;

function debug(msg) {
  if (process.env.LAGEBILD_DEBUG) process.stderr.write(`lagebild code cache: ${msg}\n`);
}

/** The cache file of a script for this process's Node and V8 flags. */
export function cacheFile(file) {
  const key = createHash('sha1')
    .update([process.version, process.arch, process.execArgv.join(' '), process.env.LAGEBILD_V8_FLAGS ?? '', process.env.NODE_OPTIONS ?? ''].join('\0'))
    .digest('hex')
    .slice(0, 16);
  return join(dirname(file), `${basename(file)}.${key}.v8cache`);
}

const sha1 = (bytes) => createHash('sha1').update(bytes).digest();

/** The cached data if the file is whole (its SHA-1 matches) and made for this source, else undefined. */
function readCache(path, sourceHash) {
  let bytes;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined;
  }
  const data = bytes.subarray(40);
  if (bytes.length <= 40 || !sha1(data).equals(bytes.subarray(0, 20))) {
    debug(`${path}: damaged, ignored`);
    return undefined;
  }
  if (!sourceHash.equals(bytes.subarray(20, 40))) {
    debug(`${path}: made for another source, ignored`);
    return undefined;
  }
  return data;
}

/**
 * Compiles and runs a CommonJS script (with `require`, `module`, `__filename`, `__dirname` as
 * Node gives a module), using its code cache when there is a valid one. Returns
 * `{ cache: 'used' | 'none' | 'rejected' | 'off', save() }`; `save()` writes the cache from the
 * functions compiled so far when none was used (a no-op otherwise) and returns true if it wrote.
 */
export function runScript(file) {
  const off = process.env.LAGEBILD_CODE_CACHE === '0';
  const path = cacheFile(file);
  const bytes = readFileSync(file);
  const source = bytes.toString('utf8');
  const sourceHash = off ? undefined : sha1(bytes);
  const cachedData = off ? undefined : readCache(path, sourceHash);
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  // 'used' only on V8's own word (cachedDataRejected is false only for data it took)
  const cache = off ? 'off' : !cachedData ? 'none' : script.cachedDataRejected === false ? 'used' : 'rejected';
  if (cache === 'rejected') debug(`${path}: rejected by V8 (other Node or V8 flags?), compiled`);
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  let saved = false;
  const save = () => {
    if (cache === 'used' || cache === 'off' || saved) return false;
    saved = true;
    // another worker (the other thread of this pool) got there first: its cache is as good
    if (cache === 'none' && readCache(path, sourceHash)) return false;
    const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      const t0 = performance.now();
      const data = script.createCachedData();
      writeFileSync(tmp, Buffer.concat([sha1(data), sourceHash, data]));
      renameSync(tmp, path);
      debug(`${path}: written (${data.length} bytes, ${(performance.now() - t0).toFixed(0)} ms)`);
      return true;
    } catch (err) {
      rmSync(tmp, { force: true });
      debug(`${path}: not written: ${err?.message ?? err}`);
      return false;
    }
  };
  return { cache, save };
}
