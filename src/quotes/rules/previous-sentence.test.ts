import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tableMismatches, type QuoteRow } from '../testing.js';

// [language, sentence written for this test, quotes as "rule: type | content | cue | speaker"]
const ROWS: QuoteRow[] = [
  ['de', 'Die Feuerwehr musste dreimal ausrücken. Das berichtete der Einsatzleiter Uwe Lang.', ['previous-sentence: indirect | Die Feuerwehr musste dreimal ausrücken | berichtete | Uwe Lang']],
  ['de', 'Der Zug fiel am Morgen aus. Dies teilte die Bahnsprecherin Ina Vogt mit.', ['previous-sentence: indirect | Der Zug fiel am Morgen aus | teilte … mit | Ina Vogt']],
  // two plain sentences: no cue, no quote
  ['de', 'Das Wetter war schön. Das Spiel begann um acht Uhr.', []],
];

test('previous sentence: "Das berichtete X." takes the sentence before', () => {
  assert.deepEqual(tableMismatches(ROWS), []);
});
