import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseOutcome } from '../ingest/analyse-one.js';
import { prepareResult } from '../store/prepare.js';
import { forStore, outcomeCounts } from './tasks.js';

const TEXT = 'Kanada und Japan unterzeichneten am Freitag in Ottawa ein Abkommen. "Wir arbeiten eng zusammen", sagte die Ministerin.';

test('forStore: the reader\'s notes lead the diagnostics; prepared in a worker, the same stored data', () => {
  const plain = forStore(analyseOutcome('a1', { text: TEXT, date: '2025-06-06' }), ['encoding guessed: windows-1252'], false);
  assert.ok('result' in plain);
  assert.deepEqual(plain.result.diagnostics[0], { stage: 'read', message: 'encoding guessed: windows-1252' });
  const prepared = forStore(analyseOutcome('a1', { text: TEXT, date: '2025-06-06' }), ['encoding guessed: windows-1252'], true);
  assert.ok('prepared' in prepared && !('result' in prepared));
  assert.deepEqual(prepared.prepared, prepareResult('a1', plain.result));
  assert.ok(plain.result.events.length > 0 && plain.result.quotes.length > 0, 'control: the sentence has an event and a quote');
  assert.deepEqual(outcomeCounts(prepared), outcomeCounts(plain));
  assert.deepEqual(outcomeCounts(plain), { events: plain.result.events.length, quotes: plain.result.quotes.length });
});

test('forStore: an error stays an error; no notes, no diagnostics added', () => {
  const err = { id: 'a2', error: { code: 'empty', message: 'no text' } };
  assert.equal(forStore(err, ['x'], true), err);
  assert.deepEqual(outcomeCounts(err), { events: 0, quotes: 0 });
  const o = forStore(analyseOutcome('a3', { text: TEXT }), undefined, false);
  assert.ok('result' in o && !o.result.diagnostics.some((d) => d.stage === 'read'));
});
