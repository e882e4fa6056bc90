/**
 * The queue worker (`lagebild worker`) and the server's resume of pending articles in the
 * analysis pool: the same stored results (and learned facts) as in the command's own thread.
 *
 * node --import tsx --test src/parallel/worker-jobs.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { work } from '../ingest/worker.js';
import { syntheticArticles } from '../ingest/corpus.js';
import { analyseOutcome } from '../ingest/analyse-one.js';
import { resumePending } from '../server/resume.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import type { ArticleIn } from '../contract/schema.js';
import { AnalysisPool } from './pool.js';
import { parseNice } from './jobs.js';
import type { Task, TaskResult } from './messages.js';

/** A pool that counts the tasks it is given (a control that the pool, not this thread, analysed). */
class CountingPool extends AnalysisPool {
  tasks = 0;
  override run<T extends Task>(task: T, first = false): Promise<TaskResult<T>> {
    this.tasks++;
    return super.run(task, first);
  }
}

// team-written: the first article introduces a person with office and country, a later one names only the surname
const INTRO = 'US-Außenministerin Jane Example traf am Montag in Berlin den Bundeskanzler. Die Gespräche dauerten zwei Stunden.';
const LATER = 'Example sagte am Dienstag, die Gespräche seien gut verlaufen. Sie reiste danach weiter nach Paris.';

function articles(): ArticleIn[] {
  const arts: ArticleIn[] = syntheticArticles(30, 5, 31);
  arts.splice(0, 0, { id: 'intro', lang: 'de', date: '2025-03-03', title: 'intro', text: INTRO });
  arts.splice(9, 0, { id: 'later', lang: 'de', date: '2025-03-04', title: 'later', text: LATER });
  return arts;
}

/** Stores the articles as pending in a new SQLite file, runs `fn` on it; returns the stored results and learned facts. */
async function withPending(dir: string, name: string, fn: (s: SqliteStore) => Promise<unknown>) {
  const store = await SqliteStore.open(join(dir, `${name}.db`));
  try {
    for (const a of articles()) await store.putArticle(a);
    assert.equal(await store.pendingCount(), 32);
    await fn(store);
    assert.equal(await store.pendingCount(), 0);
    const results: string[] = [];
    for await (const r of store.allResults()) results.push(JSON.stringify(r));
    const facts = (await store.registryFacts()).map((f) => `${f.name}|${f.country}|${f.role}|${f.articleId}`);
    return { results, facts };
  } finally {
    await store.close();
  }
}

test('worker --jobs 2: the same results and learned facts as in one thread (batches of 16 and 5)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-worker-jobs-'));
  const pool = new CountingPool({ size: 2 });
  try {
    const quiet = { once: true, report: () => {} };
    const one = await withPending(dir, 'one', (s) => work(s, { ...quiet, batch: 16 }));
    assert.equal(one.results.length, 32);
    assert.ok(one.facts.includes('Jane Example|USA|foreign minister|intro'), one.facts.join('\n'));
    const later = JSON.parse(one.results.find((r) => r.startsWith('{"id":"later"'))!);
    assert.equal(later.actors.find((x: { name: string }) => x.name === 'Jane Example')?.country, 'USA', 'control: the surname resolved');
    const a = await withPending(dir, 'a', (s) => work(s, { ...quiet, batch: 16, pool }));
    assert.ok(pool.tasks >= 32, `the pool analysed every article (${pool.tasks} tasks)`);
    assert.deepEqual(a.results, one.results);
    assert.deepEqual(a.facts, one.facts);
    const b = await withPending(dir, 'b', (s) => work(s, { ...quiet, batch: 5, pool }));
    assert.deepEqual(b.results, one.results);
    assert.deepEqual(b.facts, one.facts);
    const noLearn = await withPending(dir, 'c', (s) => work(s, { ...quiet, learn: false }));
    const noLearnPooled = await withPending(dir, 'd', (s) => work(s, { ...quiet, learn: false, pool }));
    assert.deepEqual(noLearnPooled.results, noLearn.results);
    assert.notDeepEqual(noLearn.results, one.results, 'control: learning changes a result');
  } finally {
    await pool.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('resume at server start analyses the pending articles in the pool, batch by batch', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-resume-jobs-'));
  const pool = new CountingPool({ size: 2 });
  try {
    // a pool that records what it is asked, analysing in this thread
    const asked: string[] = [];
    const recording = {
      size: 3,
      run: async (task: Task) => {
        assert.equal(task.kind, 'outcome');
        if (task.kind !== 'outcome') throw new Error('unexpected task');
        asked.push(task.id);
        return { outcome: analyseOutcome(task.id, task.article), facts: [] };
      },
    } as unknown as AnalysisPool;
    let count = -1;
    const inThread = await withPending(dir, 'r1', async (s) => { count = await resumePending(s, undefined, () => {}, recording); });
    assert.equal(count, 32);
    assert.equal(asked.length, 32, 'every article went through the pool');
    assert.equal(new Set(asked).size, 32);
    const pooled = await withPending(dir, 'r2', (s) => resumePending(s, undefined, () => {}, pool));
    assert.deepEqual(pooled.results, inThread.results);
    assert.equal(pool.tasks, 32);
    assert.deepEqual(pooled.facts, []);
    // nothing pending: no pool is asked for (the shared pool's threads are not started)
    const empty = await SqliteStore.open(join(dir, 'empty.db'));
    try {
      assert.equal(await resumePending(empty, undefined, () => {}, { size: 1, run: () => { throw new Error('must not be called'); } } as unknown as AnalysisPool), 0);
    } finally {
      await empty.close();
    }
  } finally {
    await pool.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--nice of ingest and worker: a whole number from 0 to 19, default 0', () => {
  const cases: [string | undefined, number | null][] = [[undefined, 0], ['0', 0], ['10', 10], ['19', 19], ['20', null], ['-1', null], ['x', null], ['1.5', null]];
  for (const [v, want] of cases) {
    if (want === null) assert.throws(() => parseNice(v), /--nice must be a whole number from 0 to 19/, String(v));
    else assert.equal(parseNice(v), want, String(v));
  }
});
