import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Lang } from '../contract/schema.js';
import { detectLang } from '../read/detect-lang.js';
import { extractOptions } from '../cli/extract.js';
import { hasPack, langOr, languageCodes, packGeneration, packOf, registerPack, unregisterPack } from './packs.js';
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

test('compiled structures follow the registry: a re-registered or removed pack does not reuse the old ones', () => {
  // a pack with no lexicons: only its code and its cache matter here
  const zz = { ...packOf('en'), code: 'zz', name: 'Zz', lexiconDir: undefined, lexicons: { required: [] } };
  let builds = 0;
  const build = () => ++builds;
  const before = packGeneration();
  try {
    registerPack(zz);
    assert.notEqual(packGeneration(), before);
    const rows: [string, number][] = [
      ['zz', 1], ['zz', 1], // built once, then remembered
      ['de', 2], ['zz', 1], // another code in between: each keeps its own
    ];
    for (const [code, expected] of rows) assert.equal(compiled(code, 'packs.test.registry', build), expected, code);
    registerPack(zz); // the same code registered again starts afresh
    assert.equal(compiled('zz', 'packs.test.registry', build), 3);
    unregisterPack('zz');
    assert.throws(() => compiled('zz', 'packs.test.registry', build), /unknown language "zz"/);
  } finally {
    unregisterPack('zz');
  }
});
