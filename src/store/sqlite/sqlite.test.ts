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
