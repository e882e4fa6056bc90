// Workers on PostgreSQL: a worker killed with SIGKILL mid-run loses nothing; two workers resume
// and every article ends with exactly one result (no article analysed and written twice).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { REPO_ROOT } from '../testing/shared.js';
import { PgStore } from '../store/postgres/pg-store.js';
import { dropSchemas, PG_URL, pgUnavailable, testSchema, withSchema } from '../store/postgres/pg-testing.js';
import { syntheticArticles } from './corpus.js';

const reason = await pgUnavailable();
if (reason) console.log(`# worker tests ${reason}`);
const BIN = join(REPO_ROOT, 'bin', 'lagebild');
const N = 200;

function worker(url: string, ...args: string[]): ChildProcess {
  return spawn(process.execPath, [BIN, 'worker', '--db', url, '--once', ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
}

function exited(p: ChildProcess): Promise<{ code: number | null; signal: string | null; out: string }> {
  let out = '';
  p.stdout?.on('data', (c) => (out += c));
  p.stderr?.on('data', (c) => (out += c));
  return new Promise((resolve) => p.on('exit', (code, signal) => resolve({ code, signal, out })));
}

test('kill -9 of a worker mid-run, then two workers: every article has exactly one result', { skip: reason ?? false, timeout: 120_000 }, async () => {
  const schema = testSchema();
  const url = withSchema(PG_URL, schema);
  const store = await PgStore.open(url, { max: 2 });
  const q = async (sql: string) => Number(Object.values((await store.pool.query(sql)).rows[0])[0]);
  try {
    const puts = await store.putArticles(syntheticArticles(N, 3, 5));
    assert.equal(puts.filter((p) => p.inserted).length, N);
    assert.equal(await store.pendingCount(), N);

    const victim = worker(url, '--batch', '4', '--lease', '2');
    const first = exited(victim);
    let killedAt = -1;
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && victim.exitCode === null) {
      const n = await q(`SELECT count(*) FROM articles WHERE status = 'done'`);
      if (n >= 20) {
        victim.kill('SIGKILL');
        killedAt = n;
        break;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    const r1 = await first;
    assert.equal(r1.signal, 'SIGKILL', `the worker was not killed mid-run: ${r1.out}`);
    const doneByVictim = await q(`SELECT count(*) FROM articles WHERE status = 'done'`);
    assert.ok(killedAt >= 20 && doneByVictim < N, `killed after ${doneByVictim} results`);

    const [a, b] = await Promise.all([exited(worker(url, '--batch', '8')), exited(worker(url, '--batch', '8'))]);
    assert.equal(a.code, 0, a.out);
    assert.equal(b.code, 0, b.out);
    const analysed = [a, b].map((r) => Number(/worker: (\d+) analysed/.exec(r.out)?.[1] ?? NaN));
    // each article analysed and written once: the dead worker's committed batches + the two survivors'
    assert.equal(doneByVictim + analysed[0] + analysed[1], N, `victim ${doneByVictim}, survivors ${analysed}`);
    assert.equal(await q(`SELECT count(*) FROM articles WHERE status = 'done'`), N);
    assert.equal(await q('SELECT count(*) FROM results'), N);
    assert.equal(await q('SELECT count(*) FROM articles a WHERE n_events <> (SELECT count(*) FROM events e WHERE e.article_id = a.id)'), 0);
    assert.equal(await store.pendingCount(), 0);
  } finally {
    await store.close();
    await dropSchemas([schema]);
  }
});

test('claim with SKIP LOCKED: concurrent claims never hand out the same article', { skip: reason ?? false }, async () => {
  const schema = testSchema();
  const url = withSchema(PG_URL, schema);
  const store = await PgStore.open(url, { max: 8 });
  try {
    await store.putArticles(syntheticArticles(60, 2, 6));
    const batches = await Promise.all(Array.from({ length: 8 }, (_, i) => store.claim(`w${i}`, 10, 60_000)));
    const ids = batches.flat().map((c) => c.id);
    assert.equal(ids.length, 60);
    assert.equal(new Set(ids).size, 60);
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    try {
      const owners = await c.query(`SELECT count(DISTINCT lease_owner) AS n FROM "${schema}".articles`);
      assert.ok(Number(owners.rows[0].n) >= 2);
    } finally {
      await c.end();
    }
  } finally {
    await store.close();
    await dropSchemas([schema]);
  }
});

test('PostgreSQL drops every connection mid-run (as in a restart): the worker waits, resumes, loses nothing', { skip: reason ?? false, timeout: 120_000 }, async () => {
  const schema = testSchema();
  const url = withSchema(PG_URL, schema);
  const app = `lagebild-restart-${schema}`;
  const store = await PgStore.open(url, { max: 2, applicationName: app });
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  try {
    await store.putArticles(syntheticArticles(60, 2, 8));
    const { work } = await import('./worker.js');
    const notes: string[] = [];
    let killed = 0;
    const running = work(store, { once: true, batch: 4, retryMs: 50, leaseMs: 60_000, report: (l) => notes.push(l) });
    // terminate the worker's sessions twice while it runs (pg_terminate_backend = what a restart does to clients)
    while (killed < 2) {
      const done = Number((await admin.query(`SELECT count(*) AS n FROM "${schema}".articles WHERE status = 'done'`)).rows[0].n);
      if (done >= 8 * (killed + 1)) {
        const r = await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [app]);
        if (r.rowCount) killed++;
      }
      if (done >= 60) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    const s = await running;
    assert.ok(killed >= 1, 'no session was terminated');
    assert.ok(s.retries >= 1, `retries ${s.retries}`);
    assert.equal(s.analysed, 60, `analysed ${s.analysed}`);
    assert.equal(Number((await admin.query(`SELECT count(*) AS n FROM "${schema}".results`)).rows[0].n), 60);
    assert.equal(Number((await admin.query(`SELECT count(*) AS n FROM "${schema}".articles WHERE status <> 'done'`)).rows[0].n), 0);
  } finally {
    await admin.end();
    await store.close();
    await dropSchemas([schema]);
  }
});
