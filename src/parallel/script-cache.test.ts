/**
 * The workers' code cache (src/parallel/script-cache.mjs): a script runs the same with and
 * without it; the cache is written by save(), used when valid, and ignored (the script compiled
 * as without one) when V8 rejects it, when the file is damaged or when LAGEBILD_CODE_CACHE=0.
 *
 * node --import tsx --test src/parallel/script-cache.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error: a plain JavaScript module without types
import { cacheFile, runScript } from './script-cache.mjs';

interface Run {
  cache: 'used' | 'none' | 'rejected' | 'off';
  save: () => boolean;
}
const run = runScript as (file: string) => Run;
const cachePath = cacheFile as (file: string) => string;

/** A script that reports through a global what its functions computed, with a function only called later (lazily compiled). */
function script(dir: string, name: string, word: string): string {
  const file = join(dir, name);
  writeFileSync(
    file,
    `"use strict";
const { basename } = require('node:path');
function late(n) { let s = 0; for (let i = 0; i < n; i++) s += i * ${word.length}; return s; }
module.exports.answer = () => \`${word}:\${late(10)}:\${basename(__filename)}\`;
globalThis.__scriptCacheTest = module.exports.answer();
`,
  );
  return file;
}

function withDir(fn: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-script-cache-'));
  try {
    fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const result = () => (globalThis as { __scriptCacheTest?: string }).__scriptCacheTest;

test('code cache: none at first, written by save(), then used; the script computes the same', () => {
  withDir((dir) => {
    const file = script(dir, 'a.cjs', 'eins');
    const first = run(file);
    assert.equal(first.cache, 'none');
    assert.equal(result(), 'eins:180:a.cjs');
    assert.equal(existsSync(cachePath(file)), false);
    assert.equal(first.save(), true, 'written');
    assert.equal(first.save(), false, 'once');
    assert.ok(existsSync(cachePath(file)));

    const second = run(file);
    assert.equal(second.cache, 'used', 'a valid cache is used (V8 accepted it)');
    assert.equal(result(), 'eins:180:a.cjs');
    assert.equal(second.save(), false, 'a used cache is not written again');

    // a second thread that made no cache either finds the first one's and leaves it
    rmSync(cachePath(file));
    const a = run(file);
    const b = run(file);
    assert.equal(a.save(), true);
    assert.equal(b.save(), false);
  });
});

test('code cache: a damaged file is ignored (compiled as without it) and replaced', () => {
  withDir((dir) => {
    const file = script(dir, 'a.cjs', 'zwei');
    run(file).save();
    const path = cachePath(file);
    const bytes = readFileSync(path);
    bytes[bytes.length - 10] ^= 0xff;
    writeFileSync(path, bytes);
    const damaged = run(file);
    assert.equal(damaged.cache, 'none');
    assert.equal(result(), 'zwei:180:a.cjs');
    assert.equal(damaged.save(), true, 'replaced');
    assert.equal(run(file).cache, 'used');

    writeFileSync(path, bytes.subarray(0, 100)); // truncated
    assert.equal(run(file).cache, 'none');
    writeFileSync(path, '');
    assert.equal(run(file).cache, 'none');
  });
});

test('code cache: data V8 rejects (made for another source) is ignored, the script compiled and the cache rewritten', () => {
  withDir((dir) => {
    const a = script(dir, 'a.cjs', 'drei');
    const b = script(dir, 'b.cjs', 'vierundzwanzig');
    run(a).save();
    // a whole file for b (both hashes match) whose data V8 made for a: V8 sees another source
    const data = readFileSync(cachePath(a)).subarray(40);
    const sha1 = (x: Buffer) => createHash('sha1').update(x).digest();
    writeFileSync(cachePath(b), Buffer.concat([sha1(data), sha1(readFileSync(b)), data]));
    const rejected = run(b);
    assert.equal(rejected.cache, 'rejected');
    assert.equal(result(), 'vierundzwanzig:630:b.cjs');
    assert.equal(rejected.save(), true);
    assert.equal(run(b).cache, 'used');
    assert.equal(result(), 'vierundzwanzig:630:b.cjs');
  });
});

test('code cache: a script edited in place (same length) never runs the old bytecode', () => {
  withDir((dir) => {
    const file = script(dir, 'a.cjs', 'sechs');
    const first = run(file);
    first.save();
    assert.equal(run(file).cache, 'used');
    script(dir, 'a.cjs', 'sieben'.slice(0, 5)); // same length, other code
    const edited = run(file);
    assert.equal(edited.cache, 'none');
    assert.equal(result(), 'siebe:225:a.cjs');
  });
});

test('code cache: LAGEBILD_CODE_CACHE=0 neither reads nor writes it', () => {
  withDir((dir) => {
    const file = script(dir, 'a.cjs', 'fünf');
    run(file).save();
    const saved = process.env.LAGEBILD_CODE_CACHE;
    process.env.LAGEBILD_CODE_CACHE = '0';
    try {
      const off = run(file);
      assert.equal(off.cache, 'off');
      assert.equal(result(), 'fünf:180:a.cjs');
      rmSync(cachePath(file));
      assert.equal(off.save(), false);
      assert.equal(existsSync(cachePath(file)), false);
    } finally {
      if (saved === undefined) delete process.env.LAGEBILD_CODE_CACHE;
      else process.env.LAGEBILD_CODE_CACHE = saved;
    }
  });
});

test('code cache: named by the V8 flags a run may change (another LAGEBILD_V8_FLAGS, another file)', () => {
  const saved = process.env.LAGEBILD_V8_FLAGS;
  try {
    delete process.env.LAGEBILD_V8_FLAGS;
    const plain = cachePath('/x/worker.cjs');
    process.env.LAGEBILD_V8_FLAGS = '0';
    assert.notEqual(cachePath('/x/worker.cjs'), plain);
    assert.ok(plain.startsWith('/x/worker.cjs.') && plain.endsWith('.v8cache'));
  } finally {
    if (saved === undefined) delete process.env.LAGEBILD_V8_FLAGS;
    else process.env.LAGEBILD_V8_FLAGS = saved;
  }
});
