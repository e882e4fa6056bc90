import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCities, parseCityIndex } from './cities.js';

test('parseCityIndex reads the cached TSV rows', () => {
  assert.deepEqual(parseCityIndex('Beijing\tCHN\t11716620\t39.9\t116.4\t1\n'), [
    { name: 'Beijing', country: 'CHN', population: 11716620, lat: 39.9, lon: 116.4, capital: true },
  ]);
});

test('loadCities: capitals and large cities with ISO alpha-3 countries', () => {
  const cities = loadCities();
  const find = (name: string) => cities.find((c) => c.name === name);
  assert.equal(find('Beijing')?.country, 'CHN');
  assert.equal(find('Taipei')?.capital, true);
  assert.ok(cities.every((c) => c.capital || c.population >= 1000));
});
