/** Table tests of rule 6 (German nationality adjectives → MISC with the country), in our own sentences. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recogniseFound } from './testing.js';

/** [sentence, `text/country` of the demonyms found by the rule] */
const CASES: [string, string[]][] = [
  ['Die chinesischen Behörden schweigen.', ['chinesischen/CHN']],
  ['Die amerikanischen Truppen zogen ab.', ['amerikanischen/USA']],
  ['Mit seinem französischen Kollegen sprach er.', ['französischen/FRA']],
  ['Die praktischen Fragen bleiben offen.', []],
];

test('German nationality adjectives become MISC demonyms with their country', () => {
  for (const [text, expected] of CASES) {
    const got = recogniseFound('de', text).filter((f) => f.rule === 'demonym').map((f) => `${text.slice(f.start, f.end)}/${f.country}`);
    assert.deepEqual(got, expected, text);
  }
});
