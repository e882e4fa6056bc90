import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NameIndex, nameTokens } from './trie.js';

test('NameIndex finds the longest name at a position and keeps the first value of a duplicate', () => {
  const t = new NameIndex<string>();
  t.add(nameTokens('New York'), 'city');
  t.add(nameTokens('New York Times'), 'paper');
  t.add(nameTokens('New York'), 'other');
  const words = ['the', 'New', 'York', 'Times', 'said'];
  const cases: [number, { length: number; value: string } | null][] = [
    [1, { length: 3, value: 'paper' }], [0, null], [2, null],
  ];
  for (const [at, expected] of cases) assert.deepEqual(t.longest(words, at), expected, String(at));
  assert.deepEqual(t.longest(['New', 'York'], 0), { length: 2, value: 'city' });
  assert.equal(t.single('New'), null);
});
