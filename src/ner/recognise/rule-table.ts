/**
 * Shared check of the rule table tests: every expected `text/TYPE/rule` is found, and no name
 * listed as absent is found by any rule.
 *
 * @example
 * checkTable([['de', 'Anna Holländer kam.', ['Anna Holländer/PER/first-name'], []]]);
 */
import assert from 'node:assert/strict';
import { recogniseText } from './testing.js';

/** [lang, sentence, names that must be found as `text/TYPE/rule`, texts that must not be found at all] */
export type RuleCase = ['de' | 'en', string, string[], string[]];

export function checkTable(cases: RuleCase[]): void {
  for (const [lang, text, present, absent] of cases) {
    const got = recogniseText(lang, text);
    for (const p of present) assert.ok(got.includes(p), `${text}: expected ${p} among ${JSON.stringify(got)}`);
    for (const a of absent) assert.ok(!got.some((g) => g.startsWith(`${a}/`)), `${text}: ${a} must not be a name (${JSON.stringify(got)})`);
  }
}
