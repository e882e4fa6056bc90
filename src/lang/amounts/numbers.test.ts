import { test } from 'node:test';
import assert from 'node:assert/strict';
import { numberPrefix, numberWordValue, parseNumeral, scaleValue } from './numbers.js';
import { lexicon } from '../lexicon.js';

test('parseNumeral reads German and English notation', () => {
  const cases: [string, 'de' | 'en', number | null][] = [
    ['1,5', 'de', 1.5], ['3.000', 'de', 3000], ['1.5', 'de', 1.5], ['1.000.000', 'de', 1000000],
    ['1.234,5', 'de', 1234.5], ['3,000', 'de', 3], ['145', 'de', 145],
    ['3,000', 'en', 3000], ['1.5', 'en', 1.5], ['1,000,000', 'en', 1000000], ['1,234.5', 'en', 1234.5],
    ['1,5', 'en', 1.5], ['1.000', 'en', 1], ['1,2,3', 'en', null], ['abc', 'en', null],
    ['007', 'de', 7], ['', 'de', null], ['12a', 'de', null], ['٣', 'de', null],
  ];
  for (const [input, lang, expected] of cases) assert.equal(parseNumeral(input, lang), expected, `${input} (${lang})`);
});

test('numberWordValue reads German compounds and English words', () => {
  const cases: [string, 'de' | 'en', number | null][] = [
    ['zwei', 'de', 2], ['dreiundzwanzig', 'de', 23], ['einundzwanzig', 'de', 21], ['zwölf', 'de', 12],
    ['hundert', 'de', 100], ['zweihundertfünfzig', 'de', 250], ['dreitausendeins', 'de', 3001],
    ['zweieinhalb', 'de', 2.5], ['anderthalb', 'de', 1.5], ['einhalb', 'de', null],
    ['ein', 'de', null], ['dreieck', 'de', null], ['sein', 'de', null], ['nicht', 'de', null],
    ['two', 'en', 2], ['twenty-three', 'en', 23], ['ninety', 'en', 90], ['a', 'en', null], ['tone', 'en', null],
  ];
  for (const [input, lang, expected] of cases) assert.equal(numberWordValue(input, lang), expected, `${input} (${lang})`);
});

test('numberPrefix and scaleValue', () => {
  assert.deepEqual(numberPrefix('zweistündige', 'de'), [2, 'stündige']);
  assert.equal(numberPrefix('stündige', 'de'), null);
  const scales: [string, 'de' | 'en', boolean, number | null][] = [
    ['mrd.', 'de', false, 1e9], ['millionen', 'de', false, 1e6], ['billionen', 'de', false, 1e12],
    ['billion', 'en', false, 1e9], ['bn', 'en', false, 1e9], ['m', 'en', false, null], ['m', 'en', true, 1e6],
  ];
  for (const [w, lang, cur, expected] of scales) assert.equal(scaleValue(w, lang, cur), expected, w);
});

test('the quick tail test lets every cardinal of the lexicons through, alone and as the end of a longer word', () => {
  const cardinal = new Set(['one', 'teen', 'ten', 'hundred', 'thousand']);
  for (const lang of ['de', 'en'] as const) {
    for (const [w, v, role] of lexicon(lang, 'number-words')) {
      if (!cardinal.has(role)) continue;
      assert.equal(numberWordValue(w, lang), Number(v), `${w} (${lang})`);
    }
  }
  // compounds are read through their last part: a filter that dropped it would give null
  const compounds: [string, number][] = [['siebenundsiebzig', 77], ['neunhundertneun', 909], ['zweitausendelf', 2011], ['vierhundertsechzehn', 416]];
  for (const [w, v] of compounds) assert.equal(numberWordValue(w, 'de'), v, w);
});
