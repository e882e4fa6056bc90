/** Table tests of rule 7 (town adjective + head noun), in our own sentences. */
import { test } from 'node:test';
import { checkTable, type RuleCase } from './rule-table.js';

const CASES: RuleCase[] = [
  ['de', 'Das meldete die Berliner Zeitung am Morgen.', ['Berliner Zeitung/ORG/town-adjective'], []],
  ['de', 'Wir segelten auf dem Tegeler See.', ['Tegeler See/LOC/town-adjective'], []],
  ['de', 'Die Hamburger Sparkasse öffnet später.', ['Hamburger Sparkasse/ORG/town-adjective'], []],
  // any capitalised inflected adjective inside a sentence, before an organisation head
  ['de', 'Laut der Mittelbayerischen Zeitung kam er.', ['Mittelbayerischen Zeitung/ORG/town-adjective'], []],
  // one more capitalised adjective before the head; organisation suffix words as heads (inflected)
  ['de', 'Das sagte er der Kölner Freien Presse am Montag.', ['Kölner Freien Presse/ORG/town-adjective'], []],
  ['de', 'Das muss der Nordischen Rat noch billigen.', ['Nordischen Rat/ORG/town-adjective'], []],
  ['de', 'Ein Sprecher des Westfälischen Rundfunks sagte das.', ['Westfälischen Rundfunks/ORG/town-adjective'], []],
  // an adjective before an ordinary noun stays nothing
  ['de', 'Das sagte er der Kölner Freien Nachbarin am Montag.', [], ['Kölner Freien Nachbarin']],
  // not a town adjective: "Bauer" is no town
  ['de', 'Der Bauer Zeitung las.', [], ['Bauer Zeitung']],
];

test('a town adjective + organisation or place head is one name', () => checkTable(CASES));
