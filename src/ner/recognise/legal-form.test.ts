/** Table tests of the legal-form pass (a legal form takes the capitalised words before it), in our own sentences. */
import { test } from 'node:test';
import { checkTable, type RuleCase } from './rule-table.js';

const CASES: RuleCase[] = [
  // a place, a listed company or a stop word inside the name gives way to the whole
  ['en', 'Analysts like First Denver Widget Corp. this year.', ['First Denver Widget Corp./ORG/legal-form'], ['Denver']],
  ['en', 'Cars built by General Motors Korea Corp sold well.', ['General Motors Korea Corp/ORG/legal-form'], ['Corp']],
  ['en', 'The telecoms group Nordtel Oslo AB won an order.', ['Nordtel Oslo AB/ORG/legal-form'], ['Oslo']],
  // the walk back stops at a lower-case word, a determiner or a demonym
  ['en', 'Swedish group Nordtel Oslo AB said so.', ['Nordtel Oslo AB/ORG/legal-form', 'Swedish/MISC/gazetteer'], []],
  ['en', 'The Acme Corp said so.', ['Acme Corp/ORG/capitalised-run'], ['The Acme Corp']],
  // found whole already: the gazetteer keeps it
  ['de', 'Die Siemens AG baut ein Werk.', ['Siemens AG/ORG/gazetteer'], []],
];

test('a legal form ends an organisation name with the capitalised words before it', () => checkTable(CASES));
