import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tableMismatches, type QuoteRow } from '../testing.js';

// [language, sentence written for this test, quotes as "rule: type | content | cue | speaker"]
const ROWS: QuoteRow[] = [
  ['de', 'Die Gewerkschaft warnte vor weiteren Streiks im Nahverkehr.', ['reported-act: reported | Die Gewerkschaft warnte vor weiteren Streiks im Nahverkehr | warnte | Die Gewerkschaft']],
  ['de', 'Der Bürgermeister forderte die Landesregierung zu schnellerer Hilfe auf.', ['reported-act: reported | Der Bürgermeister forderte die Landesregierung zu schnellerer Hilfe auf | forderte … auf | Der Bürgermeister']],
  ['en', 'The senator urged restraint on both sides.', ['reported-act: reported | restraint on both sides | urged | The senator']],
  // a plain speech verb needs content
  ['de', 'Er sagte nichts.', []],
];

test('reported act: a speech act without a content clause is reported', () => {
  assert.deepEqual(tableMismatches(ROWS), []);
});
