import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storeSuite } from '../store.suite.js';
import { SqliteStore } from './sqlite-store.js';

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
    assert.deepEqual(s.appliedVersions(), [1]);
    await s.migrate();
    assert.deepEqual(s.appliedVersions(), [1]);
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
