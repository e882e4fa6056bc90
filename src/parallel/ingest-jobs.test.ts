import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../ingest/ingest.js';
import { syntheticArticles } from '../ingest/corpus.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { AnalysisPool } from './pool.js';

// team-written: article 0 introduces a person with office and country, a later one names only the surname
const INTRO = 'US-Außenministerin Jane Example traf am Montag in Berlin den Bundeskanzler. Die Gespräche dauerten zwei Stunden.';
const LATER = 'Example sagte am Dienstag, die Gespräche seien gut verlaufen. Sie reiste danach weiter nach Paris.';

function corpusFile(dir: string): string {
  const arts = syntheticArticles(40, 5, 21).map((a) => ({ ...a }));
  arts.splice(0, 0, { id: 'intro', lang: 'de', date: '2025-03-03', title: 'intro', text: INTRO });
  arts.splice(20, 0, { id: 'later', lang: 'de', date: '2025-03-04', title: 'later', text: LATER });
  const f = join(dir, 'c.jsonl');
  writeFileSync(f, arts.map((a) => JSON.stringify(a)).join('\n'));
  return f;
}

/** Ingests the corpus into a new SQLite file; returns every stored result (JSON) and the learned fact names. */
async function run(dir: string, name: string, opts: { pool?: AnalysisPool; learn?: boolean; batch?: number }) {
  const store = await SqliteStore.open(join(dir, `${name}.db`));
  try {
    const s = await ingest(store, [corpusFile(dir)], { analyse: true, report: () => {}, ...opts });
    assert.equal(s.analysed, 42);
    assert.equal(s.errors, 0);
    const results: string[] = [];
    for await (const r of store.allResults()) results.push(JSON.stringify(r));
    const facts = (await store.registryFacts()).map((f) => `${f.name}|${f.country}|${f.role}|${f.articleId}`);
    return { results, facts };
  } finally {
    await store.close();
  }
}

test('ingest in worker threads stores the same results as in this thread (learning off)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-ingest-jobs-'));
  const pool = new AnalysisPool({ size: 2 });
  try {
    const one = await run(dir, 'one', { learn: false });
    const two = await run(dir, 'two', { learn: false, pool });
    assert.deepEqual(two.results, one.results);
  } finally {
    await pool.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('learning with workers gives exactly the one-thread results and facts (2 or 3 workers, any batch size)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-ingest-jobs-'));
  const p2 = new AnalysisPool({ size: 2 });
  const p3 = new AnalysisPool({ size: 3 });
  try {
    // one batch of 64 holds all 42: "later" (article 20) was sent to a worker before "intro" taught the
    // registry, so it is analysed again and resolves the surname as the one-thread run does
    const seq = await run(dir, 'seq', {});
    assert.ok(seq.facts.includes('Jane Example|USA|foreign minister|intro'), seq.facts.join('\n'));
    const later = JSON.parse(seq.results.find((r) => r.startsWith('{"id":"later"'))!);
    assert.equal(later.actors.find((x: { name: string }) => x.name === 'Jane Example')?.country, 'USA', 'control: the surname resolved');
    const a = await run(dir, 'a', { pool: p2 });
    assert.deepEqual(a.results, seq.results);
    assert.deepEqual(a.facts, seq.facts);
    const b = await run(dir, 'b', { pool: p3, batch: 8 });
    assert.deepEqual(b.results, seq.results);
    assert.deepEqual(b.facts, seq.facts);
  } finally {
    await p2.close();
    await p3.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
