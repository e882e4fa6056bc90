/**
 * The stores' shared queries, written once against a Dialect (dialect.ts) and the store's
 * full-text hook: each function returns the statement and its values for the store's executor.
 * What a store writes itself instead (measured plans, transactions, bulk writes) is listed in
 * docs/store.md, "Shared SQL".
 *
 * @example
 * const s = quotesSql(POSTGRES, pgMatch, { speaker: 'Merz', limit: 20 });
 * await pool.query(s.sql, s.values);
 */
import type { ParsedQuery } from '../search-terms.js';
import { parseQuery } from '../search-terms.js';
import { likePattern } from '../rows.js';
import { LEVER_COLUMNS, leverSql, leverWhere, type LeverQuery } from '../lever-rows.js';
import { REGISTRY_FACT_COLUMNS } from '../registry-facts.js';
import { clampLimit, clampOffset, upperDay } from '../relation.js';
import type { EventQuery, QuoteQuery } from '../store.js';
import { Params, type Dialect, type Stmt } from './dialect.js';

export { LEVER_COLUMNS };

/** What a word search looks in: articles (unaliased), events `e`, quotes `q`. */
export type SearchKind = 'article' | 'event' | 'quote';

/**
 * The store's full-text hook: a WHERE condition on the row of `kind` (articles unaliased, events
 * `e`, quotes `q`) that holds when the row matches the parsed query, or null when the query can
 * match nothing. SQLite: FTS5 MATCH over search_docs; PostgreSQL: tsqueries on GIN-indexed
 * tsvectors (search_docs for articles and events, the quote row itself for quotes: migration 011).
 */
export type TextMatch = (kind: SearchKind, m: ParsedQuery, P: Params) => string | null;

/** "The row is among these search documents" (`docs` selects article_id, ref of one kind). */
export function inDocs(kind: SearchKind, docs: string): string {
  if (kind === 'article') return `id IN (SELECT article_id FROM (${docs}) x)`;
  return `${kind === 'event' ? '(e.article_id, e.event_id)' : '(q.article_id, q.quote_id)'} IN (${docs})`;
}

/** A condition that is never true, in both dialects. */
export const NEVER = '1 = 0';

/** Columns of an events query: the event, its article's date and URL, and how many articles reported it. */
export const EVENT_COLS = `e.*, a.date AS article_date, a.url AS article_url, a.lang AS article_lang,
  1 + (SELECT count(*) FROM articles d WHERE d.duplicate_of = e.article_id) AS sources`;

/** The columns of an article summary (listArticles). */
export function summaryCols(d: Dialect): string {
  return `seq, id, hash, title, lang, date, url, source, status, duplicate_of, n_events, n_quotes,
    CASE WHEN title IS NULL OR title = '' THEN ${d.left('text', 400)} END AS lead`;
}

/** "The event's article is canonical", for `events e` joined as `a` (a query may override it). */
export const CANONICAL_JOINED = 'a.duplicate_of IS NULL';

/**
 * The filter conditions of an events query on `events e` (the canonical-article test is the
 * caller's: it is where the two stores' measured plans differ).
 */
