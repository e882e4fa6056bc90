import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Params, POSTGRES, SQLITE, type Dialect, type Stmt } from './dialect.js';
import {
  detectedLangSql, articlesPerDaySql, countsSql, dyadsSql, eventConditions, eventsOfArticlesSql, inDocs, quotesSql, relationSql, type TextMatch,
} from './queries.js';
import { parseQuery } from '../search-terms.js';
import { SQLITE_CANONICAL_EVENTS } from '../sqlite/sqlite-store.js';
import { PG_CANONICAL_EVENTS } from '../postgres/pg-store.js';

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
/** A text match that finds nothing (the filters under test do not search). */
const none: TextMatch = () => null;

test('dialect hooks: one spelling per dialect', () => {
  const cases: [string, (d: Dialect) => string, string, string][] = [
    ['placeholder', (d) => d.param(2), '@p2', '$2'],
    ['ilike', (d) => d.ilike('q.speaker', '@x'), `q.speaker LIKE @x ESCAPE '\\'`, 'q.speaker ILIKE @x'],
    ['countIf', (d) => d.countIf('ok'), 'sum(CASE WHEN ok THEN 1 ELSE 0 END)', 'count(*) FILTER (WHERE ok)'],
    ['sumIf', (d) => d.sumIf('x', 'ok'), 'sum(CASE WHEN ok THEN x ELSE 0 END)', 'coalesce(sum(x) FILTER (WHERE ok), 0)'],
    ['asInt', (d) => d.asInt('a = b'), '(a = b)', '(a = b)::int'],
    ['descNullsLast', (d) => d.descNullsLast('a.date'), 'a.date DESC', 'a.date DESC NULLS LAST'],
    ['bytewise', (d) => d.bytewise('name'), 'name', 'name COLLATE "C"'],
    ['least / greatest', (d) => `${d.least('a', 'b')} ${d.greatest('a', 'b')}`, 'min(a, b) max(a, b)', 'least(a, b) greatest(a, b)'],
    ['left', (d) => d.left('text', 400), 'substr(text, 1, 400)', 'left(text, 400)'],
    ['arrayAgg', (d) => d.arrayAgg('f.value'), 'json_group_array(f.value)', 'array_agg(f.value)'],
    ['fromArray', (d) => d.fromArray('$1'), 'SELECT value FROM json_each($1)', 'SELECT unnest($1::text[]) AS value'],
    ['indexedBy', (d) => `articles${d.indexedBy('articles_join_date')}`, 'articles INDEXED BY articles_join_date', 'articles'],
    ['rowId', (d) => d.rowId, 'rowid', 'id'],
  ];
  for (const [name, f, sqlite, pg] of cases) {
    assert.equal(f(SQLITE), sqlite, `${name}: sqlite`);
    assert.equal(f(POSTGRES), pg, `${name}: postgres`);
  }
});

test('binding: SQLite binds named @pN values from one object, PostgreSQL the positional array', () => {
  assert.deepEqual(SQLITE.bind(['a', 2]), [{ p1: 'a', p2: 2 }]);
  assert.deepEqual(SQLITE.bind([]), []);
  assert.deepEqual(POSTGRES.bind(['a', 2]), ['a', 2]);
  assert.equal(SQLITE.arrayValue(['x', 'y']), '["x","y"]');
  assert.deepEqual(POSTGRES.arrayValue(['x', 'y']), ['x', 'y']);
  assert.deepEqual(SQLITE.readArray('["CEO",null]'), ['CEO', null]);
  assert.deepEqual(POSTGRES.readArray(['CEO']), ['CEO']);
  assert.deepEqual(SQLITE.readJson('{"a":1}'), { a: 1 });
  assert.deepEqual(POSTGRES.readJson({ a: 1 }), { a: 1 });
});

