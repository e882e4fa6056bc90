/**
 * The PLOVER record of an event carries its trade and technology levers in the `lagebild`
 * extension object (docs/levers.md), and the record still validates against the manual's schema.
 *
 * @example
 * node --import tsx --test src/export/plover-levers.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import type { Result } from '../contract/schema.js';
import { PloverRecord } from '../contract/plover-record.js';
import { analyze } from '../pipeline/analyze.js';
import { ploverRecords } from './plover.js';

const check = TypeCompiler.Compile(PloverRecord);

test('PLOVER records: a SANCTION event lists its levers in the extension; events without one list none', () => {
  const cases: [string, string][] = [
    ['Die USA verhängten am Montag Zölle von 25 Prozent auf Stahl aus China.', 'SANCTION tariff STEEL 25 Prozent'],
    ['Frankreich und Deutschland führten am Montag in Paris Gespräche.', 'CONSULT -'],
  ];
  for (const [text, want] of cases) {
    const r = analyze({ text, date: '2025-05-05' }) as Result;
    const recs = ploverRecords(r, 1, {}, '2025-05-06');
    assert.ok(recs.length > 0, text);
    for (const rec of recs) assert.ok(check.Check(rec), `${text}: ${[...check.Errors(rec)].map((e) => e.path + ' ' + e.message).join('; ')}`);
    const rec = recs.find((x) => x.event[0] === want.split(' ')[0]);
    assert.ok(rec, `${text}: no ${want.split(' ')[0]} record`);
    const levers = rec.lagebild?.levers ?? [];
    const reading = levers.length ? levers.map((l) => `${l.instrument} ${l.good} ${l.magnitude}`).join(', ') : '-';
    assert.equal(`${rec.event[0]} ${reading}`, want, text);
  }
});
