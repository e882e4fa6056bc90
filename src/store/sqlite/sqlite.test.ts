import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storeSuite } from '../store.suite.js';
import Database from 'better-sqlite3';
import { SqliteStore } from './sqlite-store.js';
import { ARTICLES, fixtureResults } from '../fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'lagebild-sqlite-'));
let n = 0;

storeSuite('sqlite', {
  fresh: () => SqliteStore.open(join(dir, `t${++n}.db`)),
  cleanup: async () => rmSync(dir, { recursive: true, force: true }),
});

test('sqlite: pragmas, migration versions, integrity', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'lagebild-sqlite-')), 'p.db');
  const s = await SqliteStore.open(file);
  try {
    assert.equal(s.db.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(s.db.pragma('synchronous', { simple: true }), 1); // NORMAL
    assert.equal(s.db.pragma('foreign_keys', { simple: true }), 1);
    assert.ok(Number(s.db.pragma('busy_timeout', { simple: true })) > 0);
    assert.deepEqual(s.appliedVersions(), [1, 2, 3, 4, 5, 7, 8, 10, 13]);
    await s.migrate();
    assert.deepEqual(s.appliedVersions(), [1, 2, 3, 4, 5, 7, 8, 10, 13]);
    assert.equal(s.integrityCheck(), 'ok');
  } finally {
    await s.close();
    rmSync(join(file, '..'), { recursive: true, force: true });
  }
});

test('sqlite: a full database fails the whole batch, leaves no partial rows, and says so', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-sqlite-'));
  const s = await SqliteStore.open(join(dir, 'full.db'));
  try {
    await s.putArticle({ text: 'Ein erster Artikel, der noch Platz findet.' });
    const pages = Number(s.db.pragma('page_count', { simple: true }));
    s.db.pragma(`max_page_count = ${pages + 2}`); // stands in for a full disk (same SQLITE_FULL error)
    const big = Array.from({ length: 20 }, (_, i) => ({ text: `Artikel ${i}: ${'Wort '.repeat(2000)}` }));
    await assert.rejects(s.putArticles(big), (err: Error & { code?: string }) => err.code === 'SQLITE_FULL');
    assert.equal((await s.counts()).articles, 1);
    assert.equal(s.integrityCheck(), 'ok');
  } finally {
    await s.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('sqlite: the actor summary kept at write time equals a full recount after replaced results and errors', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-sqlite-'));
  const s = await SqliteStore.open(join(dir, 'actors.db'));
  try {
    const results = fixtureResults();
    const ids: Record<string, string> = {};
    for (const [k, a] of Object.entries(ARTICLES)) ids[k] = (await s.putArticle(a)).id;
    for (const [k, r] of Object.entries(results)) await s.putResult(ids[k], r);
    await s.putResult(ids.tariffs, results.tariffs); // replaced by the same result: counts unchanged
    await s.putResult(ids.talks, { ...results.talks, actors: results.talks.actors.slice(1) }); // one actor fewer
    await s.putError(ids.strike, { code: 'test', message: 'failed on purpose' }); // its actors leave
    const kept = await s.actors({ limit: 500 });
    assert.ok(kept.length > 0);
    assert.ok(!kept.some((r) => r.articles <= 0 || r.mentions < 0));
    await s.rebuildSummaries();
    assert.deepEqual(kept, await s.actors({ limit: 500 }));
  } finally {
    await s.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('sqlite: the aggregations over every event read indexes only, and the quote list stops at its page', async () => {
  // The plans without ANALYZE (the store never runs it): SQLite's choice for each statement the
  // store runs for dyads(), places() and quotes(), recorded from the store's own prepare calls.
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-sqlite-'));
  const s = await SqliteStore.open(join(dir, 'plans.db'));
  try {
    const results = fixtureResults();
    for (const [k, a] of Object.entries(ARTICLES)) await s.putResult((await s.putArticle(a)).id, results[k as keyof typeof ARTICLES]);
    const seen: string[] = [];
    const prepare = s.db.prepare.bind(s.db);
    s.db.prepare = ((sql: string) => (seen.push(sql), prepare(sql))) as typeof s.db.prepare;
    const plan = (sql: string) => {
      const params = Object.fromEntries([...sql.matchAll(/@(p\d+)/g)].map((m) => [m[1], 1]));
      return (prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((r) => r.detail).join(' | ');
    };
    const planOf = (marker: string) => {
      const sql = seen.find((q) => q.includes(marker));
      assert.ok(sql, `a statement with ${marker}`);
      return plan(sql);
    };
    await s.dyads();
    await s.places();
    await s.quotes({ limit: 10 });
    const dyads = planOf('min(e.source_country');
    assert.match(dyads, /(SCAN|SEARCH) e USING COVERING INDEX events_dyad\b/, dyads);
    const countries = planOf('GROUP BY e.source_country, e.target_country');
    assert.match(countries, /COVERING INDEX events_dyad/, countries);
    const places = planOf('e.place_name AS name');
    assert.match(places, /COVERING INDEX events_places/, places);
    for (const plan of [dyads, countries, places]) {
      assert.doesNotMatch(plan, /SCAN articles/, `the duplicates' ids come from their index: ${plan}`);
    }
    const quotes = planOf('FROM articles a');
    assert.match(quotes, /SCAN a USING INDEX articles_by_date/, quotes);
    assert.doesNotMatch(quotes, /USE TEMP B-TREE FOR ORDER BY/, `no sort of every quote: ${quotes}`);
  } finally {
    await s.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('sqlite: a write waiting for another connection\'s lock leaves the thread free for reads and timers', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-sqlite-'));
  const file = join(dir, 'busy.db');
  const s = await SqliteStore.open(file);
  const other = new Database(file); // another process's connection (a CLI ingest) in its write transaction
  try {
    other.pragma('busy_timeout = 0');
    other.exec('BEGIN IMMEDIATE');
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    const write = s.putArticle({ id: 'waits', text: 'Ein Artikel, der auf die Schreibsperre wartet.' });
    await new Promise((r) => setTimeout(r, 150));
    assert.equal((await s.counts()).articles, 0, 'reads answer while the write waits');
    other.exec('COMMIT');
    const put = await write;
    clearInterval(timer);
    assert.equal(put.inserted, true);
    assert.ok(ticks >= 10, `timers ran while the write waited for the lock (${ticks} ticks)`);
    assert.equal((await s.getArticle('waits'))?.id, 'waits');
    // the connection's own busy wait is back for everything else
    assert.equal(Number(s.db.pragma('busy_timeout', { simple: true })), 10_000);
  } finally {
    other.close();
    await s.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
