/** Tests of the recogniser as a whole: the rule order, and which rule wins where two could apply. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NER_RULES } from './index.js';
import { recogniseText } from './testing.js';

test('the rules are asked in the documented order', () => {
  assert.deepEqual(NER_RULES.map((r) => r.name), ['dateline', 'role', 'quoted-org', 'first-name', 'adjective-org', 'gazetteer', 'compound', 'demonym', 'town-adjective', 'capitalised-run']);
});

/** [lang, sentence, every name found as text/TYPE/rule, in order] */
const CASES: ['de' | 'en', string, string[]][] = [
  ['de', 'Außenministerin Petra Lind traf in Wien den chinesischen Botschafter.',
    ['Petra Lind/PER/first-name', 'Wien/GPE/gazetteer', 'chinesischen/MISC/demonym']],
  // a first name before a listed name: the first-name rule comes before the gazetteer
  ['de', 'Gestern schrieb Sabine Holländer an die Deutsche Bank.', ['Sabine Holländer/PER/first-name', 'Deutsche Bank/ORG/gazetteer']],
  // a lone unknown word without evidence is no name ("Kolb,"); after a speech verb it is a person
  ['de', 'Die Trump-Administration und Kolb, sagte Wendtner.', ['Trump-Administration/ORG/compound', 'Wendtner/PER/capitalised-run']],
  ['en', 'Senator Joan Pell met Chinese officials in Paris.', ['Joan Pell/PER/first-name', 'Chinese/MISC/gazetteer', 'Paris/GPE/gazetteer']],
];

test('a sentence read by all rules: each name by the first rule that applies', () => {
  for (const [lang, text, expected] of CASES) assert.deepEqual(recogniseText(lang, text), expected, text);
});
