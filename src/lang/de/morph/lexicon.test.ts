/**
 * The index's start filter turns away only forms the index lacks: every form below is found as
 * written and with its first letter folded either way, also as part of a longer string.
 *
 * @example
 * node --import tsx --test src/lang/de/morph/lexicon.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { withCacheDir } from '../../../testing/cache-dir.js';
import { join } from 'node:path';
import { ensureMorphIndex, loadMorphLexicon, MorphLexicon, morphLexicon } from './lexicon.js';

/** [form as the index holds it, the other spelling of its first letter, the fold that reads that spelling as the form] */
const FORMS: [string, string, number][] = [
  ['Regierung', 'regierung', 2], ['Treffen', 'treffen', 2], ['Rat', 'rat', 2], ['Öl', 'öl', 2], ['Ärger', 'ärger', 2], ['Übergabe', 'übergabe', 2],
  ['lehnte', 'Lehnte', 1], ['der', 'Der', 1], ['groß', 'Groß', 1], ['ließ', 'Ließ', 1], ['über', 'Über', 1],
];

test('the start filter keeps every form of the index findable, whatever the fold and position', () => {
  const lx = morphLexicon();
  for (const [form, other, fold] of FORMS) {
    const e = lx.findForm(form, 0, 0);
    assert.ok(e >= 0, form);
    assert.equal(lx.findForm(other, 0, fold), e, `${other} fold ${fold}`);
    assert.equal(lx.findForm(`xx${other}yy`, 2, fold, 2 + other.length), e, `${other} inside a longer string`);
  }
});

test('the filters turn away no form of the index: every 40th entry is found from its own spelling', () => {
  const lx = morphLexicon();
  const raw = lx as unknown as { entries: Int32Array; blob: Uint8Array };
  let checked = 0;
  for (let e = 0; e < lx.forms; e += 40) {
    const off = raw.entries[e * 3];
    const form = Buffer.from(raw.blob.buffer, raw.blob.byteOffset + off, raw.entries[e * 3 + 1] >>> 16).toString('latin1');
    // the first entry of that spelling (an index holds each form once)
    assert.equal(lx.findForm(`, ${form}.`, 2, 0, 2 + form.length), e, form);
    checked++;
  }
  assert.ok(checked > 5000, `${checked} forms checked`);
});

test('forms the index lacks are not found', () => {
  const lx = morphLexicon();
  for (const s of ['Xqzt', 'regierungx', 'Regierun', 'zz', 'Gipfeltreffen']) assert.equal(lx.findForm(s, 0, 0), -1, s);
});

test('the start filter read from the per-install cache is the built one, and a damaged cache file is rebuilt', () => withCacheDir('lagebild-starts-', (root) => {
  const file = ensureMorphIndex();
  const built = new MorphLexicon(readFileSync(file)).buildStarts();
  const first = loadMorphLexicon(file); // builds and writes the filter
  const cached = readdirSync(root).filter((f) => f.startsWith('morph-de-starts-'));
  assert.equal(cached.length, 1);
  const read = loadMorphLexicon(file);
  for (const lx of [first, read]) {
    assert.deepEqual(Buffer.from(lx.buildStarts()), Buffer.from(built));
    for (const [form, other, fold] of FORMS) assert.equal(lx.findForm(other, 0, fold), lx.findForm(form, 0, 0), form);
  }
  // the index read with the cached filter answers as one that built its own
  const fresh = new MorphLexicon(readFileSync(file));
  for (const s of ['Regierung', 'Xqzt', 'Gipfeltreffen', 'lehnte', 'Öl']) assert.equal(read.findForm(s, 0, 0), fresh.findForm(s, 0, 0), s);
  const path = join(root, cached[0]);
  const bytes = readFileSync(path);
  bytes[bytes.length - 1] ^= 0xff;
  writeFileSync(path, bytes);
  const again = loadMorphLexicon(file);
  for (const [form, other, fold] of FORMS) assert.equal(again.findForm(other, 0, fold), again.findForm(form, 0, 0), form);
  assert.notDeepEqual(readFileSync(path), bytes, 'the damaged file is rewritten');
}));
