/** Table tests of the dateline rule (a place in capitals before the date of a dateline line), in our own lines. */
import { test } from 'node:test';
import { checkTable, type RuleCase } from './rule-table.js';

const CASES: RuleCase[] = [
  // short capitals that would read as an acronym, a place missing from the gazetteer
  ['en', 'ROME 2026-12-07', ['ROME/GPE/dateline'], []],
  ['en', 'KREISCHA 2026-12-07', ['KREISCHA/GPE/dateline'], []],
  ['en', 'OSLO , Norway 2026-12-07', ['OSLO/GPE/dateline', 'Norway/GPE/gazetteer'], []],
  // a listed place keeps its gazetteer facts; no date, no dateline
  ['en', 'LONDON 2026-12-07', ['LONDON/GPE/gazetteer'], []],
  ['en', 'The IMF met on 2026-12-07', ['IMF/ORG/gazetteer'], []],
];

test('a place in capitals before a dateline date is a place', () => checkTable(CASES));
