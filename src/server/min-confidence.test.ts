/**
 * The minimum-confidence filter on every route that shows or counts events (issue 14), over HTTP
 * on a SQLite store with the team-written fixtures: fx-1's threat (0.35) and fx-2's accusation
 * (0.4) fall under 0.5; fx-2's planned visit carries no confidence and is kept; the rest is 0.9+.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { startServer, type RunningServer } from './server.js';
import { FIXTURES, makeResult } from './testing/fixtures.js';
import type { EventRow } from '../store/store.js';
import { confident, dyadsOf, partnersOf, placesOf, relationGroups } from './min-confidence.js';
import { relationSeries } from '../store/relation.js';

let dir = '';
let store: SqliteStore;
let srv: RunningServer;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lagebild-minconf-'));
  store = await SqliteStore.open(join(dir, 'm.db'));
  for (const f of FIXTURES) {
    const { id } = await store.putArticle({ id: f.id, text: f.text, date: f.date, title: f.title, lang: f.lang ?? 'de' });
    await store.putResult(id, makeResult({ ...f, id }));
  }
  srv = await startServer({ store, port: 0, staticDir: dir });
});
after(async () => {
  await srv.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = async (path: string) => {
  const r = await fetch(`${srv.url}${path.replace(/^\//, '')}`);
  return { status: r.status, body: await r.json() };
};
const keys = (items: EventRow[]) => items.map((e) => `${e.articleId}/${e.eventId}`).sort();

test('every event route honours min_confidence; events without a confidence are kept', async () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON bodies of several routes
  type Body = any;
  const cases: [string, (b: Body) => unknown, unknown, unknown][] = [
    ['/api/events?source=USA&target=CHN&either=1', (b) => keys(b.items), ['fx-1/e1', 'fx-1/e2', 'fx-2/e1', 'fx-2/e2'], ['fx-1/e1', 'fx-2/e1']],
    ['/api/relation?a=USA&b=CHN&unit=month', (b) => b.points.map((p: Body) => [p.week, p.count]), [['2025-09-01', 4]], [['2025-09-01', 2]]],
    ['/api/dyads', (b) => b.items, [{ a: 'CHN', b: 'USA', count: 4 }, { a: 'DEU', b: 'FRA', count: 1 }], [{ a: 'CHN', b: 'USA', count: 2 }, { a: 'DEU', b: 'FRA', count: 1 }]],
    ['/api/places', (b) => b.places.map((p: Body) => p.name).sort(), ['Beijing', 'Paris', 'Washington'], ['Paris', 'Washington']],
    ['/api/country?c=USA', (b) => b.partners, [{ country: 'CHN', events: 4, scoreSum: -4.4 }], [{ country: 'CHN', events: 2, scoreSum: 2 }]],
    ['/api/actor?name=Miller', (b) => keys(b.events), ['fx-1/e1', 'fx-1/e2'], ['fx-1/e1']],
    ['/api/search?q=drohte', (b) => keys(b.events), ['fx-1/e2'], []],
  ];
  for (const [path, pick, all, above] of cases) {
    const sep = path.includes('?') ? '&' : '?';
    const plain = await get(path);
    assert.equal(plain.status, 200, path);
    assert.deepEqual(pick(plain.body), all, `${path} without a filter`);
    const filtered = await get(`${path}${sep}min_confidence=0.5`);
    assert.equal(filtered.status, 200, path);
    assert.deepEqual(pick(filtered.body), above, `${path} at 0.5`);
  }
  // at 0 the series built from the rows is the store's own
  for (const q of ['unit=week', 'unit=day&direction=ba', 'unit=month&norm=1']) {
    assert.deepEqual((await get(`/api/relation?a=USA&b=CHN&${q}&min_confidence=0`)).body, (await get(`/api/relation?a=USA&b=CHN&${q}`)).body, q);
  }
  const csv = await (await fetch(`${srv.url}api/export?format=csv&min_confidence=0.5`)).text();
  assert.ok(!csv.includes('fx-1,e2,') && csv.includes('fx-1,e1,'), csv);
});

test('a bad min_confidence is a 400 with a plain message on each route', async () => {
  for (const path of ['/api/relation?a=USA&b=CHN&', '/api/dyads?', '/api/places?', '/api/country?c=USA&', '/api/actor?name=Miller&', '/api/search?q=x&']) {
    for (const bad of ['2', '-0.1', 'abc']) {
      const r = await get(`${path}min_confidence=${bad}`);
      assert.equal(r.status, 400, `${path} ${bad}`);
      assert.match(r.body.error, /min_confidence/);
    }
  }
});

const row = (o: Partial<EventRow>): EventRow => ({
  articleId: 'a', eventId: 'e', type: 'CONSULT', mode: null, status: 'asserted', score: 1, date: '2025-09-03', articleDate: null,
  sourceCountry: 'USA', targetCountry: 'CHN', sourceNames: [], targetNames: [], trigger: { start: 0, end: 1, text: 'x' },
  evidence: { start: 0, end: 1, text: 'x' }, place: null, quoteId: null, sources: 1, ...o,
});

test('aggregates from rows: the same shapes as the stores give', () => {
  const table: [string, unknown, unknown][] = [
    ['no confidence passes', confident(row({}), 0.9), true],
    ['below fails', confident(row({ confidence: 0.2 }), 0.5), false],
    ['at the threshold passes', confident(row({ confidence: 0.5 }), 0.5), true],
    ['dyads in either order, self-pairs left out', dyadsOf([row({}), row({ sourceCountry: 'CHN', targetCountry: 'USA' }), row({ targetCountry: 'USA' })], 5), [{ a: 'CHN', b: 'USA', count: 2 }]],
    ['partners: score of asserted and planned only', partnersOf([row({ score: 2 }), row({ status: 'negated', score: -5, sourceCountry: 'CHN', targetCountry: 'USA' })], 'USA', 5), [{ country: 'CHN', events: 2, scoreSum: 2 }]],
    ['places with coordinates only', placesOf([row({ place: { name: 'Rom', country: 'ITA', lat: 41.9, lon: 12.5 } }), row({ place: { name: 'X', country: null, lat: null, lon: null } })]).places.map((p) => p.name), ['Rom']],
    ['series: B→A only', relationSeries(relationGroups([row({}), row({ sourceCountry: 'CHN', targetCountry: 'USA', date: '2025-09-20' })]), 'USA', { direction: 'ba', unit: 'month' }).map((p) => [p.week, p.count]), [['2025-09-01', 1]]],
    ['series: a coded background fact (no date basis) is on no day', relationSeries(relationGroups([row({ confidence: 0.9 }), row({ confidence: 0.9, dateBasis: 'text' })]), 'USA', {}).map((p) => p.count), [1]],
    ['series: a coded plan counts on the day it was announced', relationSeries(relationGroups([row({ confidence: 0.9, status: 'planned', dateBasis: 'text', announced: '2025-09-01' })]), 'USA', { unit: 'day' }).map((p) => p.week), ['2025-09-01']],
    ['series: undated (article date) counted apart', relationSeries(relationGroups([row({ date: null, articleDate: '2025-09-04' })]), 'USA', {}).map((p) => p.undated), [1]],
  ];
  for (const [what, got, want] of table) assert.deepEqual(got, want, what);
});
