import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { withCacheDir } from '../testing/cache-dir.js';
import { join } from 'node:path';
import { nerData } from './data.js';
import {
  builtEndingTrieForTest, endingTrieForTest, germanAdjectiveCountry, germanRole, germanShapeLower, isGermanAdjective, isGermanNoun,
} from './german.js';

const d = nerData('de');

test('isGermanNoun: listed nouns, inflections, umlaut plurals, suffixes, compound heads', () => {
  const cases: [string, boolean][] = [
    ['Regierung', true], ['Gespräche', true], ['Telefongespräch', true], ['Gründe', true],
    ['Hegseth', false], ['Nvidia', false], ['Hamburg', false],
    ['Sicherheit', true], ['Halbleiterembargo', true],
    // a word the morphology does not know with a place-name ending is no compound of a listed noun ...
    ['Quarzhofen', false], ['Wendlingen', false],
    // ... while known words and compounds of known words keep their noun head
    ['Bauernhöfen', true],
  ];
  for (const [w, expected] of cases) assert.equal(isGermanNoun(d, w), expected, w);
});

test('germanRole: inflected and compound role nouns', () => {
  const cases: [string, string | null][] = [
    ['Verteidigungsministers', 'defence minister'], ['Amtskollegen', 'counterpart'], ['Präsidentin', 'president'],
    ['Landesverkehrsminister', 'transport minister'], ['Demokrat', 'democrat'], ['Haus', null],
  ];
  for (const [w, expected] of cases) assert.equal(germanRole(d, w)?.role ?? null, expected, w);
});

test('germanAdjectiveCountry and isGermanAdjective', () => {
  const cases: [string, string | null][] = [['chinesischen', 'CHN'], ['US-amerikanische', 'USA'], ['Französisch', 'FRA'], ['schnellen', null]];
  for (const [w, expected] of cases) assert.equal(germanAdjectiveCountry(d, w), expected, w);
  assert.equal(isGermanAdjective(d, 'Derartige'), true);
  assert.equal(isGermanAdjective(d, 'Ludwig'), false);
});

test('germanShapeLower: the morphology answer, looked up at first use, is the morphology\'s own', () => {
  // "quarzhofen" asks the morphology while deciding noun (place-name ending), the others when .lex is read
  for (const w of ['regierung', 'pofalla', 'quarzhofen', 'bauernhöfen', 'gipfeltreffen', 'verteidigungsministers']) {
    const shape = germanShapeLower(d, w);
    assert.equal(shape.lex, d.morph!.wordClass(w), w);
  }
  assert.equal(germanShapeLower(d, 'pofalla').lex, 0);
  assert.notEqual(germanShapeLower(d, 'regierung').lex, 0);
});

test('germanShapeLower: whole-word and ending answers of the packed ending trie', () => {
  // [word, noun, role]: listed nouns inflected and with umlauts undone, roles as whole words and as
  // compound heads, words whose letters leave the trie early or end in letters few entries end in
  const cases: [string, boolean, string | null][] = [
    ['gespräche', true, null], ['gründe', true, null], ['ministerin', true, 'minister'],
    ['bundesaußenministerin', true, 'foreign minister'], ['xyzq', false, null], ['fuß', true, null],
  ];
  for (const [w, noun, role] of cases) {
    const shape = germanShapeLower(d, w);
    assert.equal(shape.noun, noun, w);
    assert.equal(shape.role?.role ?? null, role, w);
  }
});

/** Runs `fn` with LAGEBILD_CACHE_DIR set to a fresh folder. */
const withCache = (fn: (cache: string) => void): void => withCacheDir('lagebild-endings-', fn);

/** The trie's arrays and roles as plain data (roles as the entries themselves, so identity of the list is checked apart). */
function plainTrie(t: ReturnType<typeof builtEndingTrieForTest>) {
  return {
    firstEdge: [...t.firstEdge], edgeCount: [...t.edgeCount], flags: [...t.flags], edgeChar: [...t.edgeChar], edgeNode: [...t.edgeNode],
    role: [...t.role].map((i) => (i < 0 ? null : t.roleList[i])), wordRole: [...t.wordRole].map((i) => (i < 0 ? null : t.roleList[i])),
  };
}

