/** Table tests of the sports-results pass (a place before a score is a team), in our own lines. */
import { test } from 'node:test';
import { checkTable, type RuleCase } from './rule-table.js';

const CASES: RuleCase[] = [
  ['en', 'Wigan 40 Bradford 12', ['Wigan/ORG/gazetteer'], []],
  ['en', 'Leeds v Bristol at the stadium.', ['Leeds/ORG/gazetteer', 'Bristol/ORG/gazetteer'], []],
  // countries stay places, a city without a score stays a city
  ['en', 'France 2 Spain 1', ['France/GPE/gazetteer'], []],
  // the second team of a result, after the first team's score
  ['en', 'Leeds 2 Bristol 1', ['Leeds/ORG/gazetteer', 'Bristol/ORG/gazetteer'], []],
  ['en', 'In 1996 Bristol 3 new plants opened', [], ['Bristol/ORG']],
  // a schedule's "X at Y" names the places of the games
  ['en', 'Boston at Leeds', ['Boston/GPE/gazetteer', 'Leeds/GPE/gazetteer'], []],
  ['en', 'She lives in Leeds now.', ['Leeds/GPE/gazetteer'], []],
];

test('a place facing another or before a score is a team', () => checkTable(CASES));
