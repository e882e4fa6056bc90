/** Table tests of the quoted-organisation rule (a quoted title after a newspaper or broadcaster noun), in our own sentences. */
import { test } from 'node:test';
import { checkTable, type RuleCase } from './rule-table.js';

const CASES: RuleCase[] = [
  ['de', 'Das sagte sie dem Magazin " Stern " am Freitag .', ['Stern/ORG/quoted-org'], []],
  ['de', 'Das berichtete die Wochenzeitung " Die Zeit " gestern .', ['Die Zeit/ORG/quoted-org'], []],
  ['de', 'Er sagte der " Abendpost " -Zeitung , er bleibe .', ['Abendpost/ORG/quoted-org'], []],
  // a quoted title without such a noun is no organisation
  ['de', 'Er las das Buch " Die Stille " im Urlaub .', [], ['Die Stille/ORG']],
  ['de', 'Die Gruppe " Silver Kites " trat auf .', [], ['Silver Kites/ORG']],
];

test('a quoted title introduced by a newspaper or broadcaster noun is an organisation', () => checkTable(CASES));
