/** Table tests of rule 2 (first name + capitalised words → PER), in our own sentences. */
import { test } from 'node:test';
import { checkTable, type RuleCase } from './rule-table.js';

const CASES: RuleCase[] = [
  ['de', 'Am Abend kam Chad Wendelin zurück.', ['Chad Wendelin/PER/first-name'], []],
  ['de', 'Das Buch von Christiane Holländer verkauft sich gut.', ['Christiane Holländer/PER/first-name'], []],
  ['de', 'Gestern sprach Ursula Brandhorst in Brüssel.', ['Ursula Brandhorst/PER/first-name'], []],
  // a name with a connector is read by the capitalised-run rule
  ['de', 'Gestern sprach Ursula von der Aue in Brüssel.', ['Ursula von der Aue/PER/capitalised-run'], []],
  // a function word after a first name is no family name
  ['de', 'Wie Maria und andere sagten, kam keiner.', [], ['Maria und']],
  ['en', 'Yesterday John Quillon won the race.', ['John Quillon/PER/first-name'], []],
];

test('a listed first name followed by capitalised words is a person', () => checkTable(CASES));
