import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Result } from '../contract/schema.js';
import { analyze } from '../pipeline/analyze.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { ingest } from './ingest.js';
import { work } from './worker.js';

// self-written articles about a fictional person the starter registry does not know
const FIRST = 'US-Außenministerin Jane Example traf am Montag in Berlin den Bundeskanzler. Die Gespräche dauerten zwei Stunden.';
const SECOND = 'Example sagte am Dienstag, die Gespräche seien gut verlaufen. Sie reiste danach weiter nach Paris.';

function actorOf(r: Result, text: string) {
  const m = r.mentions.find((x) => x.text === text);
  assert.ok(m?.actor, `mention "${text}" has an actor`);
  return r.actors.find((a) => a.id === m.actor);
}

/** The stored result of the one article whose text starts with `prefix` (asserts there is one). */
async function resultStarting(store: SqliteStore, prefix: string): Promise<Result> {
  const hits = [];
  for (const sum of await store.listArticles()) {
    const art = await store.getArticle(sum.id);
    if (art?.text.startsWith(prefix)) hits.push(art);
  }
  assert.equal(hits.length, 1, `one article starts with "${prefix}"`);
  assert.ok(hits[0].result, `"${prefix}..." was analysed`);
  return hits[0].result;
}

async function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-learn-'));
  const files = [FIRST, SECOND].map((text, i) => {
    const f = join(dir, `a${i + 1}.jsonl`);
    writeFileSync(f, `${JSON.stringify({ id: `art-${i + 1}`, text, lang: 'de', date: '2025-03-03' })}\n`);
    return f;
  });
  const store = await SqliteStore.open(join(dir, 'x.db'));
  return { dir, files, store, done: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
}

test('without the registry the surname alone is nobody known (control)', () => {
  const r = analyze({ id: 'x', text: SECOND, lang: 'de', date: '2025-03-03' });
  assert.ok(!('error' in r));
  const a = r.actors.find((x) => x.name.includes('Example'));
  assert.equal(a?.country ?? null, null);
});

test('ingest 1 then 2: the surname resolves to the actor article 1 introduced, with provenance', async () => {
  const { files, store, done } = await setup();
  try {
    const s = await ingest(store, files, { analyse: true, report: () => {} });
    assert.equal(s.analysed, 2);
    const facts = await store.registryFacts();
    const fact = facts.find((f) => f.name === 'Jane Example');
    assert.ok(fact, 'Jane Example was learned');
    assert.equal(fact.source, 'learned');
    const first = await store.getArticle(fact.articleId ?? '');
    assert.ok(first, 'the fact names a stored article');
    assert.ok(first.text.startsWith('US-Außenministerin'), 'provenance points to article 1');
    assert.ok(fact.span);
    assert.equal(first.text.slice(fact.span.start, fact.span.end), fact.evidence);
    assert.match(fact.evidence ?? '', /Außenministerin Jane Example/);
    assert.deepEqual([fact.country, fact.role], ['USA', 'foreign minister']);

    const a = actorOf(await resultStarting(store, 'Example'), 'Example');
    assert.deepEqual([a?.name, a?.country, a?.role, a?.sector], ['Jane Example', 'USA', 'foreign minister', 'GOV']);
  } finally {
    await done();
  }
});

test('order matters and is documented: 2 before 1 leaves the surname unresolved; learn:false learns nothing', async () => {
  const { files, store, done } = await setup();
  try {
    await ingest(store, [files[1], files[0]], { analyse: true, report: () => {} });
    assert.equal(actorOf(await resultStarting(store, 'Example'), 'Example')?.country ?? null, null);
    // article 1 still taught the registry, for whatever comes next
    assert.deepEqual((await store.registryFacts()).map((f) => f.name), ['Jane Example']);
  } finally {
    await done();
  }
  const b = await setup();
  try {
    await ingest(b.store, b.files, { analyse: true, learn: false, report: () => {} });
    assert.deepEqual(await b.store.registryFacts(), []);
  } finally {
    await b.done();
  }
});

test('analyst facts win over learned ones; workers learn too', async () => {
  const { files, store, done } = await setup();
  try {
    await store.addRegistryFacts([{ name: 'Jane Example', type: 'PER', country: 'CAN', source: 'analyst' }]);
    await ingest(store, files, { analyse: false, report: () => {} });
    await work(store, { once: true, batch: 1 });
    const a = actorOf(await resultStarting(store, 'Example'), 'Example');
    // the analyst's country stands; the role comes from article 1
    assert.deepEqual([a?.country, a?.role], ['CAN', 'foreign minister']);
    const learned = (await store.registryFacts()).filter((f) => f.source === 'learned');
    assert.deepEqual(learned.map((f) => [f.name, f.country]), [['Jane Example', 'USA']]);
  } finally {
    await done();
  }
});
