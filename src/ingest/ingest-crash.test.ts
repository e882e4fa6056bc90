// kill -9 during an ingest of 1,000 articles, then the same ingest again: every article is stored
// exactly once, with exactly one result, no layer rows without a result, integrity_check ok.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { REPO_ROOT } from '../testing/shared.js';
import { syntheticArticles } from './corpus.js';

const BIN = join(REPO_ROOT, 'bin', 'lagebild');

function ingestProcess(file: string, db: string): ChildProcess {
  return spawn(process.execPath, [BIN, 'ingest', file, '--db', db], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
}

function exited(p: ChildProcess): Promise<{ code: number | null; signal: string | null; out: string }> {
  let out = '';
  p.stdout?.on('data', (c) => (out += c));
  p.stderr?.on('data', (c) => (out += c));
  return new Promise((resolve) => p.on('exit', (code, signal) => resolve({ code, signal, out })));
}

/** Articles with a result so far, read from a second connection (WAL lets it read while the child writes). */
function doneCount(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const c = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (c.prepare(`SELECT count(*) AS n FROM articles WHERE status = 'done'`).get() as { n: number }).n;
    } finally {
      c.close();
    }
  } catch {
    return 0; // not migrated yet
  }
}

test('kill -9 during an ingest of 1,000 articles, then again: each article once, one result each, integrity ok', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-crash-'));
  const file = join(dir, 'articles.jsonl');
  const db = join(dir, 'crash.db');
  try {
    writeFileSync(file, `${syntheticArticles(1000, 3, 42).map((a) => JSON.stringify(a)).join('\n')}\n`);
    const child = ingestProcess(file, db);
    const first = exited(child);
    let killedAt = -1;
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && child.exitCode === null) {
      const n = doneCount(db);
      if (n >= 60) {
        child.kill('SIGKILL');
        killedAt = n;
        break;
      }
      await new Promise((r) => setTimeout(r, 15));
    }
    const r1 = await first;
    assert.equal(r1.signal, 'SIGKILL', `the first ingest was not killed mid-run: ${r1.out}`);
    assert.ok(killedAt >= 60 && doneCount(db) < 1000, `killed after ${killedAt} results`);

    const r2 = await exited(ingestProcess(file, db));
    assert.equal(r2.code, 0, r2.out);
    assert.match(r2.out, /1000 read, \d+ new, \d+ known/);

    const c = new Database(db, { readonly: true });
    try {
      const one = (sql: string) => Object.values(c.prepare(sql).get() as object)[0];
      assert.equal(one('PRAGMA integrity_check'), 'ok');
      assert.equal(one('SELECT count(*) FROM articles'), 1000);
      assert.equal(one('SELECT count(DISTINCT hash) FROM articles'), 1000);
      assert.equal(one(`SELECT count(*) FROM articles WHERE status = 'done'`), 1000);
      assert.equal(one('SELECT count(*) FROM results'), 1000);
      assert.equal(one('SELECT count(*) FROM articles a WHERE n_events <> (SELECT count(*) FROM events e WHERE e.article_id = a.id)'), 0);
      assert.equal(one('SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM results r WHERE r.article_id = e.article_id)'), 0);
      assert.equal(one('SELECT count(*) FROM quotes_fts'), one('SELECT count(*) FROM quotes'));
    } finally {
      c.close();
    }
    const r3 = await exited(ingestProcess(file, db));
    assert.equal(r3.code, 0, r3.out);
    assert.match(r3.out, /1000 read, 0 new, 1000 known, 0 analysed, 0 errors/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
