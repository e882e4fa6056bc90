/** Table tests of the coordination pass (an unknown word in a list takes the type of a listed name), in our own sentences. */
import { test } from 'node:test';
import { checkTable, type RuleCase } from './rule-table.js';

const CASES: RuleCase[] = [
  ['de', 'Die Firma liefert nach Hamburg , Quarnitz und Bremen .', ['Quarnitz/GPE/coordination', 'Hamburg/GPE/gazetteer'], []],
  ['de', 'Die Dörfer Velmsdorp , Quarnitz und Bremen bekommen Geld .', ['Velmsdorp/GPE/coordination', 'Quarnitz/GPE/coordination'], []],
  ['de', 'Angela Merkel und Pofalla reisten ab .', ['Pofalla/PER/coordination'], []],
  // a common noun in the list stays a noun; a comma without a conjunction makes no list
  ['de', 'Die Firma liefert nach Hamburg und Umgebung .', [], ['Umgebung']],
  ['de', 'Wir fahren nach Hamburg , Quarnitz haben wir schon gesehen .', [], ['Quarnitz']],
  // a language without a morphology: an unknown word is no evidence (English types it by its own default)
  ['en', 'They flew to Paris and Quarnitz yesterday.', ['Paris/GPE/gazetteer', 'Quarnitz/ORG/capitalised-run'], []],
];

test('an unknown word coordinated with a name takes its type', () => checkTable(CASES));
