// A really full disk: the SQLite database on a 4 MB tmpfs, `bin/lagebild ingest` as a real process
// on more articles than fit. It must stop with exit 1 and ONE line on stderr saying the disk is
// full (no stack trace), leave no partial rows (article batches all or nothing, every done article
// with exactly its result rows, no article turned into an error), a database that opens with
// integrity_check ok, and after space is freed the same command finishes the job.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { syntheticArticles } from '../ingest/corpus.js';
import { PG_REQUIRED } from '../store/postgres/pg-testing.js';
import { REPO_ROOT } from '../testing/shared.js';

const BIN = join(REPO_ROOT, 'bin', 'lagebild');
const N = 600;
const BATCH = 64; // src/ingest/ingest.ts: articles per transaction

const work = mkdtempSync(join(tmpdir(), 'lagebild-full-'));
const mnt = join(work, 'mnt');
let mounted = false;
let reason: string | null = null;
{
  mkdirSync(mnt);
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=4096k,mode=0700', 'tmpfs', mnt], { encoding: 'utf8' });
  if (r.error || r.status !== 0) reason = `cannot mount a tmpfs (${(r.error?.message ?? r.stderr ?? '').trim().split('\n')[0] || `exit ${r.status}`}; needs root)`;
  else mounted = true;
}
after(() => {
  if (mounted) spawnSync('umount', [mnt]);
  rmSync(work, { recursive: true, force: true });
});
// CI (LAGEBILD_PG_URL set) runs as root: there an unmountable tmpfs is a failure, not a skip
const skip = reason && !PG_REQUIRED ? `skipped: ${reason}` : false;
if (skip) console.log(`# full-disk test ${skip}`);

function ingest(file: string, db: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const p = spawn(process.execPath, [BIN, 'ingest', file, '--db', db], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '', stderr = '';
  p.stdout.on('data', (c) => (stdout += c));
  p.stderr.on('data', (c) => (stderr += c));
  return new Promise((resolve) => p.on('exit', (code) => resolve({ code, stdout, stderr })));
}

test('a full tmpfs stops ingest with one line, no partial rows, and a rerun after freeing space finishes', { skip, timeout: 120_000 }, async () => {
  if (reason) assert.fail(`LAGEBILD_PG_URL is set (CI) but ${reason}`);
  const file = join(work, 'articles.jsonl');
  const db = join(mnt, 'full.db');
  writeFileSync(file, `${syntheticArticles(N, 6, 9).map((a) => JSON.stringify(a)).join('\n')}\n`);

  const r = await ingest(file, db);
  assert.equal(r.code, 1, `exit ${r.code}\n${r.stdout}${r.stderr}`);
  const lines = r.stderr.split('\n').filter((l) => l.trim());
  assert.equal(lines.length, 1, `stderr:\n${r.stderr}`);
  assert.match(lines[0], /^lagebild ingest: .*full\.db: no space left \(database or disk is full\); the failed batch was rolled back/);
  assert.doesNotMatch(r.stderr, /\bat .*\.[jt]s:\d+|internal error/);

  const stored = (() => {
    const c = new Database(db, { fileMustExist: true });
    try {
      const one = (sql: string) => Object.values(c.prepare(sql).get() as object)[0] as number | string;
      assert.equal(one('PRAGMA integrity_check'), 'ok');
      const articles = one('SELECT count(*) FROM articles') as number;
      assert.ok(articles > 0 && articles < N, `${articles} of ${N} articles stored: the disk did not fill mid-run`);
      assert.equal(articles % BATCH, 0, `${articles} articles: a batch of ${BATCH} was stored in part`);
      assert.equal(one(`SELECT count(*) FROM articles WHERE status NOT IN ('done', 'pending')`), 0, 'an article became an error');
      assert.equal(one(`SELECT count(*) FROM articles a WHERE (a.status = 'done') <> EXISTS (SELECT 1 FROM results r WHERE r.article_id = a.id)`), 0);
      for (const layer of ['events', 'quotes', 'mentions', 'actors']) {
        const off = one(`SELECT count(*) FROM articles a WHERE coalesce((SELECT json_array_length(r.json, '$.${layer}') FROM results r WHERE r.article_id = a.id), 0) <> (SELECT count(*) FROM ${layer} x WHERE x.article_id = a.id)`);
        assert.equal(off, 0, `${layer}: ${off} articles whose rows differ from their result`);
      }
      assert.equal(one('SELECT count(*) FROM quotes_fts'), one('SELECT count(*) FROM quotes'));
      return { articles, done: one(`SELECT count(*) FROM articles WHERE status = 'done'`) as number };
    } finally {
      c.close();
    }
  })();
  console.log(`# full disk after ${stored.articles} articles stored, ${stored.done} analysed`);

  // free space (grow the tmpfs) and run the same command again: it resumes and finishes
  const grow = spawnSync('mount', ['-o', 'remount,size=65536k', mnt], { encoding: 'utf8' });
  assert.equal(grow.status, 0, grow.stderr);
  const r2 = await ingest(file, db);
  assert.equal(r2.code, 0, `${r2.stdout}${r2.stderr}`);
  assert.match(r2.stdout, new RegExp(`${N} read, ${N - stored.articles} new, ${stored.articles} known, ${N - stored.done} analysed, 0 errors`));
  const c = new Database(db, { readonly: true });
  try {
    const one = (sql: string) => Object.values(c.prepare(sql).get() as object)[0];
    assert.equal(one('PRAGMA integrity_check'), 'ok');
    assert.equal(one(`SELECT count(*) FROM articles WHERE status = 'done'`), N);
    assert.equal(one('SELECT count(*) FROM results'), N);
  } finally {
    c.close();
  }
});
