import { test } from 'node:test';
import assert from 'node:assert/strict';
import { internationalOrg } from './international.js';

test('international organisations by full name, abbreviation, English name and genitive', () => {
  const cases: [string, string | null][] = [
    ['Reporter ohne Grenzen', 'Reporter ohne Grenzen'], ['ROG', 'Reporter ohne Grenzen'],
    ['Internationalen Strafgerichtshofs', 'Internationaler Strafgerichtshof'], ['ICTY', 'Jugoslawien-Tribunal'],
    ['Human Rights Watch', 'Human Rights Watch'], ['Europarats', 'Europarat'], ['isaf', 'ISAF'],
    // national bodies and states are not international
    ['Bundesregierung', null], ['Deutsches Rotes Kreuz', null], ['Frankreich', null], ['Polizei', null],
  ];
  for (const [name, want] of cases) assert.equal(internationalOrg(name)?.name ?? null, want, name);
});

test('a German inflection of the leading adjectives finds the listed form', () => {
  const cases: [string, string | null][] = [
    ['Internationalen Arbeitsorganisation', 'ILO'],
    ['Internationalen Organisation für Migration', 'IOM'],
    ['Internationalen Energieagentur', 'Internationale Energieagentur'],
    ['Internationalen Atomenergiebehörde', 'IAEA'],
    // a national branch stays national in every case
    ['Deutschen Roten Kreuz', null], ['Deutschen Bundestag', null],
  ];
  for (const [name, want] of cases) assert.equal(internationalOrg(name)?.name ?? null, want, name);
});
