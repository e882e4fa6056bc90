/**
 * The gazetteer's city filter (src/ner/city-filter.ts): the rule as a table of made-up towns, the
 * cached verdicts equal the computed ones (first run builds, second reads, a damaged file is
 * rebuilt), and the cache key covers the filter's code: every module it runs lies in the folders
 * the key hashes.
 *
 * node --import tsx --test src/ner/city-filter.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, writeFileSync } from 'node:fs';
import { withCacheDir } from '../testing/cache-dir.js';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { REPO_ROOT } from '../testing/shared.js';
import { loadCities, type City } from './cities.js';
import { FILTER_SOURCE_DIRS, keepCity, keptCities } from './city-filter.js';
import { nerData } from './data.js';

const town = (name: string, country: string, population: number, capital = false): City => ({ name, country, population, lat: 0, lon: 0, capital });

test('keepCity: [town, joins the German gazetteer]', () => {
  const d = nerData('de');
  const cases: [City, boolean][] = [
    [town('Quarzenhofen', 'DEU', 3_000), true], // small, with a place-name ending
    [town('Quarzenmoos', 'DEU', 3_000), false], // small, no place-name ending
    [town('Quarzenmoos', 'AUT', 25_000), true], // from 20,000 no ending needed
    [town('Quarzenhofen', 'FRA', 3_000), false], // small towns only of DE, AT, CH
    [town('Quarzenmoos', 'FRA', 150_000), true], // large cities of any country
    [town('Quarzmoos', 'BRA', 5_000, true), true], // capitals always
    [town('Regierung', 'DEU', 30_000), false], // a common noun
    [town('Kaiserstadtverwaltung', 'CHE', 30_000), false], // a compound of a noun
    [town('Aber', 'DEU', 150_000), false], // a function word
  ];
  for (const [c, want] of cases) assert.equal(keepCity(d, c), want, `${c.name} ${c.country} ${c.population}`);
});

test('keptCities: cached verdicts equal the computed ones; a damaged file is rebuilt', () => withCacheDir('lagebild-city-filter-', (dir) => {
  const d = nerData('de');
  const cities = loadCities();
  const computed = cities.map((c) => (keepCity(d, c) ? '1' : '0')).join('');
  assert.ok(computed.includes('0') && computed.includes('1'));
  assert.equal(keptCities(d, 'de', cities), computed, 'built');
  const files = readdirSync(dir).filter((n) => n.startsWith('ner-city-verdicts-de-'));
  assert.equal(files.length, 1, 'written to the cache');
  assert.equal(keptCities(d, 'de', cities), computed, 'read back');
  writeFileSync(join(dir, files[0]), 'damaged');
  assert.equal(keptCities(d, 'de', cities), computed, 'rebuilt after damage');
}));

test('the cache key covers the filter: its import closure lies in FILTER_SOURCE_DIRS', async () => {
  const r = await build({
    entryPoints: [join(REPO_ROOT, 'src', 'ner', 'city-filter.ts')], bundle: true, write: false, metafile: true,
    platform: 'node', format: 'esm', packages: 'external', outdir: join(tmpdir(), 'lagebild-closure'), absWorkingDir: REPO_ROOT,
  });
  const inputs = Object.keys(r.metafile.inputs);
  assert.ok(inputs.length > 10, 'the closure was found');
  const outside = inputs.filter((f) => !FILTER_SOURCE_DIRS.some((p) => !relative(p, join(REPO_ROOT, f)).startsWith('..')));
  assert.deepEqual(outside, []);
});
