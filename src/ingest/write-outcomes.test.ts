import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { resultFor } from '../store/fixtures.js';
import { syntheticArticles } from './corpus.js';
import { WRITE_CHUNK, writeOutcomes } from './write-outcomes.js';

test('a full disk stops the batch write: no per-article fallback, no store-failed errors, the articles stay pending', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-wo-'));
  const store = await SqliteStore.open(join(dir, 'w.db'));
  try {
    const arts = syntheticArticles(3, 2, 5);
    const puts = await store.putArticles(arts);
    // a nearly full disk: the batch does not fit, a single small result of the first article would
    let errorsWritten = 0;
    const full = Object.create(store) as SqliteStore;
    full.putResults = async (items) => {
      if (items.length > 1 || items[0].id !== puts[0].id) throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
      return store.putResults(items);
    };
    full.putError = async (...a) => { errorsWritten++; return store.putError(...a); };
    const out = puts.map((p, i) => ({ id: p.id, result: resultFor(arts[i]) }));
    await assert.rejects(writeOutcomes(full, out), (e: { code?: string }) => e.code === 'SQLITE_FULL');
    assert.equal(errorsWritten, 0);
    const statuses = await Promise.all(puts.map(async (p) => (await store.getArticle(p.id))?.status));
    assert.deepEqual(statuses, ['pending', 'pending', 'pending']);
    // with space again the same batch is written whole
    assert.deepEqual(await writeOutcomes(store, out), []);
    assert.equal(await store.pendingCount(), 0);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a large batch is written in transactions of at most WRITE_CHUNK results (short write locks), every result once', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-wo-'));
  const store = await SqliteStore.open(join(dir, 'w.db'));
  try {
    const n = 2 * WRITE_CHUNK + 3;
    const arts = syntheticArticles(n, 2, 7);
    const puts = await store.putArticles(arts);
    const sizes: number[] = [];
    const counting = Object.create(store) as SqliteStore;
    counting.putResults = async (items) => { sizes.push(items.length); return store.putResults(items); };
    const out = puts.map((p, i) => ({ id: p.id, result: resultFor(arts[i]) }));
    assert.deepEqual(await writeOutcomes(counting, out), []);
    assert.deepEqual(sizes, [WRITE_CHUNK, WRITE_CHUNK, 3]);
    assert.equal(await store.pendingCount(), 0);
    let stored = 0;
    for await (const r of store.allResults()) stored += r ? 1 : 0;
    assert.equal(stored, n);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
