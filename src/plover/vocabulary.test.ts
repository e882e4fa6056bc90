import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plover } from './index.js';
import { PLOVER_TYPES } from '../contract/schema.js';

test('plover vocabulary: the manual\'s counts', () => {
  const v = plover();
  assert.deepEqual([...v.types], [...PLOVER_TYPES]);
  assert.equal([...v.modes.values()].reduce((n, m) => n + m.length, 0), 67);
  assert.equal(v.contexts.length, 37);
  assert.equal(v.sectors.length, 25);
  assert.deepEqual([...v.nonstate.keys()], ['IGO', 'UNO', 'EUR', 'NGO', 'ISM', 'IMG', 'MNC', 'KOS']);
  assert.ok(!v.sectors.includes('IGO') && !v.sectors.includes('NGO'));
});

test('plover vocabulary: quad classes, scale, modes (table)', () => {
  const v = plover();
  const cases: [string, string][] = [
    ['quad SANCTION', '3 verbal-conflict'], // summary table wins over the description
    ['quad PROTEST', '4 material-conflict'],
    ['quad CONCEDE', '1 verbal-coop'],
    ['scale CONSULT visit', '4'],
    ['scale ACCUSE -', '3'],
    ['scale ACCUSE allege', '-3.5'],
    ['scale PROTEST vandalize', '-5'], // no row: the type's
    ['scale AGREE -', '2.5'],
    ['mode AGREE visit', 'false'],
    ['mode COERCE cyber', 'true'],
  ];
  for (const [q, want] of cases) {
    const [kind, type, mode] = q.split(' ');
    const got = kind === 'quad' ? `${v.quadCode(type)} ${v.quadClass(type)}`
      : kind === 'scale' ? String(v.eventScale(type, mode === '-' ? null : mode))
        : String(v.hasMode(type, mode));
    assert.equal(got, want, q);
  }
});
