/**
 * German group nouns by exact word and by compound ending (lexicons/de/event-collectives.tsv): the
 * longest listed ending wins, inflection endings are taken off, a word that only is an ending is no
 * compound of it.
 *
 * @example
 * node --import tsx --test src/events/de/collectives.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectiveWord } from './collectives.js';

/** [word as written, expected English label or null] */
const CASES: [string, string | null][] = [
  ['Oppositionsanhänger', 'supporters'],
  ['Landeswahlkommission', 'electoral commission'], // "*wahlkommission" before "*kommission"
  ['Untersuchungskommission', 'commission'],
  ['Demonstranten', 'protester'], // weak "-en" taken off
  ['Gegendemonstrantin', 'protester'],
  ['Regierungsbildung', null],
  ['Ann', null],
];

test('group nouns by exact word and by the longest listed compound ending', () => {
  for (const [word, label] of CASES) assert.equal(collectiveWord('de', word)?.label ?? null, label, word);
});
