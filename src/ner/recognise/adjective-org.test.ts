/** Table tests of rule 3 (nationality adjective + organisation head → ORG), in our own sentences. */
import { test } from 'node:test';
import { checkTable, type RuleCase } from './rule-table.js';

const CASES: RuleCase[] = [
  ['de', 'Der Deutsche Bauernverband warnte vor Dürre.', ['Deutsche Bauernverband/ORG/adjective-org'], []],
  ['de', 'Das sagte der Bundesverband Deutscher Banken am Montag.', ['Bundesverband Deutscher Banken/ORG/adjective-org'], []],
  // the adjective in lower case (genitive plural), also after a capitalised article opening the sentence
  ['de', 'Der Verband deutscher Gartenzwerge tagte gestern.', ['Verband deutscher Gartenzwerge/ORG/adjective-org'], []],
  ['de', 'Der Bundesverband französischer Imker tagte gestern.', ['Bundesverband französischer Imker/ORG/adjective-org'], []],
  ['de', 'Der Verband tagte gestern mit deutscher Beteiligung.', [], ['Verband']],
  // a demonym in -er before a noun is a description, not a name
  ['de', 'Die Schweizer Armee übt im Tal.', [], ['Schweizer Armee']],
  // English: a demonym + capitalised words ending in an organisation suffix word, or + a listed party
  ['en', 'The Danish Broadcasting Corporation said so.', ['Danish Broadcasting Corporation/ORG/adjective-org'], []],
  ['en', 'The Kenyan Democratic Party met.', ['Kenyan Democratic Party/ORG/adjective-org'], []],
  ['en', 'A Danish official said so.', ['Danish/MISC/gazetteer'], []],
];

test('a capitalised nationality adjective with an organisation head is one organisation', () => checkTable(CASES));
