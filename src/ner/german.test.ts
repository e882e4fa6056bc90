import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nerData } from './data.js';
import { germanAdjectiveCountry, germanRole, germanShapeLower, isGermanAdjective, isGermanNoun } from './german.js';

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
