import { test } from 'node:test';
import assert from 'node:assert/strict';
import { opsTouch, type RegistryOp } from './registry-ops.js';

const learned = (name: string): RegistryOp => ({ learned: { name, type: 'PER', source: 'learned', country: 'USA' } });
const stored = (name: string, aliases: string[]): RegistryOp => ({
  stored: { id: 1, name, aliases, type: 'PER', country: null, sector: null, role: null, source: 'analyst', articleId: null, articleDate: null, span: null, evidence: null, createdAt: '' },
});

// [ops, text, touched?]: an article is touched when the last word of a name or alias occurs in it, in any case
const CASES: [RegistryOp[], string, boolean][] = [
  [[learned('Jane Example')], 'Example sagte am Dienstag ...', true],
  [[learned('Jane Example')], 'Die EXAMPLES-Delegation reiste ab.', true],
  [[learned('Jane Example')], 'Jane Doe sagte am Dienstag ...', false],
  [[learned('Seán O’Brien')], "O'Brien sagte ...", true],
  [[learned('Ayşe Yılmaz')], 'Frau Yılmaz sagte ...', true],
  [[learned('Nikos Papadopoulos')], 'ΠΑΠΑΔΟΠΟΥΛΟΣ; Papadopoulos', true],
  [[stored('Maria Beispiel', ['Mia B.'])], 'Mia B. reiste ab.', true],
  [[stored('Maria Beispiel', ['Mia B.'])], 'Mia reiste nach Rom.', false],
  [[], 'Example', false],
];

test('opsTouch: which registry changes can change an article', () => {
  for (const [ops, text, want] of CASES) assert.equal(opsTouch(ops, text), want, `${JSON.stringify(ops.map((o) => ('stored' in o ? o.stored : o.learned).name))} / ${text}`);
  assert.equal(opsTouch([learned('Jane Example')], 'nothing here', 'Example im Titel'), true, 'the title counts');
});
