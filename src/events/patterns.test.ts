import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchAt, parsePattern, patterns } from './patterns.js';

test('pattern syntax: alternatives, prefixes, suffixes, gaps', () => {
  const els = parsePattern('telefongespräch*|telefonat ... führ*');
  assert.equal(els.length, 2);
  assert.deepEqual(els[0].alts, [{ kind: 'prefix', s: 'telefongespräch' }, { kind: 'exact', s: 'telefonat' }]);
  assert.equal(els[1].gapBefore, true);
  assert.deepEqual(parsePattern('*zölle')[0].alts, [{ kind: 'suffix', s: 'zölle' }]);
});

test('matching picks the longest pattern and respects used tokens', () => {
  const de = patterns('de');
  const words = 'am wochenende traf eine delegation aus berlin in paris ein .'.split(' ');
  const used = words.map(() => false);
  const m = matchAt(de, words, 2, used);
  assert.equal(m?.pattern.type, 'CONSULT');
  assert.equal(m?.pattern.mode, 'visit');
  assert.deepEqual(m?.at, [2, 9]);
  const cases: [string, number, string | null][] = [
    ['die us-zölle auf stahl', 1, 'COERCE'],
    ['china kauft kein soja mehr', 1, null],
    ['er telefonierte mit ihr', 1, 'CONSULT'],
    ['der tisch ist rund', 1, null],
  ];
  for (const [s, i, want] of cases) {
    const w = s.split(' ');
    assert.equal(matchAt(de, w, i, w.map(() => false))?.pattern.type ?? null, want, s);
  }
  const blocked = words.map((_, k) => k === 9);
  assert.notEqual(matchAt(de, words, 2, blocked)?.pattern.mode, 'visit');
});
