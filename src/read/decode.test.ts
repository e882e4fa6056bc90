import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decodeBytes, looksBinary } from './decode.js';

// [bytes, expected text or error code]; sentences written for this test.
const CASES: [string, Buffer, string][] = [
  ['utf-8', Buffer.from('Die Größe der Straße überrascht.', 'utf8'), 'Die Größe der Straße überrascht.'],
  ['utf-8 bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Größe', 'utf8')]), 'Größe'],
  ['latin-1', iconv.encode('Die Größe der Straße überrascht die Bürger.', 'latin1'), 'Die Größe der Straße überrascht die Bürger.'],
  ['windows-1252 quotes', iconv.encode('Er sagte: „Das geht so nicht.“ – und ging.', 'windows-1252'), 'Er sagte: „Das geht so nicht.“ – und ging.'],
  ['short latin-1 word', iconv.encode('Größe', 'latin1'), 'Größe'],
  ['utf-16le bom', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('Maß und Ziel', 'utf-16le')]), 'Maß und Ziel'],
  ['mixed utf-8 and one latin-1 byte',
    Buffer.concat([Buffer.from('Die Straße in München, ', 'utf8'), iconv.encode('Größe', 'latin1')]),
    'Die Straße in München, Größe'],
  ['empty', Buffer.alloc(0), 'error:empty'],
  ['blank', Buffer.from(' \n\t\n'), 'error:empty'],
  ['nul bytes', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x10]), 'error:binary'],
  ['control bytes', Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 7 === 0 ? 0x01 : 0x41))), 'error:binary'],
  // issue 15, item 13: a BOM does not make random bytes text; UTF-16 without BOM is text, not binary
  ['utf-16le bom + random bytes', Buffer.concat([Buffer.from([0xff, 0xfe]), randomBytes(4000, 7)]), 'error:binary'],
  ['utf-16be bom + random bytes', Buffer.concat([Buffer.from([0xfe, 0xff]), randomBytes(4000, 11)]), 'error:binary'],
  ['utf-16le bom + zip header', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, 0x21, 0, 1, 2, 3, 4])]), 'error:binary'],
  ['utf-16le without bom', iconv.encode('Die Größe der Straße überrascht die Bürger in München.', 'utf-16le'), 'Die Größe der Straße überrascht die Bürger in München.'],
  ['utf-16be without bom', iconv.encode('Der Minister sagte am Montag: „Wir verhandeln.“', 'utf-16be'), 'Der Minister sagte am Montag: „Wir verhandeln.“'],
  ['utf-16be bom', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode('Maß und Ziel', 'utf-16be')]), 'Maß und Ziel'],
  ['nul-padded binary, odd length', Buffer.from([0x41, 0, 0x42, 0, 0x43]), 'error:binary'],
  ['mostly-zero binary', Buffer.alloc(400), 'error:binary'],
];

/** Deterministic pseudo-random bytes (an LCG; no Math.random in tests). */
function randomBytes(n: number, seed: number): Buffer {
  const out = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

test('decodeBytes: encodings, empty and binary input', () => {
  for (const [name, bytes, expected] of CASES) {
    const r = decodeBytes(bytes);
    if (expected.startsWith('error:')) {
      assert.equal(r.ok, false, name);
      if (!r.ok) assert.equal(r.code, expected.slice(6), name);
    } else {
      assert.equal(r.ok, true, name);
      if (r.ok) assert.equal(r.text, expected, name);
    }
  }
});

test('decodeBytes notes a guessed encoding, not a valid UTF-8 one', () => {
  const latin = decodeBytes(iconv.encode('Die Größe der Straße.', 'latin1'));
  assert.ok(latin.ok && latin.notes.length === 1 && /windows-1252/.test(latin.notes[0]));
  const plain = decodeBytes(Buffer.from('Größe', 'utf8'));
  assert.ok(plain.ok && plain.notes.length === 0);
});

test('a declared charset is used for bytes that are not UTF-8', () => {
  const r = decodeBytes(iconv.encode('Żółw i gęś', 'iso-8859-2'), 'iso-8859-2');
  assert.ok(r.ok);
  if (r.ok) assert.equal(r.text, 'Żółw i gęś');
});

test('looksBinary accepts ordinary text with tabs and newlines', () => {
  assert.equal(looksBinary(Buffer.from('a\tb\r\nc\fd\n')), false);
});
