import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from './server.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import type { RegistryAddResponse, RegistryResponse } from './registry-route.js';

const post = (base: string, body: unknown, headers: Record<string, string> = {}) => fetch(new URL('/api/registry', base), {
  method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body),
});

test('GET/POST /api/registry on a SQLite store: add analyst facts, list with filters, 400 on bad facts, token beyond loopback', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-reg-api-'));
  const store = await SqliteStore.open(join(dir, 'r.db'));
  await store.addRegistryFacts([{
    name: 'Jane Example', type: 'PER', country: 'USA', role: 'foreign minister', source: 'learned',
    articleId: 'art-1', span: { start: 0, end: 31 }, evidence: 'US-Außenministerin Jane Example',
  }]);
  const srv = await startServer({ store, port: 0, staticDir: dir });
  const locked = await startServer({ store, port: 0, host: '0.0.0.0', staticDir: dir, token: 's3cret' });
  try {
    const res = await post(srv.url, { name: 'Jane Example', country: 'can', sector: 'GOV' });
    assert.equal(res.status, 201);
    const added = (await res.json()) as RegistryAddResponse;
    assert.deepEqual(added.added.map((f) => [f.name, f.source, f.country, f.sector]), [['Jane Example', 'analyst', 'CAN', 'GOV']]);
    assert.equal((await post(srv.url, { facts: [{ name: 'Nordwerk Example', type: 'ORG', country: 'DEU' }] })).status, 201);

    const list = async (q: string) => ((await (await fetch(new URL(`/api/registry${q}`, srv.url))).json()) as RegistryResponse).items;
    assert.deepEqual((await list('')).map((f) => f.source), ['learned', 'analyst', 'analyst']);
    const learned = await list('?source=learned');
    assert.deepEqual([learned.length, learned[0].articleId, learned[0].span], [1, 'art-1', { start: 0, end: 31 }]);
    assert.deepEqual((await list('?q=nordwerk')).map((f) => f.name), ['Nordwerk Example']);
    assert.equal((await fetch(new URL('/api/registry?source=gossip', srv.url))).status, 400);

    const bad: [unknown, RegExp][] = [
      ['{not json', /must be JSON/],
      [{ country: 'USA' }, /fact 1: name must not be empty/],
      [[{ name: 'A B' }, { name: 'C D', type: 'THING' }], /fact 2: type/],
      [[], /1 to 1000/],
    ];
    for (const [body, re] of bad) {
      const r = await post(srv.url, body);
      assert.equal(r.status, 400, JSON.stringify(body));
      assert.match(((await r.json()) as { error: string }).error, re);
    }
    assert.equal((await store.registryFacts()).length, 3, 'rejected posts wrote nothing');

    assert.equal((await post(locked.url, { name: 'Tok Example' })).status, 401);
    assert.equal((await post(locked.url, { name: 'Tok Example' }, { authorization: 'Bearer wrong' })).status, 401);
    assert.equal((await post(locked.url, { name: 'Tok Example' }, { authorization: 'Bearer s3cret' })).status, 201);
  } finally {
    await srv.close();
    await locked.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('POST /api/articles on a SQLite store learns: a later article with the surname only resolves; analyst POSTs apply next', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-reg-api-'));
  const store = await SqliteStore.open(join(dir, 'r.db'));
  const srv = await startServer({ store, port: 0, staticDir: dir });
  const add = async (text: string) => {
    const res = await fetch(new URL('/api/articles', srv.url), {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text, lang: 'de', date: '2025-03-03' }),
    });
    assert.equal(res.status, 201);
    const body = (await res.json()) as { items: { id: string }[] };
    const art = await store.getArticle(body.items[0].id);
    assert.ok(art?.result);
    return art.result;
  };
  const actorFor = (r: NonNullable<Awaited<ReturnType<typeof add>>>, text: string) =>
    r.actors.find((a) => a.id === r.mentions.find((m) => m.text === text)?.actor);
  try {
    await add('US-Außenministerin Jane Example traf am Montag in Berlin den Bundeskanzler.');
    const a = actorFor(await add('Example sagte am Dienstag, die Gespräche seien gut verlaufen.'), 'Example');
    assert.deepEqual([a?.name, a?.country, a?.role], ['Jane Example', 'USA', 'foreign minister']);
    assert.equal((await post(srv.url, { name: 'Jane Example', country: 'CAN' })).status, 201);
    const b = actorFor(await add('Example erklärte am Mittwoch, sie reise weiter.'), 'Example');
    assert.deepEqual([b?.name, b?.country], ['Jane Example', 'CAN']);
  } finally {
    await srv.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
