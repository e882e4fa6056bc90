/** Table tests of rule 5 (hyphen compounds), in our own sentences. */
import { test } from 'node:test';
import { checkTable, type RuleCase } from './rule-table.js';

const CASES: RuleCase[] = [
  ['de', 'Die Trump-Administration verschärft den Kurs.', ['Trump-Administration/ORG/compound'], []],
  ['de', 'Die US-Zölle treffen die Winzer.', ['US/MISC/compound'], []],
  ['de', 'Die Nvidia-Chips sind knapp.', ['Nvidia/MISC/compound'], []],
  // an organisation before its body or meeting stays ORG (it acts)
  ['de', 'Die SPD-Fraktion stimmte zu, der Nato-Gipfel beginnt.', ['SPD/ORG/compound', 'Nato/ORG/compound'], []],
  ['de', 'Die Baden-Württemberg-Reise fiel aus.', [], ['Baden-Württemberg-Reise']],
];

test('hyphen compounds: person + organisation head, listed names inside, modifiers as MISC', () => checkTable(CASES));
