import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { work } from './worker.js';
import { isTransient } from './transient.js';
import { syntheticArticles } from './corpus.js';

test('transient errors: connection loss and server restarts, not bugs', () => {
  const cases: [unknown, boolean][] = [
    [Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }), true],
    [Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }), true],
    [new Error('Connection terminated unexpectedly'), true],
    [Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' }), true],
    [Object.assign(new Error('duplicate key value'), { code: '23505' }), false],
    [new TypeError('x is undefined'), false],
    [null, false],
  ];
  for (const [err, want] of cases) assert.equal(isTransient(err), want, String(err));
});

test('a worker waits out a database that goes away, loses nothing and writes each result once', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-worker-'));
  const store = await SqliteStore.open(join(dir, 'w.db'));
  try {
    await store.putArticles(syntheticArticles(10, 2, 3));
    // the "server" refuses the first claim and the second write
    let claims = 0, writes = 0;
    const down = () => Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    const flaky = Object.create(store) as SqliteStore;
    flaky.claim = async (...a) => {
      if (++claims === 1) throw down();
      return store.claim(...a);
    };
    flaky.putResults = async (items) => {
      if (++writes === 2) throw down();
      return store.putResults(items);
    };
    const notes: string[] = [];
    const s = await work(flaky, { once: true, batch: 4, retryMs: 5, report: (l) => notes.push(l) });
    assert.deepEqual([s.analysed, s.errors, s.retries], [10, 0, 2]);
    assert.equal(notes.length, 2);
    assert.match(notes[0], /database unavailable/);
    assert.deepEqual(await store.counts().then((c) => [c.articles, c.done]), [10, 10]);
    assert.equal(await store.pendingCount(), 0);
    // a bug is not waited out
    await store.putArticle({ text: 'Noch ein Artikel, der auf einen Worker wartet, aber nie ankommt.' });
    const broken = Object.create(store) as SqliteStore;
    broken.claim = async () => { throw new TypeError('bug'); };
    await assert.rejects(work(broken, { once: true }), /bug/);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a result the store refuses becomes that article\'s error; the rest of the batch is stored', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-worker-'));
  const store = await SqliteStore.open(join(dir, 'w.db'));
  try {
    const arts = syntheticArticles(3, 2, 4);
    const puts = await store.putArticles(arts);
    const { resultFor, ev } = await import('../store/fixtures.js');
    const good = (i: number) => resultFor(arts[i], { events: [ev(arts[i].text, 'e1', 'CONSULT', 'Meldung', null, null)] });
    const bad = resultFor(arts[1], { events: [ev(arts[1].text, 'e1', 'CONSULT', 'Meldung', null, null), ev(arts[1].text, 'e1', 'AID', 'Meldung', null, null)] });
    const { writeOutcomes } = await import('./write-outcomes.js');
    const failed = await writeOutcomes(store, [
      { id: puts[0].id, result: good(0) }, { id: puts[1].id, result: bad }, { id: puts[2].id, result: good(2) },
    ]);
    assert.deepEqual(failed, [puts[1].id]);
    const statuses = await Promise.all(puts.map(async (p) => (await store.getArticle(p.id))?.status));
    assert.deepEqual(statuses, ['done', 'error', 'done']);
    assert.equal((await store.getArticle(puts[1].id))?.error?.code, 'store-failed');
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an idle worker leaves no abort listener behind per poll (issue 15, item 8)', async () => {
  const events = await import('node:events');
  const getEventListeners = (events as unknown as { getEventListeners(t: EventTarget, n: string): unknown[] }).getEventListeners;
  const { sleep } = await import('./worker.js');
  const ctl = new AbortController();
  for (let i = 0; i < 50; i++) await sleep(1, ctl.signal);
  assert.equal(getEventListeners(ctl.signal, 'abort').length, 0);
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-idle-'));
  const store = await SqliteStore.open(join(dir, 'idle.db'));
  try {
    // a real idle worker: 40 polls of an empty store
    const running = work(store, { pollMs: 2, signal: ctl.signal, report: () => {} });
    await new Promise((r) => setTimeout(r, 300));
    assert.ok(getEventListeners(ctl.signal, 'abort').length <= 1, `${getEventListeners(ctl.signal, 'abort').length} listeners`);
    ctl.abort();
    await running;
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
