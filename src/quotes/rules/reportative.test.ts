import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tableMismatches, type QuoteRow } from '../testing.js';

// [language, sentence written for this test, quotes as "rule: type | content | cue | speaker"]
const ROWS: QuoteRow[] = [
  ['de', 'Der Verdächtige soll das Geld bereits im Mai abgehoben haben.', ['reportative-perfect: free-indirect | Der Verdächtige soll das Geld bereits im Mai abgehoben haben | - | -']],
  ['de', 'Die Sprecherin Nina Weber sagte, es gebe noch keine Entscheidung. Die Kommission soll im Herbst einen Vorschlag machen.', [
    'content-after: indirect | es gebe noch keine Entscheidung | sagte | Nina Weber',
    'reportative-main-clause: free-indirect | Die Kommission soll im Herbst einen Vorschlag machen | - | Nina Weber']],
  // "soll" without a quote before it and without a perfect infinitive is a plan, not a report
  ['de', 'Die Brücke soll im Mai eröffnet werden.', []],
];

test('reportative soll: "soll … getan haben" and "soll … tun" after a quote', () => {
  assert.deepEqual(tableMismatches(ROWS), []);
});
