import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ploverScore } from '../../events/scores.js';

test('PLOVER scores per type and mode, cooperation positive, conflict negative', () => {
  const cases: [string, string | null, number][] = [
    ['CONSULT', 'phone', 1.5], ['CONSULT', 'visit', 3], ['CONSULT', null, 2], ['CONSULT', 'unknown-mode', 2],
    ['AID', null, 7], ['ASSAULT', null, -10], ['SANCTION', null, -7], ['NOPE', null, 0],
  ];
  for (const [t, m, want] of cases) assert.equal(ploverScore(t, m), want, `${t}/${m}`);
});