export function eventConditions(d: Dialect, match: TextMatch, q: EventQuery, P: Params): string[] {
  const where: string[] = [];
  if (q.from) where.push(`e.day >= ${P.p(q.from)}`);
  if (q.to) where.push(`e.day <= ${P.p(upperDay(q.to))}`);
  if (q.either && q.source && q.target) {
    const s = P.p(q.source), t = P.p(q.target);
    where.push(`((e.source_country = ${s} AND e.target_country = ${t}) OR (e.source_country = ${t} AND e.target_country = ${s}))`);
  } else if (q.either && (q.source || q.target)) {
    const c = P.p(q.source ?? q.target);
    where.push(`(e.source_country = ${c} OR e.target_country = ${c})`);
  } else {
    if (q.source) where.push(`e.source_country = ${P.p(q.source)}`);
    if (q.target) where.push(`e.target_country = ${P.p(q.target)}`);
  }
  if (q.type) where.push(`e.type = ${P.p(q.type)}`);
  if (q.status) where.push(`e.status = ${P.p(q.status)}`);
  for (const names of [q.actor ? [q.actor] : [], q.actorAny ?? []]) {
    if (!names.length) continue;
    where.push(`(${names.map((n) => {
      const p = P.p(likePattern(n));
      return `${d.ilike('e.source_names', p)} OR ${d.ilike('e.target_names', p)}`;
    }).join(' OR ')})`);
  }
  const m = q.match ?? (q.q ? parseQuery(q.q) : null);
  if (m) {
    where.push((m.clauses.length ? match('event', m, P) : null) ?? NEVER);
  }
  if (q.place) where.push(`e.place_name = ${P.p(q.place)}`);
  if (q.minConfidence !== undefined) where.push(`(e.confidence IS NULL OR e.confidence >= ${P.p(q.minConfidence)})`);
  return where;
}

/** events(q) in its plain form: filter, join, order, page (PostgreSQL runs it; SQLite pages first, see sqlite-store.ts). */
export function eventsSql(d: Dialect, match: TextMatch, q: EventQuery): Stmt {
  const P = new Params(d);
  const where = [CANONICAL_JOINED, ...eventConditions(d, match, q, P)];
  const sql = `SELECT ${EVENT_COLS} FROM events e JOIN articles a ON a.id = e.article_id
    WHERE ${where.join(' AND ')}
    ORDER BY ${d.descNullsLast('e.day')}, a.seq DESC, e.trigger_start, e.event_id
    LIMIT ${P.p(clampLimit(q.limit, 100))} OFFSET ${P.p(clampOffset(q.offset))}`;
  return { sql, values: P.values };
}

/** quotes(q), or null when the search can match nothing. */
export function quotesSql(d: Dialect, match: TextMatch, q: QuoteQuery): Stmt | null {
  const P = new Params(d);
  const where = ['a.duplicate_of IS NULL'];
  const m = q.match ?? (q.q ? parseQuery(q.q) : null);
  if (m) {
    const cond = m.clauses.length ? match('quote', m, P) : null;
    if (!cond) return null;
    where.push(cond);
  }
  if (q.speaker) where.push(d.ilike('q.speaker', P.p(likePattern(q.speaker))));
  if (q.country) where.push(`q.speaker_country = ${P.p(q.country)}`);
  if (q.from) where.push(`a.date >= ${P.p(q.from)}`);
  if (q.to) where.push(`a.date <= ${P.p(upperDay(q.to))}`);
  // A word search starts from its (few) matches; every other list walks the articles newest first
  // and stops at its page (a speaker filter too: it is a LIKE, no index would help it).
  const from = m ? 'quotes q JOIN articles a ON a.id = q.article_id'
    : `articles a${d.indexedBy('articles_by_date')} ${d.joinInOrder} quotes q ON q.article_id = a.id`;
  const sql = `SELECT q.article_id, q.quote_id, q.type, q.text, q.speaker, q.speaker_country, q.cue, a.date, a.title, a.lang
    FROM ${from}
    WHERE ${where.join(' AND ')} ORDER BY ${d.descNullsLast('a.date')}, a.seq DESC, q.${d.rowId}
    LIMIT ${P.p(clampLimit(q.limit, 100))} OFFSET ${P.p(clampOffset(q.offset))}`;
  return { sql, values: P.values };
}

