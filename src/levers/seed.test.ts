/**
 * The seed article (../shared/seed/article.txt; skipped with a visible message when ../shared is
 * absent): its five levers with the right imposer, target and good, the tariff with 145 percent,
 * none dated to the publication day (the text dates none of them).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Result } from '../contract/schema.js';
import { analyze } from '../pipeline/analyze.js';
import { sharedFile, SHARED_MISSING } from '../testing/shared.js';

const seed = sharedFile('seed/article.txt');

test('seed article: the five levers', { skip: seed ? false : SHARED_MISSING }, () => {
  const r = analyze({ text: readFileSync(seed!, 'utf8') }) as Result;
  assert.equal(r.date, '2025-09-25');
  const got = (r.levers ?? []).map((l) => `${l.instrument} ${l.imposerCountry}>${l.targetCountry} ${l.good}${l.magnitude ? ` ${l.magnitude.value} ${l.magnitude.unit}` : ''}`).sort();
  assert.deepEqual(got, [
    'boycott CHN>USA SEMI',
    'dependence CHN>USA REE',
    'export-control USA>CHN SEMI',
    'import-ban CHN>USA SOY',
    'tariff USA>CHN ALL 145 percent',
  ]);
  for (const l of r.levers ?? []) assert.notEqual(l.date, r.date, `${l.instrument} dated to the publication day`);
});
