import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { PgStore } from '../store/postgres/pg-store.js';
import { dropSchemas, PG_URL, pgUnavailable, testSchema, withSchema } from '../store/postgres/pg-testing.js';

import { ingest } from './ingest.js';
import type { Store } from '../store/store.js';

const reason = await pgUnavailable();
if (reason) console.log(`# poison-pill PostgreSQL test ${reason}`);

/** A JSONL file whose 2nd and 4th lines carry NUL and lone surrogates (as JSON escapes) in text and title. */
function poisonFile(dir: string): string {
  const file = join(dir, 'poison.jsonl');
  const lines = [
    '{"id": "g1", "text": "Der Außenminister reiste am Montag nach Wien und traf dort seinen Amtskollegen."}',
    '{"id": "p1", "title": "Titel\\u0000mit NUL", "text": "Ein Text\\u0000 mit NUL-Zeichen über die Regierung in Berlin."}',
    '{"id": "g2", "text": "Die Regierung in Madrid kündigte am Dienstag neue Zölle auf Stahl an."}',
    '{"id": "p2", "title": "halb\\ud800", "source": "Quelle\\udc00", "text": "Ein Text mit einem halben\\udbff Zeichen über Gespräche in Rom."}',
    '{"id": "g3", "text": "In Warschau protestierten am Mittwoch Tausende gegen die Reform."}',
  ];
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

async function checkPoison(store: Store, file: string): Promise<void> {
  const lines: string[] = [];
  const s = await ingest(store, [file], { analyse: true, report: (l) => lines.push(l) });
  assert.deepEqual([s.read, s.new, s.analysed, s.errors, s.pending], [5, 5, 5, 0, 0], lines.join('\n'));
  const p1 = await store.getArticle('p1');
  assert.equal(p1?.text, 'Ein Text mit NUL-Zeichen über die Regierung in Berlin.');
  assert.equal(p1?.title, 'Titelmit NUL');
  assert.equal(p1?.status, 'done');
  const p2 = await store.getArticle('p2');
  assert.equal(p2?.title, 'halb\ufffd');
  assert.equal(p2?.source, 'Quelle\ufffd');
  assert.match(p2?.text ?? '', /halben\ufffd Zeichen/);
  // the change is recorded as a diagnostic of stage "read"
  const notes = p1?.result?.diagnostics.filter((d) => d.stage === 'read').map((d) => d.message).join(' | ');
  assert.match(notes ?? '', /removed 1 NUL character\(s\) in field "text"/);
  assert.match(notes ?? '', /field "title"/);
  assert.match(p2?.result?.diagnostics.map((d) => d.message).join(' | ') ?? '', /replaced 1 lone surrogate\(s\) by U\+FFFD in field "source"/);
  // a rerun finds everything known
  const again = await ingest(store, [file], { analyse: true, report: () => {} });
  assert.deepEqual([again.new, again.known, again.errors], [0, 5, 0]);
}

test('ingest: NUL and lone surrogates are cleaned at the door, noted, and cost no article (SQLite)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-poison-'));
  const store = await SqliteStore.open(join(dir, 'p.db'));
  try {
    await checkPoison(store, poisonFile(dir));
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('ingest: NUL and lone surrogates are cleaned at the door, noted, and cost no article (PostgreSQL)', { skip: reason ?? false }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-poison-'));
  const schema = testSchema();
  const store = await PgStore.open(withSchema(PG_URL, schema), { max: 2 });
  try {
    await checkPoison(store, poisonFile(dir));
  } finally {
    await store.close();
    await dropSchemas([schema]);
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A store whose batch write refuses any batch holding an article with "GIFT" (a data error), like a constraint would. */
function refusing(store: SqliteStore, code: string): Store {
  const put = store.putArticles.bind(store);
  return Object.assign(Object.create(store), {
    putArticles: async (arts: { text: string }[]) => {
      if (arts.some((a) => a.text.includes('GIFT'))) throw Object.assign(new Error(`refused (${code})`), { code });
      return put(arts as never);
    },
  }) as Store;
}

test('ingest: a batch refused for one article\'s data falls back per article; a full disk stops the run', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-poison-'));
  const file = join(dir, 'b.jsonl');
  writeFileSync(file, [
    'Die Regierung in Oslo beriet am Montag über den Haushalt.',
    'GIFT: ein Artikel, den die Datenbank ablehnt, über Gespräche in Lissabon.',
    'In Prag trafen sich am Dienstag die Minister der Nachbarstaaten.',
  ].map((text) => JSON.stringify({ text })).join('\n'));
  const store = await SqliteStore.open(join(dir, 'b.db'));
  try {
    const lines: string[] = [];
    const s = await ingest(refusing(store, '22021'), [file], { analyse: true, report: (l) => lines.push(l) });
    assert.deepEqual([s.read, s.new, s.analysed, s.errors], [3, 2, 2, 1]);
    assert.equal(lines.length, 1);
    assert.match(lines[0], /b\.jsonl:2: store-failed: the article could not be stored/);
    assert.equal((await store.counts()).done, 2);
    await assert.rejects(ingest(refusing(store, 'SQLITE_FULL'), [file], { analyse: true, report: () => {} }), /SQLITE_FULL/);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