/** actors(q): the actor summary (actor_stats, actor_facets), most articles first. */
export function actorsSql(d: Dialect, q: { q?: string; limit?: number }): Stmt {
  const P = new Params(d);
  const where = q.q ? `WHERE ${d.ilike('s.name', P.p(likePattern(q.q)))}` : '';
  const facet = (kind: string, agg: string) => `(SELECT ${agg} FROM actor_facets f
    WHERE f.name = s.name AND f.type = s.type AND f.kind = '${kind}')`;
  const sql = `SELECT s.name, s.type, s.articles, s.mentions, ${facet('country', 'max(f.value)')} AS country,
      ${facet('sector', 'max(f.value)')} AS sector, ${facet('role', d.arrayAgg('f.value'))} AS roles
    FROM actor_stats s ${where}
    ORDER BY s.articles DESC, s.mentions DESC, ${d.bytewise('s.name')}, ${d.bytewise('s.type')}
    LIMIT ${P.p(clampLimit(q.limit, 50))}`;
  return { sql, values: P.values };
}

const SCORED = `e.status IN ('asserted', 'planned')`;
const DYAD_OF_CANONICAL = (a: string, b: string) => `FROM events e JOIN articles ar ON ar.id = e.article_id
  WHERE ar.duplicate_of IS NULL AND ((e.source_country = ${a} AND e.target_country = ${b}) OR (e.source_country = ${b} AND e.target_country = ${a}))`;

/** relation(a, b): a dyad's events by week, quad class and status (relation.ts weekSeries builds the points). */
export function relationSql(d: Dialect, a: string, b: string): Stmt {
  const P = new Params(d);
  const sql = `SELECT e.week, e.quad, e.status, count(*) AS n,
      ${d.countIf(SCORED)} AS scored, ${d.sumIf('e.score', SCORED)} AS score_sum
    ${DYAD_OF_CANONICAL(P.p(a), P.p(b))} AND e.week IS NOT NULL
    GROUP BY e.week, e.quad, e.status`;
  return { sql, values: P.values };
}

/** relationGroups(a, b): a dyad's events by day, direction, quad class, status and own date. */
export function relationGroupsSql(d: Dialect, a: string, b: string): Stmt {
  const P = new Params(d);
  const sql = `SELECT e.day, e.source_country AS source, e.quad, e.status, ${d.asInt('length(e.date) = 10')} AS dated,
      count(*) AS n, ${d.countIf(SCORED)} AS scored, ${d.sumIf('e.score', SCORED)} AS score_sum
    ${DYAD_OF_CANONICAL(P.p(a), P.p(b))} AND e.day IS NOT NULL
    GROUP BY e.day, e.source_country, e.quad, e.status, 5`;
  return { sql, values: P.values };
}

/**
 * dyads(limit): unordered pairs of different countries by number of events. `canonical` is the
 * store's test that the event's article is canonical (as for partnersSql).
 */
export function dyadsSql(d: Dialect, canonical: { from: string; where: string }, limit?: number): Stmt {
  const P = new Params(d);
  const sql = `SELECT ${d.bytewise(d.least('e.source_country', 'e.target_country'))} AS a,
      ${d.bytewise(d.greatest('e.source_country', 'e.target_country'))} AS b, count(*) AS count
    FROM ${canonical.from}
    WHERE ${canonical.where} AND e.source_country IS NOT NULL AND e.target_country IS NOT NULL
      AND e.source_country <> e.target_country
    GROUP BY 1, 2 ORDER BY count DESC, a, b LIMIT ${P.p(clampLimit(limit, 20))}`;
  return { sql, values: P.values };
}

/**
 * partners(c): the countries `c` has events with, either direction. `canonical` is the store's
 * test that the event's article is canonical, on `events e` alone or with `from` joined.
 */
export function partnersSql(d: Dialect, canonical: { from: string; where: string }, c: string, limit?: number): Stmt {
  const P = new Params(d);
  const cp = P.p(c);
  const one = (mine: string, other: string) => `SELECT e.${other} AS country, count(*) AS n, ${d.sumIf('e.score', SCORED)} AS s
    FROM ${canonical.from} WHERE e.${mine} = ${cp} AND e.${other} IS NOT NULL AND e.${other} <> e.${mine} AND ${canonical.where}
    GROUP BY e.${other}`;
  const sql = `SELECT country, sum(n) AS events, sum(s) AS score FROM (${one('source_country', 'target_country')}
    UNION ALL ${one('target_country', 'source_country')}) x GROUP BY country ORDER BY events DESC, ${d.bytewise('country')}
    LIMIT ${P.p(clampLimit(limit, 50))}`;
  return { sql, values: P.values };
}

