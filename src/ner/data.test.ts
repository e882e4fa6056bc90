/**
 * src/ner/data.ts helpers.
 *
 * node --import tsx --test src/ner/data.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stripMarks } from './data.js';

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
