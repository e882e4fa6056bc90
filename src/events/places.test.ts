/**
 * The geocoder's city table as text (buildCityTable → parseCityTable, cached per install by
 * src/parallel/derived-cache.ts): the largest city of a name wins, alternate names are keys too,
 * towns under 20,000 are left out, and the row keeps coordinates and GeoNames id exactly.
 * The cities are made up.
 *
 * node --import tsx --test src/events/places.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCityTable, geocode, geonamesOf, parseCityTable } from './places.js';

const city = (name: string, altName: string, country: string, population: number, lon: number, lat: number, cityId?: number) =>
  ({ name, altName, country, population, cityId, featureCode: 'PPL', loc: { coordinates: [lon, lat] as [number, number] } });

const FIXTURE = [
  city('Nordhafen', '', 'DE', 50_000, 9.125, 53.5, 11),
  city('Nordhafen', '', 'US', 90_000, -71.0625, 42.25, 12),
  city('Kleinau', '', 'DE', 19_999, 10, 50, 13),
  city('Sankt Ostwald', 'Ostwaldstadt', 'AT', 30_000, 14.000001, -0.5, 14),
  city('Ohneid', '', 'CH', 25_000, 8.5, 47.25),
];

test('city table: [name, row] for made-up cities', () => {
  const table = parseCityTable(buildCityTable(FIXTURE));
  const cases: [string, string | undefined][] = [
    ['nordhafen', 'US\t42.25\t-71.0625\t12\tPPL'], // the larger of two
    ['kleinau', undefined], // under 20,000
    ['sankt ostwald', 'AT\t-0.5\t14.000001\t14\tPPL'],
    ['ostwaldstadt', 'AT\t-0.5\t14.000001\t14\tPPL'], // alternate name
    ['ohneid', 'CH\t47.25\t8.5\t\tPPL'], // no GeoNames id
    ['Nordhafen', undefined], // keys are lower case
  ];
  for (const [name, row] of cases) assert.equal(table.get(name), row, name);
  assert.equal(table.size, 4);
});

test('geocode and geonamesOf read the cached table', () => {
  // a real city of the GeoNames table that is no capital: coordinates and id from the table
  const p = geocode('Hamburg', 'de');
  assert.equal(p.country, 'DEU');
  assert.ok(p.lat !== null && Math.abs(p.lat - 53.55) < 0.1 && p.lon !== null && Math.abs(p.lon - 10) < 0.1);
  const g = geonamesOf('hamburg', 'DEU');
  assert.ok(g && g.geonameid > 0 && g.featureCode.startsWith('PPL'));
  assert.equal(geonamesOf('Hamburg', 'FRA'), null, 'another country');
  assert.deepEqual(geocode('Nirgendwostadt', 'de'), { name: 'Nirgendwostadt', country: null, lat: null, lon: null });
});
