import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PgStore } from '../store/postgres/pg-store.js';
import { dropSchemas, PG_URL, pgUnavailable, testSchema, withSchema } from '../store/postgres/pg-testing.js';
import { work } from './worker.js';

const reason = await pgUnavailable();

test('PostgreSQL: a worker learns from article 1 and resolves article 2\'s surname; the fact points to article 1', { skip: reason ?? false }, async () => {
  const schema = testSchema();
  const store = await PgStore.open(withSchema(PG_URL, schema));
  try {
    // self-written articles about a fictional person; enqueued in this order, analysed one per lease
    const [first] = await store.putArticles([
      { text: 'US-Außenministerin Jane Example traf am Montag in Berlin den Bundeskanzler.', lang: 'de', date: '2025-03-03' },
      { text: 'Example sagte am Dienstag, die Gespräche seien gut verlaufen.', lang: 'de', date: '2025-03-04' },
    ]);
    await work(store, { once: true, batch: 1 });
    const [fact] = await store.registryFacts();
    assert.deepEqual([fact?.name, fact?.source, fact?.articleId, fact?.country], ['Jane Example', 'learned', first.id, 'USA']);
    const arts = await Promise.all((await store.listArticles()).map((a) => store.getArticle(a.id)));
    const second = arts.find((a) => a?.text.startsWith('Example'))?.result;
    assert.ok(second, 'article 2 was analysed');
    const m = second.mentions.find((x) => x.text === 'Example');
    const actor = second.actors.find((a) => a.id === m?.actor);
    assert.deepEqual([actor?.name, actor?.country, actor?.role], ['Jane Example', 'USA', 'foreign minister']);
  } finally {
    await store.close();
    await dropSchemas([schema]);
  }
});
