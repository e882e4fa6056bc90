import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanArticle, cleanDeep, cleanString, pgSafeJson } from './clean-text.js';

test('cleanString: NUL removed, lone surrogates replaced, pairs kept', () => {
  const cases: [string, string, number, number][] = [
    ['plain', 'plain', 0, 0],
    ['a\u0000b', 'ab', 1, 0],
    ['\u0000\u0000', '', 2, 0],
    ['x\ud800y', 'x\ufffdy', 0, 1],
    ['x\udc00', 'x\ufffd', 0, 1],
    ['\ud83d\ude00 ok', '\ud83d\ude00 ok', 0, 0],
    ['\ude00\ud83d', '\ufffd\ufffd', 0, 2],
    ['\ud83d\u0000\ude00', '\ud83d\ude00', 1, 0], // the NUL went, the halves meet again
  ];
  for (const [input, value, nul, surrogates] of cases) assert.deepEqual(cleanString(input), { value, nul, surrogates }, JSON.stringify(input));
});

test('cleanArticle: every string field, one note per changed field; a clean article is returned as is', () => {
  const a = { text: 'ok' };
  assert.equal(cleanArticle(a).article, a);
  const { article, notes } = cleanArticle({ text: 't\u0000', title: 'x\ud800', url: null });
  assert.deepEqual(article, { text: 't', title: 'x\ufffd', url: null });
  assert.deepEqual(notes, ['removed 1 NUL character(s) in field "text"', 'replaced 1 lone surrogate(s) by U+FFFD in field "title"']);
});

test('cleanDeep and pgSafeJson: nested strings and keys; JSON escapes PostgreSQL refuses', () => {
  assert.deepEqual(cleanDeep({ a: ['x\u0000', { 'k\ud800': 1 }], n: 2 }), { a: ['x', { 'k\ufffd': 1 }], n: 2 });
  const cases: [unknown, string][] = [
    ['a\u0000b', '"ab"'],
    ['a\ud800', '"a\\ufffd"'],
    ['\\u0000 as text', '"\\\\u0000 as text"'],
    ['\\\u0000', '"\\\\"'],
    ['\ud83d\ude00', '"\ud83d\ude00"'],
  ];
  for (const [v, json] of cases) assert.equal(pgSafeJson(v), json, JSON.stringify(v));
});
