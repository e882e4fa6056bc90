/** Table tests of rule 8 (runs of capitalised words), in our own sentences. */
import { test } from 'node:test';
import { checkTable, type RuleCase } from './rule-table.js';

const CASES: RuleCase[] = [
  // typed by a speech verb, an age in brackets, a party, a family-name ending, "so" after a quote
  ['de', 'Das sei falsch, sagte Kolb am Abend.', ['Kolb/PER/capitalised-run'], []],
  ['de', 'Auch Brettschneider (54) kam.', ['Brettschneider/PER/capitalised-run'], []],
  ['de', '„Wir bleiben“, so Wuttke.', ['Wuttke/PER/capitalised-run'], []],
  ['de', 'Die Fähre fuhr nach Kreischa und weiter.', [], []],
  ['de', 'Er zog in Kreischa ein.', ['Kreischa/LOC/capitalised-run'], []],
  // organisations: suffix word, club prefix, acronym
  ['de', 'Der 1. FC Köln verlor in Osnabrück.', ['1. FC Köln/ORG/capitalised-run'], []],
  ['de', 'Das berichtete die KVX am Montag.', ['KVX/ORG/capitalised-run'], []],
  // products and programmes are MISC, common nouns and sentence-initial words nothing
  ['de', 'Die Reform Hartz IV bleibt umstritten.', ['Hartz IV/MISC/capitalised-run'], []],
  ['de', 'Die Regierung und die Opposition streiten.', [], ['Regierung', 'Opposition']],
  ['de', 'Gestern regnete es.', [], ['Gestern']],
  ['en', 'Shares of Fenwick rose.', ['Fenwick/ORG/capitalised-run'], []],
];

test('runs of capitalised words: common nouns dropped, typed by suffix, context and evidence', () => checkTable(CASES));
