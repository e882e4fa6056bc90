/**
 * src/ner/data.ts helpers.
 *
 * node --import tsx --test src/ner/data.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { withCacheDir } from '../testing/cache-dir.js';
import { join } from 'node:path';
import { cityRows, keptCityRows, nerData, stripMarks } from './data.js';

test('stripMarks: marks removed, ASCII (the fast path) and precomposed letters as the full normalisation gives (table)', () => {
  const full = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
  const cases: [string, string][] = [
    ['Kandahār', 'Kandahar'], ['Berlin', 'Berlin'], ['', ''], ['São Paulo', 'Sao Paulo'], ['Zürich', 'Zurich'],
    ['Kraków', 'Krakow'], ['Ho Chi Minh City', 'Ho Chi Minh City'], ['Łódź', 'Łodz'], ['A\u0301b', 'Ab'], ['x\u00a0y', 'x\u00a0y'],
  ];
  for (const [s, want] of cases) {
    assert.equal(stripMarks(s), want, s);
    assert.equal(stripMarks(s), full(s), `${s}: as the full normalisation`);
  }
});

test('keptCityRows: the cached rows equal the computed ones (first run builds, second reads, a damaged file is rebuilt)', () => withCacheDir('lagebild-city-rows-', (dir) => {
  const d = nerData('de');
  const computed = cityRows(d, 'de');
  const lines = computed.split('\n');
  assert.equal(lines.pop(), '', 'every row ends in a newline');
  assert.ok(lines.length > 1000 && lines.every((l) => l.split('\t').length === 3));
  assert.ok(lines.some((l) => l.split('\t')[2] !== ''), 'some names are entered without their marks too');
  assert.equal(keptCityRows(d, 'de'), computed, 'built');
  const files = readdirSync(dir).filter((n) => n.startsWith('ner-city-rows-de-'));
  assert.equal(files.length, 1, 'written to the cache');
  assert.equal(keptCityRows(d, 'de'), computed, 'read back');
  const file = join(dir, files[0]);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/\tDEU\t/, '\tAUT\t'));
  assert.equal(keptCityRows(d, 'de'), computed, 'a damaged file is rebuilt');
  assert.equal(readFileSync(file, 'utf8').split('\n').slice(1).join('\n'), computed, 'and rewritten');
}));
