import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storeSuite } from '../store.suite.js';
import { PgStore, parsePgUrl } from './pg-store.js';
import { ARTICLES, fixtureResults } from '../fixtures.js';
import { dropSchemas, PG_REQUIRED, PG_URL, pgUnavailable, testSchema, withSchema } from './pg-testing.js';

const reason = await pgUnavailable();
if (reason) console.log(`# postgres store tests ${reason}`);
// LAGEBILD_PG_URL set (CI) but no server: fail loudly instead of skipping.
test('postgres: the server named by LAGEBILD_PG_URL answers', { skip: PG_REQUIRED ? false : 'LAGEBILD_PG_URL not set' }, () => {
  assert.equal(reason, null, reason ?? '');
});
const run = testSchema();
const schemas: string[] = [];

storeSuite('postgres', {
  skip: reason ?? false,
  fresh: async () => {
    const schema = `${run}_${schemas.length}`;
    schemas.push(schema);
    return PgStore.open(withSchema(PG_URL, schema), { max: 2 });
  },
  cleanup: () => dropSchemas(schemas),
});

test('postgres: schema from the URL, migration versions, concurrent migrate', { skip: reason ?? false }, async () => {
  assert.deepEqual(parsePgUrl('postgres://u@h:5432/db?schema=abc_1'), { connectionString: 'postgres://u@h:5432/db', schema: 'abc_1' });
  assert.throws(() => parsePgUrl('postgres://u@h/db?schema=x;drop'), /invalid schema name/);
  const schema = `${run}_m`;
  const url = withSchema(PG_URL, schema);
  try {
    const [a, b] = await Promise.all([PgStore.open(url, { max: 1 }), PgStore.open(url, { max: 1 })]);
    assert.deepEqual(await a.appliedVersions(), [1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12]);
    await b.migrate();
    assert.deepEqual(await b.appliedVersions(), [1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12]);
    // migrations 006 and 012: trigram indexes for substring searches wherever the server offers pg_trgm
    const trgm = (await a.pool.query(`SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'`)).rowCount;
    // (on article_search, never on articles: every claim and status update would take the trigrams again)
    const idx = (await a.pool.query(`SELECT tablename, indexname FROM pg_indexes WHERE schemaname = $1 AND indexname LIKE '%_trgm'
      ORDER BY indexname`, [schema])).rows.map((r) => `${r.tablename}.${r.indexname}`);
    assert.deepEqual(idx, trgm ? ['article_search.article_search_text_trgm', 'article_search.article_search_title_trgm', 'article_search.article_search_url_trgm',
      // migration 012: the actor page's substring searches
      'events.events_source_names_trgm', 'events.events_target_names_trgm', 'quotes.quotes_speaker_trgm'] : []);
    await a.close();
    await b.close();
  } finally {
    await dropSchemas([schema]);
  }
});

test('postgres: the actor summary kept by triggers equals a full recount after replaced results and errors', { skip: reason ?? false }, async () => {
  const schema = `${run}_a`;
  const s = await PgStore.open(withSchema(PG_URL, schema), { max: 2 });
  try {
    const results = fixtureResults();
    const ids: Record<string, string> = {};
    for (const [k, a] of Object.entries(ARTICLES)) ids[k] = (await s.putArticle(a)).id;
    await s.putResults(Object.entries(results).map(([k, r]) => ({ id: ids[k], result: r })));
    await s.putResult(ids.tariffs, results.tariffs); // replaced by the same result: counts unchanged
    await s.putResult(ids.talks, { ...results.talks, actors: results.talks.actors.slice(1) }); // one actor fewer
    await s.putError(ids.strike, { code: 'test', message: 'failed on purpose' }); // its actors leave
    const kept = await s.actors({ limit: 500 });
    assert.ok(kept.length > 0);
    assert.ok(kept.some((r) => r.roles.length > 0 || r.country !== null));
    assert.ok(!kept.some((r) => r.articles <= 0 || r.mentions < 0));
    await s.rebuildSummaries();
    assert.deepEqual(kept, await s.actors({ limit: 500 }));
    await s.close();
  } finally {
    await dropSchemas([schema]);
  }
});

test('postgres: migration 011 keeps quote search vectors on the quote row, where the GIN index serves the search', { skip: reason ?? false }, async () => {
  const schema = `${run}_q`;
  const s = await PgStore.open(withSchema(PG_URL, schema), { max: 1 });
  try {
    const results = fixtureResults();
    for (const [k, a] of Object.entries(ARTICLES)) await s.putResult((await s.putArticle(a)).id, results[k as keyof typeof ARTICLES]);
    const q = async (sql: string) => Number((await s.pool.query(sql)).rows[0].n);
    const quotes = await q('SELECT count(*) AS n FROM quotes');
    assert.ok(quotes > 0);
    assert.equal(await q(`SELECT count(*) AS n FROM search_docs WHERE kind = 'quote'`), 0);
    assert.equal(await q('SELECT count(*) AS n FROM quotes WHERE stems IS NULL OR words IS NULL OR stems = \'\'::tsvector'), 0);
    const before = await s.quotes({ q: 'mistakes', limit: 50 });
    assert.deepEqual(before.map((r) => r.quoteId), ['q1'], 'a stemmed quote search finds the quote');
    // a store written before 011: the vectors in search_docs, none on the quote rows
    await s.pool.query(`INSERT INTO search_docs (kind, article_id, ref, stems, words)
      SELECT 'quote', article_id, quote_id, stems, words FROM quotes`);
    await s.pool.query('UPDATE quotes SET stems = NULL, words = NULL');
    await s.pool.query('DELETE FROM schema_migrations WHERE version = 11');
    await s.migrate();
    assert.equal(await q(`SELECT count(*) AS n FROM search_docs WHERE kind = 'quote'`), 0);
    assert.equal(await q('SELECT count(*) AS n FROM quotes WHERE stems IS NULL'), 0);
    assert.deepEqual(await s.quotes({ q: 'mistakes', limit: 50 }), before);
    // the search is a condition on quotes the GIN index answers (the tiny table would be scanned, so scans are ruled out)
    const c = await s.pool.connect();
    try {
      await c.query('BEGIN');
      await c.query('SET LOCAL enable_seqscan = off');
      const plan = (await c.query(`EXPLAIN SELECT q.id FROM quotes q JOIN articles a ON a.id = q.article_id
        WHERE q.stems @@ to_tsquery('simple', 'zoll') ORDER BY a.date DESC NULLS LAST LIMIT 5`)).rows.map((r) => r['QUERY PLAN']).join('\n');
      assert.match(plan, /quotes_stems/);
      await c.query('ROLLBACK');
    } finally {
      c.release();
    }
  } finally {
    await s.close();
    await dropSchemas([schema]);
  }
});
