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
  // a hyphenated first name of listed parts; two first names make a common noun after them the family name
  ['de', 'Der Abgeordnete Hans-Peter Quillon sprach zuerst .', ['Hans-Peter Quillon/PER/first-name'], []],
  ['de', 'Danach sprach Klaus Peter Richter im Saal .', ['Klaus Peter Richter/PER/first-name'], []],
  // after a first name and a family name, a common noun is no longer part of the name
  ['de', 'Gestern hat Anna Quillon Zeitung gelesen .', ['Anna Quillon/PER/first-name'], ['Anna Quillon Zeitung']],
  ['en', 'Yesterday John Quillon won the race.', ['John Quillon/PER/first-name'], []],
];

test('a listed first name followed by capitalised words is a person', () => checkTable(CASES));
