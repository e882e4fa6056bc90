import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { ingest } from './ingest.js';
import { work } from './worker.js';
import { syntheticArticles } from './corpus.js';

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-ingest-'));
  const file = join(dir, 'in.jsonl');
  const arts = syntheticArticles(12, 3, 7);
  const lines = arts.map((a) => JSON.stringify(a));
  lines.splice(5, 0, '{"id": "broken", "text": ');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return { dir, file, arts };
}

test('ingest stores and analyses; a second run adds nothing; read errors are counted', async () => {
  const { dir, file } = setup();
  const store = await SqliteStore.open(join(dir, 'x.db'));
  const lines: string[] = [];
  try {
    const first = await ingest(store, [file], { analyse: true, report: (l) => lines.push(l) });
    assert.deepEqual(first, { read: 13, new: 12, known: 0, analysed: 12, errors: 1, sourceErrors: 0, pending: 0 });
    assert.equal(lines.length, 1);
    assert.match(lines[0], /in\.jsonl:6/);
    const c1 = await store.counts();
    assert.deepEqual([c1.articles, c1.done], [12, 12]);
    const second = await ingest(store, [file], { analyse: true, report: () => {} });
    assert.deepEqual(second, { read: 13, new: 0, known: 12, analysed: 0, errors: 1, sourceErrors: 0, pending: 0 });
    assert.deepEqual(await store.counts(), c1);
    const missing = await ingest(store, [join(dir, 'nope.jsonl')], { analyse: true, report: () => {} });
    assert.deepEqual([missing.sourceErrors, missing.errors, missing.read], [1, 1, 0]);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('ingest resumes pending articles; enqueue-only leaves work for a worker', async () => {
  const { dir, file, arts } = setup();
  const store = await SqliteStore.open(join(dir, 'x.db'));
  try {
    const queued = await ingest(store, [file], { analyse: false, report: () => {} });
    assert.deepEqual([queued.new, queued.analysed, queued.pending], [12, 0, 12]);
    // an interrupted earlier run: some articles stored, never analysed
    const resumed = await ingest(store, [file], { analyse: true, report: () => {} });
    assert.deepEqual([resumed.new, resumed.known, resumed.analysed, resumed.pending], [0, 12, 12, 0]);
    assert.equal((await store.counts()).done, 12);
    // a pending article that is not in the sources any more is still picked up
    const { id } = await store.putArticle({ ...arts[0], id: 'extra', text: `${arts[0].text} Nachtrag.` });
    const again = await ingest(store, [], { analyse: true, report: () => {} });
    assert.deepEqual([again.analysed, again.pending], [1, 0]);
    assert.equal((await store.getArticle(id))?.status, 'done');
    await store.putArticle({ text: 'Ein weiterer Artikel, den ein Worker analysiert, nicht ingest.' });
    const w = await work(store, { once: true, batch: 4 });
    assert.deepEqual([w.analysed, w.errors], [1, 0]);
    assert.equal(await store.pendingCount(), 0);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('ingest from a URL: refused on loopback by default, fetched with allowPrivate', async () => {
  const { createServer } = await import('node:http');
  const page = '<html><head><title>Gipfel in Genf</title></head><body><article><h1>Gipfel in Genf</h1>' +
    '<p>Die Außenminister von Kanada und Mexiko trafen sich am Montag in Genf zu Gesprächen über Handelsfragen.</p>' +
    '<p>Beide Seiten vereinbarten ein weiteres Treffen im Frühjahr, wie ein Sprecher mitteilte.</p></article></body></html>';
  const srv = createServer((_req, res) => { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(page); });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(srv.address() as { port: number }).port}/genf.html`;
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-ingest-'));
  const store = await SqliteStore.open(join(dir, 'u.db'));
  try {
    const refused = await ingest(store, [url], { analyse: true, report: () => {} });
    assert.equal(refused.new, 0);
    assert.equal(refused.errors, 1);
    const ok = await ingest(store, [url], { analyse: true, allowPrivate: true, report: () => {} });
    assert.deepEqual([ok.new, ok.analysed, ok.errors], [1, 1, 0]);
    const [a] = await store.listArticles();
    assert.match((await store.getArticle(a.id))?.text ?? '', /Genf zu Gesprächen/);
  } finally {
    srv.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('two concurrent ingests on one SQLite file analyse each article once (issue 15, item 15)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-ingest-'));
  const file = join(dir, 'both.jsonl');
  const arts = syntheticArticles(40, 3, 11);
  writeFileSync(file, `${arts.map((a) => JSON.stringify(a)).join('\n')}\n`);
  const a = await SqliteStore.open(join(dir, 'shared.db'));
  const b = await SqliteStore.open(join(dir, 'shared.db'));
  try {
    const [ra, rb] = await Promise.all([
      ingest(a, [file], { analyse: true, batch: 2, report: () => {} }),
      ingest(b, [file], { analyse: true, batch: 2, report: () => {} }),
    ]);
    assert.equal(ra.new + rb.new, 40);
    assert.equal(ra.analysed + rb.analysed, 40, `analysed ${ra.analysed} + ${rb.analysed}`);
    assert.deepEqual([ra.errors, rb.errors, ra.pending, rb.pending], [0, 0, 0, 0]);
    assert.equal((await a.counts()).done, 40);
    // every article was leased exactly once
    const attempts = a.db.prepare('SELECT attempts, count(*) AS n FROM articles GROUP BY attempts').all();
    assert.deepEqual(attempts, [{ attempts: 1, n: 40 }]);
  } finally {
    await a.close();
    await b.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('ingest leaves alone the pending articles another ingest or worker holds a lease on (issue 15, item 15)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-ingest-'));
  const file = join(dir, 'held.jsonl');
  const arts = syntheticArticles(10, 3, 5);
  writeFileSync(file, `${arts.map((a) => JSON.stringify(a)).join('\n')}\n`);
  const other = await SqliteStore.open(join(dir, 'held.db'));
  const me = await SqliteStore.open(join(dir, 'held.db'));
  try {
    // the other process stored the articles and is analysing them (its lease runs)
    await other.putArticles(arts);
    assert.equal((await other.claim('other-ingest', 100, 60_000)).length, 10);
    const s = await ingest(me, [file], { analyse: true, report: () => {} });
    assert.deepEqual([s.known, s.analysed, s.pending], [10, 0, 10]);
    assert.equal((await me.counts()).done, 0);
  } finally {
    await other.close();
    await me.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a rerun takes over the leases of a crashed ingest on this machine (dead pid), not of a live one', async () => {
  const { spawnSync } = await import('node:child_process');
  const { hostname } = await import('node:os');
  const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-ingest-'));
  const file = join(dir, 'crashed.jsonl');
  const arts = syntheticArticles(6, 3, 9);
  writeFileSync(file, `${arts.map((a) => JSON.stringify(a)).join('\n')}\n`);
  const store = await SqliteStore.open(join(dir, 'crashed.db'));
  try {
    const puts = await store.putArticles(arts);
    // three leased by a run that died (full disk, kill -9), three by this very process's other work
    assert.equal((await store.claimIds(`ingest@${hostname()}:${dead}:1`, puts.slice(0, 3).map((p) => p.id), 600_000)).length, 3);
    assert.equal((await store.claimIds(`worker@${hostname()}:${process.pid}`, puts.slice(3).map((p) => p.id), 600_000)).length, 3);
    const s = await ingest(store, [file], { analyse: true, report: () => {} });
    assert.deepEqual([s.known, s.analysed, s.pending], [6, 3, 3]);
    assert.deepEqual(await store.leaseOwners(), [`worker@${hostname()}:${process.pid}`]);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
