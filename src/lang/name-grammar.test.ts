/**
 * The name traits of the packs: the German morphology's word-class flags are the ones the
 * recogniser reads (src/lang/name-grammar.ts), and a pack that declares no name traits gets none.
 *
 * @example
 * node --import tsx --test src/lang/name-grammar.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as morph from './de/morph/index.js';
import * as names from './name-grammar.js';
import { packOf } from './packs.js';

test('the German morphology answers with the flags of name-grammar.ts', () => {
  const flags = ['WORD_NOUN_ONLY', 'WORD_KNOWN_CAPITALISED', 'WORD_KNOWN_LOWER', 'WORD_COMPOUND', 'WORD_NOUN_ENDING'] as const;
  for (const f of flags) assert.equal(names[f], morph[f], f);
  const m = names.nameGrammarOf(packOf('de')).morphology;
  assert.ok(m);
  assert.equal(m.wordClass('regierung') & names.WORD_NOUN_ONLY, names.WORD_NOUN_ONLY);
  assert.equal(m.isFinite3s('bestätigte'), true);
});

test('packs declare their name traits; a pack without them gets NO_NAME_GRAMMAR', () => {
  const cases: [string, string | null, string | null, boolean][] = [
    ['de', 'de', 'isch', true],
    ['en', 'en', null, false],
  ];
  for (const [code, locale, stem, morphology] of cases) {
    const g = names.nameGrammarOf(packOf(code));
    assert.deepEqual([g.nationalityLocale, g.nationalityAdjectiveStem, g.morphology !== null], [locale, stem, morphology], code);
  }
  assert.equal(names.nameGrammarOf({}), names.NO_NAME_GRAMMAR);
  assert.deepEqual(names.NO_NAME_GRAMMAR.smallTownCountries, []);
});
