/**
 * The correction routes over HTTP on a SQLite store: POST adds (400 for a bad correction, with
 * one plain line), GET lists the audit trail, and the read routes and the CSV export show the
 * corrected view; an alias becomes an analyst fact of the registry.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { ARTICLES, fixtureResults } from '../store/fixtures.js';
import { startServer } from './server.js';

test('corrections over HTTP: add, audit list, corrected reads and export, alias into the registry', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-corr-'));
  const store = await SqliteStore.open(join(dir, 'c.db'));
  const srv = await startServer({ store, port: 0, staticDir: dir });
  try {
    const results = fixtureResults();
    for (const [k, a] of Object.entries(ARTICLES)) {
      const { id } = await store.putArticle(a);
      await store.putResult(id, results[k as keyof typeof ARTICLES]);
    }
    const post = (body: unknown) => fetch(`${srv.url}api/corrections`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
    });
    const bad = await post({ kind: 'event', articleId: 'fx-tariffs', eventId: 'e1', field: 'type', value: 'HUG' });
    assert.equal(bad.status, 400);
    assert.match((await bad.json()).error, /not a PLOVER event type/);
    assert.equal((await post('{')).status, 400);
    const ok = await post({ kind: 'event', articleId: 'fx-tariffs', eventId: 'e1', field: 'flag', value: 'wrong', author: 'ana' });
    assert.equal(ok.status, 201);
    assert.equal((await ok.json()).added[0].author, 'ana');
    assert.equal((await post({ kind: 'actor-alias', name: 'China', value: 'Volksrepublik China', author: 'ana' })).status, 201);
    const audit = await (await fetch(`${srv.url}api/corrections`)).json();
    assert.deepEqual(audit.items.map((c: { kind: string }) => c.kind), ['actor-alias', 'event']);
    const events = await (await fetch(`${srv.url}api/events?source=USA&target=CHN`)).json();
    assert.equal(events.items.find((e: { articleId: string; eventId: string }) => e.articleId === 'fx-tariffs' && e.eventId === 'e1').flagged, true);
    const csv = await (await fetch(`${srv.url}api/export?format=csv`)).text();
    assert.ok(!csv.includes('imposed new tariffs'), 'the flagged event is not exported');
    assert.ok(csv.includes('accused'));
    const reg = await (await fetch(`${srv.url}api/registry?source=analyst`)).json();
    assert.deepEqual(reg.items.map((f: { name: string; aliases: string[] }) => [f.name, f.aliases]), [['China', ['Volksrepublik China']]]);
  } finally {
    await srv.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
