import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analystFact, parseFactsTsv } from './import-file.js';

test('a registry file: comments skipped, rows become analyst facts, bad rows reported by line', () => {
  const text = [
    '# my corrections',
    'Jane Example\tJ. Example|Example\tPER\tusa\tGOV\tforeign minister\t2025-01-01\t',
    '',
    'Nordwerk Example\t\tORG\tDEU\tBUS\t',
    '\t\tPER\tUSA',
    'Max Example\t\tPER\tUnited States',
  ].join('\n');
  const { facts, errors } = parseFactsTsv(text, 'mine.tsv');
  assert.deepEqual(facts.map((f) => [f.name, f.aliases, f.type, f.country, f.sector, f.role, f.source]), [
    ['Jane Example', ['J. Example', 'Example'], 'PER', 'USA', 'GOV', 'foreign minister', 'analyst'],
    ['Nordwerk Example', [], 'ORG', 'DEU', 'BUS', null, 'analyst'],
  ]);
  assert.deepEqual(errors, [
    'mine.tsv:5: name must not be empty',
    'mine.tsv:6: country must be an ISO 3166-1 alpha-3 code such as USA',
  ]);
});

test('analystFact: loose input trimmed, type defaults to PER', () => {
  const cases: [Parameters<typeof analystFact>[0], [string, string, string | null, string | null]][] = [
    [{ name: ' Jane Example ', country: 'usa' }, ['Jane Example', 'PER', 'USA', null]],
    [{ name: 'X Corp', type: 'org', role: ' ' }, ['X Corp', 'ORG', null, null]],
    [{ name: 'Y', role: 'envoy', country: 7 }, ['Y', 'PER', null, 'envoy']],
  ];
  for (const [input, [name, type, country, role]] of cases) {
    const f = analystFact(input);
    assert.deepEqual([f.name, f.type, f.country, f.role], [name, type, country, role], JSON.stringify(input));
  }
});
