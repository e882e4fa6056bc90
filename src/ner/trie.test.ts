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

test('NameIndex.longest answers words no name starts like, and the edges of the index (table)', () => {
  const t = new NameIndex<string>();
  t.add(['Vereinigte', 'Staaten'], 'USA');
  t.add(['al-Qaida'], 'AQ');
  t.add(['Élysée'], 'FR');
  const cases: [string[], number, string | null][] = [
    [['die', 'Vereinigte', 'Staaten'], 1, 'USA:2'],
    [['die', 'Vereinigte', 'Staaten'], 0, null], // no name starts with "d"
    [['al-Qaida'], 0, 'AQ:1'], // a lower-case initial that a name has
    [['alle'], 0, null], // same initial, no name
    [['Élysée'], 0, 'FR:1'],
    [['Vereinigte'], 1, null], // past the end
    [[''], 0, null],
  ];
  for (const [words, at, want] of cases) {
    const m = t.longest(words, at);
    assert.equal(m ? `${m.value}:${m.length}` : null, want, `${words.join(' ')} @${at}`);
  }
  // an empty first token (never added by nameTokens) is still found
  t.add([''], 'EMPTY');
  assert.equal(t.longest([''], 0)?.value, 'EMPTY');
});

test('NameIndex.word answers as longest([word], 0) does, multi-word names aside (table)', () => {
  const t = new NameIndex<string>();
  t.add(['Vereinigte', 'Staaten'], 'USA');
  t.add(['Vereinigte'], 'ONE');
  t.add(['New', 'York'], 'NY');
  t.add(['Élysée'], 'FR');
  for (const w of ['Vereinigte', 'New', 'Élysée', 'alle', 'Staaten', '']) {
    assert.deepEqual(t.word(w), t.longest([w], 0), w);
  }
  assert.equal(t.word('Vereinigte')?.value, 'ONE');
  assert.equal(t.word('New'), null); // only the two-word name starts with it
});
