import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Lang } from '../contract/schema.js';
import { detectLang } from '../read/detect-lang.js';
import { extractOptions } from '../cli/extract.js';
import { hasPack, langOr, languageCodes, packOf } from './packs.js';
import { compiled, lexicon } from './lexicon.js';

test('the registered packs give the languages of the contract, detection and the CLI', () => {
  assert.deepEqual(languageCodes(), ['de', 'en']);
  assert.deepEqual(Lang.anyOf.map((l) => l.const), ['de', 'en']);
  assert.equal(detectLang('Die Regierung hat am Montag neue Gespräche mit der Opposition angekündigt.'), 'de');
  assert.equal(detectLang('The government announced new talks with the opposition on Monday.'), 'en');
  assert.throws(() => extractOptions(['--lang', 'fr']), /--lang must be de or en, got "fr"/);
  assert.equal(extractOptions(['--lang', 'en']).lang, 'en');
});

test('packs answer what differs between languages', () => {
  const rows: [string, string, unknown][] = [
    ['de', 'capitalisedNouns', true],
    ['en', 'capitalisedNouns', false],
    ['de', 'clauseOrder', 'verb-second'],
    ['en', 'clauseOrder', 'subject-verb'],
    ['de', 'thousandsSeparator', '.'],
    ['en', 'dateOrder', 'month-day'],
  ];
  for (const [code, trait, expected] of rows) {
    assert.equal((packOf(code).grammar as unknown as Record<string, unknown>)[trait], expected, `${code} ${trait}`);
  }
  assert.equal(packOf('de').grammar.passiveParticiple('geschätzt'), true);
  assert.equal(packOf('en').grammar.openingParticiple('asked'), true);
});

test('unknown languages: an error naming them, or the given fallback', () => {
  assert.equal(hasPack('fr'), false);
  assert.throws(() => packOf('fr'), /unknown language "fr" \(registered: de, en\)/);
  assert.equal(langOr('fr', 'de'), 'de');
  assert.equal(langOr('en', 'de'), 'en');
});

test('lexicons load once per pack; compiled structures are built once', () => {
  assert.equal(lexicon('de', 'months'), lexicon('de', 'months'));
  let builds = 0;
  const a = compiled('en', 'packs.test', () => ++builds);
  const b = compiled('en', 'packs.test', () => ++builds);
  assert.deepEqual([a, b, builds], [1, 1, 1]);
  // a lexicon the pack lists as optional and lacks reads as empty (German has no 'ner-heads')
  assert.deepEqual(lexicon('de', 'ner-heads'), []);
});
