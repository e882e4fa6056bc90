import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tableMismatches, type QuoteRow } from '../testing.js';

// [language, sentence written for this test, quotes as "rule: type | content | cue | speaker"]
const ROWS: QuoteRow[] = [
  ['de', 'Die Lage sei ernst, sagte Otto Brenner. Man werde aber alles tun, um zu helfen.', [
    'content-before: indirect | Die Lage sei ernst | sagte | Otto Brenner',
    'konjunktiv-continuation: free-indirect | Man werde aber alles tun, um zu helfen | - | Otto Brenner']],
  ['de', 'Der Verband legte am Montag einen Bericht vor. Die Preise seien im Sommer deutlich gestiegen.', [
    'konjunktiv-sentence: free-indirect | Die Preise seien im Sommer deutlich gestiegen | - | Der Verband']],
  // indicative sentences, and English (no reported-speech mood), make none
  ['de', 'Die Brücke ist seit Montag gesperrt.', []],
  ['en', 'The report came out on Monday. Prices had risen sharply over the summer.', []],
];

test('free indirect: Konjunktiv sentences carry on the recent speaker', () => {
  assert.deepEqual(tableMismatches(ROWS), []);
});