test('shared queries: the same query, each dialect\'s SQL', () => {
  const cases: [string, (d: Dialect) => Stmt, string, string, unknown[]][] = [
    [
      'counts',
      (d) => countsSql(d),
      `SELECT count(*) AS articles, coalesce(sum(CASE WHEN status = 'done' THEN 1 ELSE 0 END), 0) AS done, coalesce(sum(CASE WHEN status = 'error' THEN 1 ELSE 0 END), 0) AS errors, coalesce(sum(CASE WHEN duplicate_of IS NULL THEN n_events ELSE 0 END), 0) AS events, coalesce(sum(CASE WHEN duplicate_of IS NULL THEN n_quotes ELSE 0 END), 0) AS quotes FROM articles`,
      `SELECT count(*) AS articles, coalesce(count(*) FILTER (WHERE status = 'done'), 0) AS done, coalesce(count(*) FILTER (WHERE status = 'error'), 0) AS errors, coalesce(coalesce(sum(n_events) FILTER (WHERE duplicate_of IS NULL), 0), 0) AS events, coalesce(coalesce(sum(n_quotes) FILTER (WHERE duplicate_of IS NULL), 0), 0) AS quotes FROM articles`,
      [],
    ],
    [
      'dyads',
      (d) => dyadsSql(d, d.name === 'sqlite' ? SQLITE_CANONICAL_EVENTS : PG_CANONICAL_EVENTS, 5),
      'SELECT min(e.source_country, e.target_country) AS a, max(e.source_country, e.target_country) AS b, count(*) AS count FROM events e WHERE e.article_id NOT IN (SELECT id FROM articles INDEXED BY articles_duplicate_of WHERE duplicate_of IS NOT NULL) AND e.source_country IS NOT NULL AND e.target_country IS NOT NULL AND e.source_country <> e.target_country GROUP BY 1, 2 ORDER BY count DESC, a, b LIMIT @p1',
      'SELECT least(e.source_country, e.target_country) COLLATE "C" AS a, greatest(e.source_country, e.target_country) COLLATE "C" AS b, count(*) AS count FROM events e JOIN articles a ON a.id = e.article_id WHERE a.duplicate_of IS NULL AND e.source_country IS NOT NULL AND e.target_country IS NOT NULL AND e.source_country <> e.target_country GROUP BY 1, 2 ORDER BY count DESC, a, b LIMIT $1',
      [5],
    ],
    [
      'quotes of a speaker',
      (d) => quotesSql(d, none, { speaker: 'Merz', limit: 20 })!,
      `SELECT q.article_id, q.quote_id, q.type, q.text, q.speaker, q.speaker_country, q.cue, a.date, a.title, a.lang FROM articles a INDEXED BY articles_by_date CROSS JOIN quotes q ON q.article_id = a.id WHERE a.duplicate_of IS NULL AND q.speaker LIKE @p1 ESCAPE '\\' ORDER BY a.date DESC, a.seq DESC, q.rowid LIMIT @p2 OFFSET @p3`,
      'SELECT q.article_id, q.quote_id, q.type, q.text, q.speaker, q.speaker_country, q.cue, a.date, a.title, a.lang FROM articles a JOIN quotes q ON q.article_id = a.id WHERE a.duplicate_of IS NULL AND q.speaker ILIKE $1 ORDER BY a.date DESC NULLS LAST, a.seq DESC, q.id LIMIT $2 OFFSET $3',
      ['%Merz%', 20, 0],
    ],
    [
      'relation',
      (d) => relationSql(d, 'USA', 'CHN'),
      `SELECT e.week, e.quad, e.status, count(*) AS n, sum(CASE WHEN e.status IN ('asserted', 'planned') THEN 1 ELSE 0 END) AS scored, sum(CASE WHEN e.status IN ('asserted', 'planned') THEN e.score ELSE 0 END) AS score_sum FROM events e JOIN articles ar ON ar.id = e.article_id WHERE ar.duplicate_of IS NULL AND ((e.source_country = @p1 AND e.target_country = @p2) OR (e.source_country = @p2 AND e.target_country = @p1)) AND e.week IS NOT NULL GROUP BY e.week, e.quad, e.status`,
      `SELECT e.week, e.quad, e.status, count(*) AS n, count(*) FILTER (WHERE e.status IN ('asserted', 'planned')) AS scored, coalesce(sum(e.score) FILTER (WHERE e.status IN ('asserted', 'planned')), 0) AS score_sum FROM events e JOIN articles ar ON ar.id = e.article_id WHERE ar.duplicate_of IS NULL AND ((e.source_country = $1 AND e.target_country = $2) OR (e.source_country = $2 AND e.target_country = $1)) AND e.week IS NOT NULL GROUP BY e.week, e.quad, e.status`,
      ['USA', 'CHN'],
    ],
    [
      'events of some articles (an array parameter)',
      (d) => eventsOfArticlesSql(d, ['a1', 'a2']),
      'SELECT e.*, a.date AS article_date, a.url AS article_url, a.lang AS article_lang, 1 + (SELECT count(*) FROM articles d WHERE d.duplicate_of = e.article_id) AS sources FROM events e JOIN articles a ON a.id = e.article_id WHERE a.id IN (SELECT value FROM json_each(@p1)) ORDER BY a.seq, e.trigger_start, e.event_id',
      'SELECT e.*, a.date AS article_date, a.url AS article_url, a.lang AS article_lang, 1 + (SELECT count(*) FROM articles d WHERE d.duplicate_of = e.article_id) AS sources FROM events e JOIN articles a ON a.id = e.article_id WHERE a.id IN (SELECT unnest($1::text[]) AS value) ORDER BY a.seq, e.trigger_start, e.event_id',
      [],
    ],
    [
      'the detected language of an article stored without one (a given one is kept)',
      (d) => ({ sql: detectedLangSql(d), values: [] }),
      'UPDATE articles SET lang = @p1 WHERE id = @p2 AND lang IS NULL',
      'UPDATE articles SET lang = $1 WHERE id = $2 AND lang IS NULL',
      [],
    ],
    [
      'articles per day (an index hint on SQLite)',
      (d) => articlesPerDaySql(d, '2025-01'),
      'SELECT date AS day, count(*) AS n FROM articles INDEXED BY articles_join_date WHERE date >= @p1 AND date <= @p2 AND duplicate_of IS NULL GROUP BY date',
      'SELECT date AS day, count(*) AS n FROM articles WHERE date >= $1 AND date <= $2 AND duplicate_of IS NULL GROUP BY date',
      ['2025-01', '9999'],
    ],
  ];
  for (const [name, build, sqlite, pg, values] of cases) {
    const s = build(SQLITE), p = build(POSTGRES);
    assert.equal(flat(s.sql), sqlite, `${name}: sqlite`);
    assert.equal(flat(p.sql), pg, `${name}: postgres`);
    if (values.length) {
      assert.deepEqual(s.values, values, `${name}: sqlite values`);
      assert.deepEqual(p.values, values, `${name}: postgres values`);
    }
  }
  assert.deepEqual(eventsOfArticlesSql(SQLITE, ['a1', 'a2']).values, ['["a1","a2"]']);
  assert.deepEqual(eventsOfArticlesSql(POSTGRES, ['a1', 'a2']).values, [['a1', 'a2']]);
});

