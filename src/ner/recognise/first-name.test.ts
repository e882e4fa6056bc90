/** Table tests of rule 2 (first name + capitalised words → PER), in our own sentences. */
import { test } from 'node:test';
import { checkTable, type RuleCase } from './rule-table.js';

const CASES: RuleCase[] = [
  ['de', 'Am Abend kam Chad Wendelin zurück.', ['Chad Wendelin/PER/first-name'], []],
  ['de', 'Das Buch von Monika Holländer verkauft sich gut.', ['Monika Holländer/PER/first-name'], []],
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
  // the first-name list is asked by the first letter: an accented initial, a hyphenated name, a word in capitals
  ['de', 'Gestern sprach Élise Quillon in Brüssel.', ['Élise Quillon/PER/first-name'], []],
  ['de', 'Gestern sprach Élise-Maria Quillon in Brüssel.', ['Élise-Maria Quillon/PER/first-name'], []],
  ['en', 'Yesterday JOHN Quillon won the race.', ['JOHN Quillon/PER/first-name'], []],
  // a listed name written in lower case is no first name
  ['en', 'Yesterday the john Quillon bought was sold.', [], ['john Quillon']],
  // English: a state or region named like a family name after a first name ("Anthony Montana")
  ['en', 'Later Robert Georgia won the race.', ['Robert Georgia/PER/first-name'], []],
];

test('a listed first name followed by capitalised words is a person', () => checkTable(CASES));
