import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Token } from '../doc/doc.js';
import { buildUnits, isAllCaps } from './units.js';

/** A tiny tokenizer for the test: words, numbers, punctuation; hyphens as separate tokens. */
function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}.]+|[^\s]/gu)) {
    const t = m[0];
    out.push({ start: m.index!, end: m.index! + t.length, text: t, kind: /^\d/.test(t) ? 'num' : /\p{L}/u.test(t) ? 'word' : 'punct', sentence: 0 });
  }
  return out;
}

test('buildUnits merges hyphen compounds split by the tokenizer and keeps their parts', () => {
  const cases: [string, string[][]][] = [
    ['US-Präsident Trump', [['US', 'Präsident'], ['Trump']]],
    ['ein Ex-Pentagon-Beamter .', [['ein'], ['Ex', 'Pentagon', 'Beamter'], ['.']]],
    ['Nord - Süd', [['Nord'], ['-'], ['Süd']]],
  ];
  for (const [text, expected] of cases) {
    assert.deepEqual(buildUnits(text, tokens(text)).map((u) => u.parts.map((p) => text.slice(p.start, p.end))), expected, text);
  }
});

test('isAllCaps needs two letters, all upper case', () => {
  const cases: [string, boolean][] = [['NATO', true], ['U.S.', true], ['G7', false], ['Nato', false], ['A', false], ['LONDON', true]];
  for (const [w, expected] of cases) assert.equal(isAllCaps(w), expected, w);
});

test('nameable: capitalised, not a code with a digit after the first letter; one letter is nameable', () => {
  const cases: [string, boolean][] = [['Anna', true], ['A1', false], ['B52', false], ['A', true], ['Ä', true], ['a', false], ['3M', false]];
  for (const [w, expected] of cases) assert.equal(buildUnits(w, tokens(w))[0].nameable, expected, w);
});
