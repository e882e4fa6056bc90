import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ploverScore } from '../../events/scores.js';

test('PLOVER scores per type and mode, cooperation positive, conflict negative', () => {
  const cases: [string, string | null, number][] = [
    // the PLOVER 2.0 manual's score table (lexicons/plover/scores.tsv)
    ['CONSULT', 'phone', 1.5], ['CONSULT', 'visit', 4], ['CONSULT', null, 2.5], ['CONSULT', 'unknown-mode', 2.5],
    ['AID', null, 10], ['ASSAULT', null, -9], ['SANCTION', null, -6], ['ASSAULT', 'aerial', -9.5], ['NOPE', null, 0],
  ];
  for (const [t, m, want] of cases) assert.equal(ploverScore(t, m), want, `${t}/${m}`);
});
