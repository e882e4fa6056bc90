// A worker survives real PostgreSQL restarts: a private cluster (initdb into a temporary folder,
// its own port; the shared server other tests use is never touched) is stopped twice while the
// worker runs, once cleanly (pg_ctl stop -m fast) and once as a crash (-m immediate, recovery on
// start), each time for 1.5 s. The worker waits, resumes, and every article ends with exactly one
// result: status done, one results row, layer rows matching the result JSON (nothing written twice).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import type { Progress } from './progress.js';
import { PgStore } from '../store/postgres/pg-store.js';
import { clusterUnavailable, PgCluster } from '../store/postgres/pg-cluster.js';
import { PG_REQUIRED, withSchema } from '../store/postgres/pg-testing.js';
import { syntheticArticles } from './corpus.js';
import { work } from './worker.js';

const N = 200;
const SCHEMA = 'lagebild_restart';

let cluster: PgCluster | null = null;
let reason = clusterUnavailable();
if (!reason) {
  try {
    cluster = await PgCluster.create();
  } catch (err) {
    reason = (err as Error).message;
  }
}
after(async () => { await cluster?.destroy(); });
// CI (LAGEBILD_PG_URL set) has PostgreSQL installed: there a missing tool is a failure, not a skip
const skip = reason && !PG_REQUIRED ? `skipped: cannot run a private PostgreSQL cluster: ${reason}` : false;
if (skip) console.log(`# worker restart test ${skip}`);

/** One value from a fresh connection (the store's own pool is the thing under test). */
async function one(url: string, sql: string, schema?: string): Promise<unknown> {
  const c = new pg.Client({ connectionString: url });
  c.on('error', () => {});
  await c.connect();
  try {
    if (schema) await c.query(`SET search_path TO ${schema}`);
    return Object.values((await c.query(sql)).rows[0])[0];
  } finally {
    await c.end().catch(() => {});
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('PostgreSQL stopped and started twice (fast, then immediate) during a worker run: one result per article', { skip, timeout: 90_000 }, async () => {
  if (reason || !cluster) assert.fail(`LAGEBILD_PG_URL is set (CI) but no private PostgreSQL cluster can be made: ${reason}`);
  const c = cluster;
  const url = withSchema(c.url, SCHEMA);
  const store = await PgStore.open(url, { max: 2 });
  try {
    const puts = await store.putArticles(syntheticArticles(N, 3, 77));
    assert.equal(puts.filter((p) => p.inserted).length, N);
    const bootTimes = [String(await one(c.url, 'SELECT pg_postmaster_start_time()'))];

    let done = 0;
    const progress = { update: (x: { done: number }) => { done = x.done; }, stop: () => {} } as unknown as Progress;
    const notes: string[] = [];
    let finished = false;
    const running = work(store, { once: true, batch: 4, retryMs: 200, leaseMs: 5_000, progress, report: (l) => notes.push(l) })
      .finally(() => { finished = true; });

    const doneAtStop: number[] = [];
    for (const [at, mode] of [[40, 'fast'], [120, 'immediate']] as const) {
      while (done < at && !finished) await sleep(5);
      assert.ok(!finished, `the worker finished before the ${mode} stop (${done} written): ${notes.join(' | ')}`);
      doneAtStop.push(done);
      await c.stop(mode);
      await sleep(1500);
      await c.start();
      bootTimes.push(String(await one(c.url, 'SELECT pg_postmaster_start_time()')));
    }
    const s = await running;

    assert.equal(new Set(bootTimes).size, 3, `the server was not restarted twice: ${bootTimes.join(', ')}`);
    assert.ok(doneAtStop.every((d) => d < N), `stops after ${doneAtStop} results`);
    assert.ok(s.retries >= 2, `retries ${s.retries}: ${notes.join(' | ')}`);
    assert.ok(notes.some((l) => /^worker: database unavailable \(.+\); retrying in \d+ s$/.test(l)), notes.join(' | '));
    assert.equal(s.analysed, N, `analysed ${s.analysed}`);
    assert.equal(s.errors, 0);

    const q = (sql: string) => one(c.url, sql, SCHEMA);
    assert.equal(Number(await q(`SELECT count(*) FROM articles WHERE status = 'done'`)), N);
    assert.equal(Number(await q('SELECT count(*) FROM results')), N);
    assert.equal(Number(await q('SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM results r WHERE r.article_id = a.id)')), 0);
    // every layer holds exactly the rows of the stored result: no row written twice, none missing
    for (const layer of ['events', 'quotes', 'mentions', 'actors']) {
      const off = await q(`SELECT count(*) FROM results r WHERE json_array_length(r.json->'${layer}') <> (SELECT count(*) FROM ${layer} x WHERE x.article_id = r.article_id)`);
      assert.equal(Number(off), 0, `${layer}: ${off} articles whose rows differ from their result`);
    }
    assert.equal(Number(await q('SELECT count(*) FROM articles a WHERE n_events <> (SELECT count(*) FROM events e WHERE e.article_id = a.id)')), 0);
    assert.ok(Number(await q('SELECT sum(json_array_length(json->\'events\')) FROM results')) > 0, 'the articles produced no events at all');
    assert.equal(await store.pendingCount(), 0);
    console.log(`# restart test: stops after ${doneAtStop.join(' and ')} of ${N} results, ${s.retries} retries, ${s.seconds.toFixed(1)} s`);
  } finally {
    await store.close();
  }
});
