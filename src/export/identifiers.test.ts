import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor, Result } from '../contract/schema.js';
import { validatePloverRecord } from '../contract/plover-record.js';
import { analyze } from '../pipeline/analyze.js';
import { countryWikidata, wikidataOf } from '../registry/identifiers.js';
import { geonamesOf } from '../events/places.js';
import { entityOf, ploverRecords } from './plover.js';
import { POLECAT_COLUMNS, polecatLines } from './polecat.js';

const actor = (type: string, name: string, country: string | null): Actor =>
  ({ id: 'a1', type, name, country, sector: null, role: null, mentions: [] }) as unknown as Actor;

test('Wikidata ids: states by code, the EU and the UN by registry name or alias, nothing guessed (table)', () => {
  const cases: [Actor, string | null][] = [
    [actor('GPE', 'USA', 'USA'), 'Q30'],
    [actor('GPE', 'Deutschland', 'DEU'), 'Q183'],
    [actor('GPE', 'China', 'CHN'), 'Q148'],
    [actor('ORG', 'Europäische Union', null), 'Q458'],
    [actor('ORG', 'Vereinte Nationen', null), 'Q1065'],
    [actor('GPE', 'Moskau', 'RUS'), null], // a city is not the state
    [actor('ORG', 'NATO', null), null], // not in the source file: no id
    [actor('PER', 'Jane Example', 'USA'), null],
  ];
  for (const [a, want] of cases) assert.equal(wikidataOf(a)?.id ?? null, want, a.name);
  assert.equal(countryWikidata('FRA')?.id, 'Q142');
  assert.equal(countryWikidata('XYZ'), null);
  assert.deepEqual(entityOf(actor('GPE', 'USA', 'USA'), null), { entity_text: 'USA', code: 'USA', identifier_id: 'Q30', identifier_text: 'United States of America' });
  assert.equal(entityOf(undefined, 'UKR')?.identifier_id, 'Q212');
});

test('GeoNames ids of cities, by name and country (table)', () => {
  const cases: [string, string | null, number | null][] = [
    ['Kabul', 'AFG', 1138958],
    ['Kabul', 'FRA', null], // another country: no match
    ['Utopia Nowhere', null, null],
  ];
  for (const [name, c, want] of cases) assert.equal(geonamesOf(name, c)?.geonameid ?? null, want, name);
  assert.equal(geonamesOf('Kabul', 'AFG')?.featureCode, 'PPLC');
});

test('PLOVER and POLECAT exports carry the ids: actor and recipient Wikidata ids, the GeoNames id of the place', () => {
  const r = analyze({ id: 'ids', lang: 'en', date: '2025-03-05', text: 'Germany and France held talks in Kabul on Monday.' }) as Result;
  const recs = ploverRecords(r, 1);
  assert.ok(recs.length > 0, 'no record');
  const rec = recs[0];
  assert.deepEqual(validatePloverRecord(rec), []);
  assert.equal(rec.actor?.[0].identifier_id, 'Q183');
  assert.equal(rec.recipient?.[0].identifier_id, 'Q142');
  assert.equal(rec.event_loc?.geonameid, 1138958);
  const row = polecatLines(r, 1)[0].replace(/\n$/, '').split('\t');
  const col = (c: (typeof POLECAT_COLUMNS)[number]) => row[POLECAT_COLUMNS.indexOf(c)];
  assert.deepEqual([col('Wikipedia Actor ID'), col('Wikipedia Recipient ID'), col('GeoNames ID'), col('Feature Type'), col('City')], ['Q183', 'Q142', '1138958', 'PPLC', 'Kabul']);
});
