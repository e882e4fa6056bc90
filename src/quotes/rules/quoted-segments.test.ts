import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tableMismatches, type QuoteRow } from '../testing.js';

// [language, sentence written for this test, quotes as "rule: type | content | cue | speaker"]
const ROWS: QuoteRow[] = [
  ['de', 'Die Trainerin Eva Roth lobte ihr Team. „Das war eine starke Leistung, auf die wir aufbauen können.“', [
    'reported-act: reported | Die Trainerin Eva Roth lobte ihr Team | lobte | Eva Roth',
    'quoted-segments: direct | „Das war eine starke Leistung, auf die wir aufbauen können.“ | - | Eva Roth']],
  ['en', 'Coach Mark Dunn praised his players. "That was a strong game, and we can build on it."', [
    'reported-act: reported | his players | praised | Mark Dunn',
    'quoted-segments: direct | "That was a strong game, and we can build on it." | - | Mark Dunn']],
  // a quoted name is no quote
  ['de', 'Die Firma hatte »Omni Sport« als Namen gewählt.', []],
];

test('quoted segments no cue took: direct quotes of the speaker before them', () => {
  assert.deepEqual(tableMismatches(ROWS), []);
});
