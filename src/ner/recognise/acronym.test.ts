/** Table tests of the acronym pass (an acronym defined in brackets after its long name), in our own sentences. */
import { test } from 'node:test';
import { checkTable, type RuleCase } from './rule-table.js';

const CASES: RuleCase[] = [
  // the initials spell the acronym: the long name is one organisation, words found inside give way
  ['en', 'He left the World Rowing Council ( WRC ) in Leeds .', ['World Rowing Council/ORG/acronym'], ['Rowing Council']],
  ['en', 'The Union for Fair Trade in Europe ( UFTE ) said so .', ['Union for Fair Trade in Europe/ORG/acronym'], ['Europe']],
  // mixed-case acronym after an organisation found by another rule
  ['de', 'Der Bundesverband deutscher Imker ( BdI ) warnte .', ['Bundesverband deutscher Imker/ORG/adjective-org', 'BdI/ORG/acronym'], []],
  // initials that do not match and no organisation before, or a person inside: left alone
  ['en', 'He praised Quentin Blake ( QB ) yesterday .', ['Quentin Blake/PER/first-name'], ['Quentin Blake/ORG']],
  ['en', 'Prices ( CPI ) rose .', [], ['CPI/ORG/acronym']],
];

test('an acronym defined in brackets makes its long name one organisation', () => checkTable(CASES));
