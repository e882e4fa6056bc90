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

/** The index as it was written first (a stable sort after every push): the reference add() must answer like. */
class ReferenceIndex<V> {
  readonly byFirst = new Map<string, { tokens: string[]; value: V }[]>();
  add(tokens: string[], value: V): void {
    if (!tokens.length) return;
    let list = this.byFirst.get(tokens[0]);
    if (!list) this.byFirst.set(tokens[0], (list = []));
    if (list.some((e) => e.tokens.length === tokens.length && e.tokens.every((t, i) => t === tokens[i]))) return;
    list.push({ tokens, value });
    list.sort((a, b) => b.tokens.length - a.tokens.length);
  }
  longest(words: readonly string[], at: number): { length: number; value: V } | null {
    for (const e of this.byFirst.get(words[at]) ?? []) {
      if (at + e.tokens.length <= words.length && e.tokens.every((t, k) => words[at + k] === t)) return { length: e.tokens.length, value: e.value };
    }
    return null;
  }
}

test('NameIndex.add: names of every length in any order, duplicates included, answer as with a stable sort after each add', () => {
  let seed = 7;
  const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const vocab = ['A', 'B', 'C', 'D', ''];
  const t = new NameIndex<number>();
  const ref = new ReferenceIndex<number>();
  for (let i = 0; i < 3000; i++) {
    const toks = Array.from({ length: 1 + rnd(4) }, () => vocab[rnd(vocab.length)]);
    t.add(toks, i);
    ref.add(toks, i);
  }
  for (let i = 0; i < 2000; i++) {
    const words = Array.from({ length: 1 + rnd(6) }, () => vocab[rnd(vocab.length)]);
    for (let at = 0; at < words.length; at++) assert.deepEqual(t.longest(words, at), ref.longest(words, at), `${JSON.stringify(words)} @${at}`);
  }
});

test('nameTokens: the same tokens as splitting at every run of white space (table)', () => {
  const cases = ['Berlin', '', ' ', 'New York', '  New   York ', 'Rio\tde\nJaneiro', 'Bad\u00a0Homburg', 'U.S.', 'Saint\u2009Louis', 'Ende\ufeff'];
  for (const s of cases) assert.deepEqual(nameTokens(s), s.split(/\s+/).filter(Boolean), JSON.stringify(s));
});