/** articlesPerDay(from, to): canonical articles per article date. */
export function articlesPerDaySql(d: Dialect, from?: string, to?: string): Stmt {
  const P = new Params(d);
  const sql = `SELECT date AS day, count(*) AS n FROM articles${d.indexedBy('articles_join_date')}
    WHERE date >= ${P.p(from ?? '0000')} AND date <= ${P.p(to ? upperDay(to) : '9999')} AND duplicate_of IS NULL GROUP BY date`;
  return { sql, values: P.values };
}

/** counts(): articles, done, errors, and events/quotes of canonical articles. */
export function countsSql(d: Dialect): Stmt {
  const canonical = 'duplicate_of IS NULL';
  const sql = `SELECT count(*) AS articles,
      coalesce(${d.countIf(`status = 'done'`)}, 0) AS done, coalesce(${d.countIf(`status = 'error'`)}, 0) AS errors,
      coalesce(${d.sumIf('n_events', canonical)}, 0) AS events, coalesce(${d.sumIf('n_quotes', canonical)}, 0) AS quotes
    FROM articles`;
  return { sql, values: [] };
}

/** getArticle(id): the article with its stored result. */
export function articleSql(d: Dialect, id: string): Stmt {
  const P = new Params(d);
  return { sql: `SELECT a.*, r.json FROM articles a LEFT JOIN results r ON r.article_id = a.id WHERE a.id = ${P.p(id)}`, values: P.values };
}

/**
 * listArticles without a substring `q` (the stores search substrings each on their own index):
 * newest first, optionally the articles whose search document matches `match`; null when the
 * search can match nothing.
 */
export function articlesSql(d: Dialect, match: TextMatch, q: { limit?: number; offset?: number; match?: ParsedQuery }): Stmt | null {
  const P = new Params(d);
  let where = '';
  if (q.match) {
    const cond = q.match.clauses.length ? match('article', q.match, P) : null;
    if (!cond) return null;
    where = `WHERE ${cond}`;
  }
  const sql = `SELECT ${summaryCols(d)} FROM articles ${where}
    ORDER BY ${d.descNullsLast('date')}, seq DESC LIMIT ${P.p(clampLimit(q.limit, 50))} OFFSET ${P.p(clampOffset(q.offset))}`;
  return { sql, values: P.values };
}

/**
 * Keeps the language the analysis detected on an article stored without one (values: lang, id), so
 * that its events, quotes and search hits carry `lang` like those of articles stored with a language.
 * A language the user gave is never overwritten.
 */
export function detectedLangSql(d: Dialect): string {
  return `UPDATE articles SET lang = ${d.param(1)} WHERE id = ${d.param(2)} AND lang IS NULL`;
}

/** The audit list of corrections, newest first (optionally of one article / event). */
export function correctionsSql(d: Dialect, q: { articleId?: string; eventId?: string; limit?: number }): Stmt {
  const P = new Params(d);
  const where = q.articleId
    ? `WHERE article_id = ${P.p(q.articleId)}${q.eventId ? ` AND event_id = ${P.p(q.eventId)}` : ''}` : '';
  const sql = `SELECT * FROM corrections ${where} ORDER BY id DESC LIMIT ${P.p(clampLimit(q.limit, 100_000, 100_000))}`;
  return { sql, values: P.values };
}

/** Stored registry facts in id order, after `afterId`. */
export function registryFactsSql(d: Dialect, afterId = 0): Stmt {
  const P = new Params(d);
  return { sql: `SELECT * FROM registry_facts WHERE id > ${P.p(afterId)} ORDER BY id`, values: P.values };
}

