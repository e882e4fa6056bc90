/** GET /api/levers (src/server/levers-route.ts): rows, current state, series, and the user's mistakes as 400. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Result } from '../contract/schema.js';
import { analyze } from '../pipeline/analyze.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { HttpError } from './http-util.js';
import { leversRoute } from './levers-route.js';
import { Params } from './params.js';

const ARTICLES = [
  { id: 'r1', lang: 'en' as const, date: '2025-03-04', text: 'Washington imposed 25 percent tariffs on steel from Canada on Tuesday.' },
  { id: 'r2', lang: 'en' as const, date: '2025-05-20', text: 'Washington raised its tariffs on steel from Canada to 50 percent.' },
  { id: 'r3', lang: 'en' as const, date: '2025-07-01', text: 'Washington suspended its tariffs on steel from Canada.' },
  { id: 'r4', lang: 'de' as const, date: '2025-07-02', text: 'Kanada erhebt Gegenzölle auf amerikanische Autos.' },
];

const q = (s: string) => new Params(new URLSearchParams(s));

test('levers route: a dyad in both directions, each lever\'s current state and strongest magnitude, the monthly series', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-levers-route-'));
  const store = await SqliteStore.open(join(dir, 'x.db'));
  try {
    for (const a of ARTICLES) {
      const { id } = await store.putArticle(a);
      await store.putResult(id, analyze(a) as Result);
    }
    const r = await leversRoute(store, q('a=usa&b=CAN'));
    assert.deepEqual([r.a, r.b, r.items.length], ['USA', 'CAN', 4]);
    assert.deepEqual(r.state.map((s) => `${s.instrument} ${s.imposerCountry}>${s.targetCountry} ${s.good} ${s.status} ${s.strongest?.value ?? '-'} ${s.firstDay}..${s.lastDay} ${s.mentions}`), [
      'tariff CAN>USA AUTO in-force - 2025-07-02..2025-07-02 1',
      'tariff USA>CAN STEEL suspended 50 2025-03-04..2025-07-01 3',
    ]);
    assert.deepEqual(r.series.map((p) => `${p.month} ${p.good} ${p.instrument} ${p.count}`),
      ['2025-03 STEEL tariff 1', '2025-05 STEEL tariff 1', '2025-07 AUTO tariff 1', '2025-07 STEEL tariff 1']);
    assert.equal((await leversRoute(store, q('a=USA&b=CAN&good=AUTO'))).items.length, 1);
    assert.equal((await leversRoute(store, q('a=USA&b=MEX'))).items.length, 0);
    const bad: [string, number][] = [['a=USA&b=USA', 400], ['b=CAN', 400], ['a=XX', 400], ['a=USA&instrument=bribe', 400], ['a=USA&good=steel;', 400], ['a=USA&from=soon', 400]];
    for (const [s, status] of bad) {
      await assert.rejects(leversRoute(store, q(s)), (e: unknown) => e instanceof HttpError && e.status === status, s);
    }
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
