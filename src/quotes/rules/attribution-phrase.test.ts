import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tableMismatches, type QuoteRow } from '../testing.js';

// [language, sentence written for this test, quotes as "rule: type | content | cue | speaker"]
const ROWS: QuoteRow[] = [
  ['de', 'Laut dem Gesundheitsamt gab es keine neuen Fälle.', ['attribution-phrase: indirect | gab es keine neuen Fälle | Laut | dem Gesundheitsamt']],
  ['de', 'Dem Bericht zufolge stiegen die Mieten um drei Prozent.', ['attribution-phrase: indirect | stiegen die Mieten um drei Prozent | zufolge | Dem Bericht']],
  ['de', 'Die Mieten steigen weiter, so der Mieterbund.', ['attribution-phrase: indirect | Die Mieten steigen weiter | so | der Mieterbund']],
  ['en', 'According to the police, nobody was hurt.', ['attribution-phrase: indirect | nobody was hurt | According to | the police']],
];

test('attribution phrases: laut X, X zufolge, so X, according to X', () => {
  assert.deepEqual(tableMismatches(ROWS), []);
});
