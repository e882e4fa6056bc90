import { test } from 'node:test';
import assert from 'node:assert/strict';
import { capitalOf, countryOfDemonym, countryOfName, countryOfPrefix } from './countries.js';
import { sectorOfRole, sectorWord } from './sectors.js';

test('country names and variants', () => {
  const cases: [string, string, string | null][] = [
    ['USA', 'de', 'USA'], ['US', 'en', 'USA'], ['Vereinigten Staaten', 'de', 'USA'], ['Volksrepublik', 'de', 'CHN'],
    ['Frankreich', 'de', 'FRA'], ['Germany', 'en', 'DEU'], ['Südkorea', 'de', 'KOR'], ['Atlantis', 'de', null],
  ];
  for (const [name, lang, want] of cases) assert.equal(countryOfName(name, lang), want, name);
});

test('demonyms in any inflection, compound prefixes, capitals', () => {
  const demonyms: [string, string | null][] = [
    ['chinesischen', 'CHN'], ['Amerikaner', 'USA'], ['russische', 'RUS'], ['Chinese', 'CHN'], ['Tisch', null],
  ];
  for (const [w, want] of demonyms) assert.equal(countryOfDemonym(w), want, w);
  const prefixes: [string, string | null][] = [['US-Zölle', 'USA'], ['EU-Kommission', 'IGO'], ['China-Politik', 'CHN'], ['Regime-Change', null]];
  for (const [w, want] of prefixes) assert.equal(countryOfPrefix(w), want, w);
  assert.equal(capitalOf('Peking')?.country, 'CHN');
  assert.equal(capitalOf('Washington')?.country, 'USA');
  assert.equal(capitalOf('Hamburg'), null);
});

test('sectors of roles and sector nouns', () => {
  const roles: [string, string | null][] = [['defence minister', 'MIL'], ['deputy foreign minister', 'GOV'], ['senator', 'LEG'], ['juggler', null]];
  for (const [r, want] of roles) assert.equal(sectorOfRole(r), want, r);
  const words: [string, string, string | null][] = [
    ['de', 'Biden-Administration', 'GOV'], ['de', 'Verteidigungsministerium', 'GOV'], ['de', 'Polizei', 'COP'],
    ['en', 'protesters', 'CVL'], ['en', 'table', null],
  ];
  for (const [lang, w, want] of words) assert.equal(sectorWord(lang, w)?.sector ?? null, want, w);
});

test('capitals under their German and other names', () => {
  const cases: [string, string | null][] = [['Tiflis', 'GEO'], ['Tbilisi', 'GEO'], ['Khartum', 'SDN'], ['Mogadischu', 'SOM'], ['Belgrad', 'SRB'], ['Pristina', 'XKX'], ['Gummersbach', null]];
  for (const [w, want] of cases) assert.equal(capitalOf(w)?.country ?? null, want, w);
});

test('nationality adjectives from i18n-nationality beside the listed stems', () => {
  const cases: [string, string | null][] = [
    ['jemenitische', 'YEM'], ['sudanesischen', 'SDN'], ['georgische', 'GEO'], ['vietnamesischer', 'VNM'],
    // stems naming two states, and words that only end like one, stay unknown
    ['kongolesische', null], ['praktische', null], ['Technische', null],
  ];
  for (const [w, want] of cases) assert.equal(countryOfDemonym(w), want, w);
});
