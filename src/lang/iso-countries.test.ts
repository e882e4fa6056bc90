import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { isoCountries } from './iso-countries.js';

const require = createRequire(import.meta.url);

test('isoCountries registers a locale only when a name in it is asked for', () => {
  const core = require('i18n-iso-countries/index.js') as { langs(): string[] };
  assert.equal(isoCountries.alpha2ToAlpha3('DE'), 'DEU');
  assert.ok(!core.langs().includes('fr'), 'a code lookup loads no locale');
  assert.equal(isoCountries.getName('FR', 'fr'), 'France');
  assert.ok(core.langs().includes('fr'));
  assert.ok(core.langs().length < 10, `only the locales asked for: ${core.langs().join(',')}`);
});

test('isoCountries answers as the package main entry (every locale registered) does', () => {
  const ask = (iso: typeof isoCountries) => {
    const out: unknown[] = [];
    for (const lang of ['de', 'en', 'FR', 'xx']) {
      out.push(iso.getNames(lang, { select: 'all' }), iso.getAlpha3Code('Frankreich', lang));
      for (const code of ['DE', 'USA', 'XK', 'ZZ']) out.push(iso.getName(code, lang));
    }
    for (const a2 of ['DE', 'GB', 'XK', 'ZZ']) out.push(iso.alpha2ToAlpha3(a2));
    return out;
  };
  // asked before the main entry is loaded: it registers every locale in the core both share
  const mine = ask(isoCountries);
  assert.deepEqual(mine, ask(require('i18n-iso-countries') as typeof isoCountries));
});
