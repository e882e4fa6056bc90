import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tableMismatches, type QuoteRow } from '../testing.js';

// [language, sentence written for this test, quotes as "rule: type | content | cue | speaker"]
const ROWS: QuoteRow[] = [
  ['de', '„Wir bleiben hier“, sagte Anna Berg am Abend.', ['content-before: direct | „Wir bleiben hier“ | sagte | Anna Berg']],
  ['en', '"We will not give up," Sarah Miller said on Monday.', ['content-before: direct | "We will not give up," | said | Sarah Miller']],
  ['en', 'The budget is too small, the mayor said.', ['content-before: indirect | The budget is too small | said | the mayor']],
  ['de', 'Die Lage sei ernst, sagte Otto Brenner.', ['content-before: indirect | Die Lage sei ernst | sagte | Otto Brenner']],
  // no content: a short quoted name is no statement
  ['de', '„Kurz“, sagte er.', []],
];

test('content before the cue: an inverted cue clause takes the clause before it', () => {
  assert.deepEqual(tableMismatches(ROWS), []);
});