test('event filters: a placeholder used twice binds one value; a search that can match nothing is a false condition', () => {
  const cases: [Dialect, string][] = [
    [SQLITE, `((e.source_country = @p1 AND e.target_country = @p2) OR (e.source_country = @p2 AND e.target_country = @p1)) AND (e.source_names LIKE @p3 ESCAPE '\\' OR e.target_names LIKE @p3 ESCAPE '\\') AND 1 = 0`],
    [POSTGRES, '((e.source_country = $1 AND e.target_country = $2) OR (e.source_country = $2 AND e.target_country = $1)) AND (e.source_names ILIKE $3 OR e.target_names ILIKE $3) AND 1 = 0'],
  ];
  for (const [d, want] of cases) {
    const P = new Params(d);
    const where = eventConditions(d, none, { source: 'USA', target: 'CHN', either: true, actor: '50%', q: 'Gespräche' }, P);
    assert.equal(where.join(' AND '), want, d.name);
    assert.deepEqual(P.values, ['USA', 'CHN', '%50\\%%'], d.name);
  }
  // the store's text match decides what a search condition is
  const P = new Params(POSTGRES);
  const m = parseQuery('Gespräche');
  const byDocs: TextMatch = (kind, _m, P2) => inDocs(kind, `SELECT d.article_id, d.ref FROM search_docs d WHERE d.kind = ${P2.p(kind)}`);
  assert.deepEqual(eventConditions(POSTGRES, byDocs, { match: m }, P),
    ['(e.article_id, e.event_id) IN (SELECT d.article_id, d.ref FROM search_docs d WHERE d.kind = $1)']);
  assert.equal(quotesSql(SQLITE, none, { q: 'Zoll' }), null, 'a quote search that can match nothing is no query');
  assert.equal(inDocs('article', 'S'), 'id IN (SELECT article_id FROM (S) x)');
  assert.equal(inDocs('quote', 'S'), '(q.article_id, q.quote_id) IN (S)');
});
