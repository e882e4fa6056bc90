import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze.js';
import type { Result } from '../../contract/schema.js';
import { validateResult } from '../../contract/validate.js';

test('actors stage on a whole article: persons, states and companies, every mention linked', () => {
  const text = 'US-Außenminister Marco Rubio traf in Berlin seinen deutschen Amtskollegen Johann Wadephul. '
    + 'Rubio lobte Deutschland. Die Vereinigten Staaten und die USA sind ein Staat. Der Konzern Siemens schwieg.';
  const r = analyze({ text, lang: 'de', date: '2025-06-02' }) as Result;
  const by = (n: string) => r.actors.find((a) => a.name === n);
  const rubio = by('Marco Rubio');
  assert.deepEqual([rubio?.type, rubio?.country, rubio?.sector], ['PER', 'USA', 'GOV']);
  assert.equal(rubio?.mentions.length, 2);
  assert.equal(by('Johann Wadephul')?.country, 'DEU');
  const usa = r.actors.filter((a) => a.type === 'GPE' && a.country === 'USA');
  assert.equal(usa.length, 1);
  assert.deepEqual([by('Siemens')?.country, by('Siemens')?.sector], ['DEU', 'BUS']);
  for (const m of r.mentions) assert.ok(m.actor && r.actors.some((a) => a.id === m.actor), `${m.text} has no actor`);
  assert.deepEqual(validateResult(r), []);
});