/** The INSERT of one registry fact (values: registryFactValues() and the creation time). */
export function insertRegistryFactSql(d: Dialect): string {
  const n = REGISTRY_FACT_COLUMNS.split(',').length + 1;
  return `INSERT INTO registry_facts (${REGISTRY_FACT_COLUMNS}, created_at)
    VALUES (${Array.from({ length: n }, (_, i) => d.param(i + 1)).join(', ')}) RETURNING *`;
}

/** The INSERT of one correction (values: the creation time, then correctionValues()). */
export function insertCorrectionSql(d: Dialect): string {
  return `INSERT INTO corrections (created_at, author, kind, article_id, event_id, field, name, value, note)
    VALUES (${Array.from({ length: 9 }, (_, i) => d.param(i + 1)).join(', ')}) RETURNING *`;
}

/** levers(q): levers of canonical articles, newest first (docs/levers.md). */
export function leversSql(d: Dialect, q: LeverQuery): Stmt {
  const w = leverWhere(q, (i) => d.param(i));
  return { sql: leverSql(w), values: w.values };
}

/** A page of stored results in insertion order, after article seq `last`. */
export function resultsPageSql(d: Dialect, last: number, pageSize: number): Stmt {
  const P = new Params(d);
  return {
    sql: `SELECT a.seq, r.json FROM results r JOIN articles a ON a.id = r.article_id
      WHERE a.seq > ${P.p(last)} ORDER BY a.seq LIMIT ${P.p(pageSize)}`,
    values: P.values,
  };
}

/** A page of canonical articles with events (allEvents), after seq `last`. */
export function eventArticlesPageSql(d: Dialect, last: number, pageSize: number): Stmt {
  const P = new Params(d);
  return {
    sql: `SELECT seq, id FROM articles WHERE seq > ${P.p(last)} AND duplicate_of IS NULL AND n_events > 0
      ORDER BY seq LIMIT ${P.p(pageSize)}`,
    values: P.values,
  };
}

/** The events of the given articles, in article order (allEvents). */
export function eventsOfArticlesSql(d: Dialect, ids: string[]): Stmt {
  const P = new Params(d);
  return {
    sql: `SELECT ${EVENT_COLS} FROM events e JOIN articles a ON a.id = e.article_id
      WHERE a.id IN (${d.fromArray(P.p(d.arrayValue(ids)))}) ORDER BY a.seq, e.trigger_start, e.event_id`,
    values: P.values,
  };
}

/** A page of canonical articles' results with their number of reporting articles (allStories). */
export function storiesPageSql(d: Dialect, last: number, pageSize: number): Stmt {
  const P = new Params(d);
  return {
    sql: `SELECT a.seq, r.json, 1 + (SELECT count(*) FROM articles d WHERE d.duplicate_of = a.id) AS sources
      FROM results r JOIN articles a ON a.id = r.article_id
      WHERE a.seq > ${P.p(last)} AND a.duplicate_of IS NULL ORDER BY a.seq LIMIT ${P.p(pageSize)}`,
    values: P.values,
  };
}

/** The map's places: events per place with coordinates, most first (`type`: one event type). */
export function placesSql(d: Dialect, canonical: { from: string; where: string }, type?: string): Stmt {
  const P = new Params(d);
  const sql = `SELECT e.place_name AS name, max(e.place_country) AS country, e.place_lat AS lat, e.place_lon AS lon, count(*) AS count
    FROM ${canonical.from}
    WHERE ${canonical.where} AND e.place_name IS NOT NULL AND e.place_lat IS NOT NULL AND e.place_lon IS NOT NULL
      ${type ? `AND e.type = ${P.p(type)}` : ''}
    GROUP BY e.place_name, e.place_lat, e.place_lon
    ORDER BY count(*) DESC, ${d.bytewise('e.place_name')}, e.place_lat, e.place_lon`;
  return { sql, values: P.values };
}