test('ending trie: read from the per-install cache it equals the built one, and a corrupt cache file is rebuilt', () => {
  withCache((cache) => {
    const built = builtEndingTrieForTest(d);
    const first = endingTrieForTest(d); // builds and writes the file
    const files = readdirSync(cache).filter((f) => f.startsWith('ner-endings-de-') && f.endsWith('.bin'));
    assert.equal(files.length, 1, 'one cache file');
    const read = endingTrieForTest(d); // reads it
    assert.notEqual(read.flags.buffer, first.flags.buffer, 'the second trie comes from the file');
    assert.deepEqual(plainTrie(first), plainTrie(built));
    assert.deepEqual(plainTrie(read), plainTrie(built));
    // the roles are the NerData's own entries (answers are compared by identity downstream)
    for (const [i, e] of [...d.roleWords.values()].entries()) assert.equal(read.roleList[i], e);
    const file = join(cache, files[0]);
    const bytes = readFileSync(file);
    bytes[bytes.length - 5] ^= 0x7f;
    writeFileSync(file, bytes);
    assert.deepEqual(plainTrie(endingTrieForTest(d)), plainTrie(built), 'a damaged file gives the built trie');
    assert.notDeepEqual(readFileSync(file), bytes, 'and is rewritten');
    assert.deepEqual(plainTrie(endingTrieForTest(d)), plainTrie(built));
    // a whole file (checksum right) that holds no trie of these roles: the trie is built instead
    // (the second: one node, the layout's size, a role index past the role list)
    const oneNode = Buffer.alloc(41);
    [0x3154454c, 1, 0, 0, 0, 0, 0, 9999, -1].forEach((v, i) => oneNode.writeInt32LE(v, 4 * i));
    for (const body of [Buffer.from('not a trie'), oneNode]) {
      const header = Buffer.alloc(32);
      createHash('sha1').update(body).digest().copy(header, 0);
      header.writeUInt32LE(body.length, 20);
      writeFileSync(file, Buffer.concat([header, body]));
      assert.deepEqual(plainTrie(endingTrieForTest(d)), plainTrie(built), 'a file of the right key that holds no valid trie');
    }
  });
});

test('ending trie: the cache key holds the trie\'s inputs (another noun list names another file)', () => {
  withCache((cache) => {
    endingTrieForTest(d);
    const other: typeof d = { ...d, stopWords: new Set([...d.stopWords, 'quarzfeld']) };
    const t = endingTrieForTest(other);
    assert.equal(readdirSync(cache).filter((f) => f.startsWith('ner-endings-de-')).length, 2);
    assert.deepEqual(plainTrie(t), plainTrie(builtEndingTrieForTest(other)));
    assert.notDeepEqual(plainTrie(t), plainTrie(builtEndingTrieForTest(d)));
  });
});

test('ending trie: the words of the tables above get the same answers through a trie read from the cache', () => {
  // a fresh data object (own memo, own forms) whose trie is read from a cache the first object wrote
  withCache(() => {
    endingTrieForTest(d);
    const fresh: typeof d = { ...d };
    const words = ['gespräche', 'gründe', 'ministerin', 'bundesaußenministerin', 'xyzq', 'fuß', 'regierung', 'telefongespräch', 'halbleiterembargo',
      'quarzhofen', 'wendlingen', 'bauernhöfen', 'verteidigungsministers', 'amtskollegen', 'präsidentin', 'landesverkehrsminister', 'demokrat', 'haus', 'hamburg'];
    for (const w of words) {
      const a = germanShapeLower(d, w);
      const b = germanShapeLower(fresh, w);
      assert.deepEqual([b.noun, b.role, b.stop], [a.noun, a.role, a.stop], w);
    }
  });
});
