/**
 * The Store on PostgreSQL (pg): a shared database for many ingest processes and workers. Same
 * tables and behaviour as SQLite; quote search with a tsvector + GIN index; pending articles
 * are leased with SELECT ... FOR UPDATE SKIP LOCKED. Every statement is parameterised; the only
 * interpolated identifier is the schema name, which is validated.
 *
 * @example
 * const store = await PgStore.open('postgres://postgres@127.0.0.1:5432/test?schema=lagebild');
 */
import pg from 'pg';
import type { ArticleIn, Result } from '../../contract/schema.js';
import type { ArticleSummary, EventRow, PlaceSummary, Store } from '../store.js';
import type { AnalysisOutcome, ClaimedArticle, PutArticleResult } from '../queue.js';
import { layerRows, likePattern } from '../rows.js';
import { tsQueries, type ParsedQuery } from '../search-terms.js';
import { searchDocs, type SearchDoc } from '../search-docs.js';
import { LEVER_COLUMNS } from '../lever-rows.js';
import { actorDeltas, type ActorDeltas, type ActorStatInput } from '../actor-stats.js';
import { altId, baseId, toEventRow, toSummary } from '../map-rows.js';
import { clampLimit, clampOffset } from '../relation.js';
import { correctionValues, toCorrectionRow } from '../correction-rows.js';
import type { CorrectionIn, CorrectionRow } from '../corrections.js';
import { migrationFiles } from '../migrations.js';
import { DEDUP, sigFromBytes, sigToBytes, similarity } from '../../dedup/minhash.js';
import { prepareArticle, prepareResult, toClaimed } from '../prepare.js';
import { cleanArticle, cleanString, pgSafeJson } from '../../read/clean-text.js';
import {
  registryFactValues, toRegistryFactRow, type RegistryFactIn, type RegistryFactRow,
} from '../registry-facts.js';
import { Params, POSTGRES, type Stmt } from '../sql/dialect.js';
import { SqlStore } from '../sql/sql-store.js';
import { EVENT_COLS, detectedLangSql, insertCorrectionSql, insertRegistryFactSql, placesSql, summaryCols, inDocs, type TextMatch } from '../sql/queries.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- pg rows are untyped */

const MIGRATIONS = new URL('./migrations/', import.meta.url);
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
/** advisory lock key that serialises putArticle's dedup lookup + insert across processes */
const DEDUP_LOCK = 0x4c616765; // "Lage"

/**
 * The word search (search-terms.ts tsQueries) on 'simple' tsvectors with GIN indexes: an article's
 * or event's search document (search_docs, migration 007), or the quote row itself (quotes.stems /
 * quotes.words, migration 011: a plain condition on quotes, so the planner estimates how many
 * quotes match and, for a rarer word, reads them from the index and sorts only those).
 */
const pgTextMatch: TextMatch = (kind, m, P) => {
  const { stems, words } = tsQueries(m);
  if (!stems && !words) return null;
  const on = kind === 'quote' ? 'q' : 'd';
  const conds: string[] = [];
  if (stems) conds.push(`${on}.stems @@ to_tsquery('simple', ${P.p(stems)})`);
  if (words) conds.push(`${on}.words @@ to_tsquery('simple', ${P.p(words)})`);
  if (kind === 'quote') return conds.join(' AND ');
  return inDocs(kind, `SELECT d.article_id, d.ref FROM search_docs d WHERE d.kind = ${P.p(kind)} AND ${conds.join(' AND ')}`);
};

/** Fills the search index from the stored results (once, when migration 007 arrives on an analysed store). */
async function backfillSearch(c: pg.PoolClient): Promise<void> {
  let last = 0;
  for (;;) {
    const page = (await c.query(`SELECT a.seq, r.article_id, r.json FROM results r JOIN articles a ON a.id = r.article_id
      WHERE a.seq > $1 ORDER BY a.seq LIMIT 500`, [last])).rows;
    if (!page.length) return;
    const docs = page.flatMap((p) => searchDocs(layerRows(p.article_id, p.json as Result), p.json as Result)
      .map((d) => ({ ...d, article_id: p.article_id as string })));
    await insertSearchDocs(c, docs);
    last = Number(page[page.length - 1].seq);
  }
}

/** Inserts search documents (their stems and words become 'simple' tsvectors). */
async function insertSearchDocs(c: pg.PoolClient, docs: (SearchDoc & { article_id: string })[]): Promise<void> {
  for (let i = 0; i < docs.length; i += 2000) {
    const part = docs.slice(i, i + 2000);
    await c.query(`INSERT INTO search_docs (kind, article_id, ref, stems, words)
      SELECT k, a, r, to_tsvector('simple', s), to_tsvector('simple', w)
      FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS x(k, a, r, s, w)`,
    [part.map((d) => d.kind), part.map((d) => d.article_id), part.map((d) => d.ref), part.map((d) => d.stems), part.map((d) => d.words)]);
  }
}

/** Splits `?schema=name` off a postgres:// URL (pg does not know it). */
export function parsePgUrl(url: string): { connectionString: string; schema: string } {
  const u = new URL(url);
  const schema = u.searchParams.get('schema') ?? 'public';
  u.searchParams.delete('schema');
  if (!SCHEMA_NAME.test(schema)) throw new Error(`invalid schema name "${schema}" (lower-case letters, digits, _)`);
  return { connectionString: u.toString(), schema };
}


export interface PgOptions {
  /** pool size (default 4) */
  max?: number;
  /** shown in pg_stat_activity (default "lagebild") */
  applicationName?: string;
}

/** "The event's article is canonical" on PostgreSQL: a join, its planner chooses how. */
export const PG_CANONICAL_EVENTS = { from: 'events e JOIN articles a ON a.id = e.article_id', where: 'a.duplicate_of IS NULL' };

export class PgStore extends SqlStore implements Store {
  readonly kind = 'postgres' as const;
  protected readonly d = POSTGRES;
  protected readonly textMatch = pgTextMatch;
  protected readonly canonicalEvents = PG_CANONICAL_EVENTS;
  readonly pool: pg.Pool;
  readonly schema: string;

  constructor(url: string, opts: PgOptions = {}) {
    super();
    const { connectionString, schema } = parsePgUrl(url);
    this.schema = schema;
    this.pool = new pg.Pool({
      connectionString, max: opts.max ?? 4,
      options: `-c search_path=${schema}`,
      connectionTimeoutMillis: 10_000,
      application_name: opts.applicationName ?? 'lagebild',
    });
    // an idle client losing its connection (server restart) must not crash the process
    this.pool.on('error', () => {});
  }

  /** Opens and migrates. */
  static async open(url: string, opts: PgOptions = {}): Promise<PgStore> {
    const s = new PgStore(url, opts);
    try {
      await s.migrate();
    } catch (err) {
      await s.pool.end().catch(() => {});
      throw err;
    }
    return s;
  }

  protected async rows(s: Stmt): Promise<any[]> {
    return (await this.pool.query(s.sql, s.values)).rows;
  }

  private async tx<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    // a connection dropped between two statements (server restart) must fail this call, not crash the process
    let broken = false;
    const onError = () => { broken = true; };
    c.on('error', onError);
    try {
      await c.query('BEGIN');
      const out = await fn(c);
      await c.query('COMMIT');
      return out;
    } catch (err) {
      await c.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      c.off('error', onError);
      c.release(broken || undefined); // a broken connection is destroyed, not pooled
    }
  }

  async migrate(): Promise<void> {
    const files = migrationFiles(MIGRATIONS);
    const ident = `"${this.schema}"`;
    await this.tx(async (c) => {
      await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`lagebild-migrate:${this.schema}`]);
      await c.query(`CREATE SCHEMA IF NOT EXISTS ${ident}`);
      await c.query(`SET LOCAL search_path TO ${ident}`);
      await c.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
      const done = new Set((await c.query('SELECT version FROM schema_migrations')).rows.map((r) => Number(r.version)));
      for (const m of files) {
        if (done.has(m.version)) continue;
        await c.query(m.sql);
        if (m.version === 7) await backfillSearch(c);
        await c.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      }
    });
  }

  /** Versions applied so far. */
  async appliedVersions(): Promise<number[]> {
    return (await this.pool.query('SELECT version FROM schema_migrations ORDER BY version')).rows.map((r) => Number(r.version));
  }

  async putArticle(article: ArticleIn): Promise<PutArticleResult> {
    return (await this.putArticles([article]))[0];
  }

  /**
   * Stores a batch in one transaction with a handful of round trips, whatever its size: known
   * hashes, taken ids and near-duplicate candidates are looked up for the whole batch at once
   * (articles earlier in the same batch count as candidates too), then one INSERT for the
   * articles and one for their LSH bands.
   */
  async putArticles(raw: ArticleIn[]): Promise<PutArticleResult[]> {
    if (!raw.length) return [];
    // PostgreSQL refuses NUL and lone surrogates: the readers and the API clean them with a note; this is the net
    const articles = raw.map((a) => cleanArticle(a).article);
    const prepared = articles.map(prepareArticle);
    return this.tx(async (c) => {
      await c.query('SELECT pg_advisory_xact_lock($1)', [DEDUP_LOCK]);
      const known = new Map((await c.query('SELECT hash, id, status, duplicate_of FROM articles WHERE hash = ANY($1::text[])',
        [[...new Set(prepared.map((p) => p.hash))]])).rows.map((r) => [r.hash as string, r]));
      const wanted = articles.map((a, i) => baseId(a.id, prepared[i].hash));
      const taken = new Set((await c.query('SELECT id FROM articles WHERE id = ANY($1::text[])', [wanted])).rows.map((r) => r.id as string));
      const ki: number[] = [], kb: number[] = [], kk: number[] = [];
      prepared.forEach((p, i) => {
        if (!known.has(p.hash)) p.keys?.forEach((k, band) => { ki.push(i); kb.push(band); kk.push(k); });
      });
      const cands = new Map<number, { id: string; sig: Uint32Array | null }[]>();
      if (ki.length) {
        const rows = (await c.query(`SELECT DISTINCT k.i, a.id, a.minhash, a.seq
          FROM unnest($1::int[], $2::int[], $3::int[]) AS k(i, band, key)
          JOIN article_bands b ON b.band = k.band AND b.key = k.key
          JOIN articles a ON a.id = b.article_id ORDER BY k.i, a.seq`, [ki, kb, kk])).rows;
        for (const r of rows) {
          const list = cands.get(r.i) ?? [];
          if (list.length < 64) list.push({ id: r.id, sig: sigFromBytes(r.minhash) });
          cands.set(r.i, list);
        }
      }
      const out: PutArticleResult[] = [];
      const byHash = new Map<string, PutArticleResult>();
      const batchCanon: { id: string; sig: Uint32Array; keys: number[] }[] = [];
      const rows: Record<string, unknown>[] = [];
      const bi: number[] = [], bk: number[] = [], ba: string[] = [];
      articles.forEach((article, i) => {
        const { hash, sig, keys } = prepared[i];
        const k = known.get(hash);
        if (k) return void out.push({ id: k.id, inserted: false, status: k.status, duplicateOf: k.duplicate_of ?? null });
        const same = byHash.get(hash);
        if (same) return void out.push({ ...same, inserted: false });
        let id = wanted[i];
        if (taken.has(id)) id = altId(id, hash);
        taken.add(id);
        let duplicateOf: string | null = null;
        let sim: number | null = null;
        if (sig && keys) {
          const pool = [
            ...(cands.get(i) ?? []),
            ...batchCanon.filter((b) => b.keys.some((x, band) => x === keys[band])),
          ];
          for (const cand of pool) {
            const sc = cand.sig ? similarity(sig, cand.sig) : 0;
            if (sc >= DEDUP.threshold && (sim === null || sc > sim)) {
              duplicateOf = cand.id;
              sim = sc;
            }
          }
          if (!duplicateOf) {
            batchCanon.push({ id, sig, keys });
            keys.forEach((key, band) => { bi.push(band); bk.push(key); ba.push(id); });
          }
        }
        rows.push({
          n: rows.length, id, hash, title: article.title ?? null, lang: article.lang ?? null, date: article.date ?? null,
          url: article.url ?? null, source: article.source ?? null, text: article.text, duplicate_of: duplicateOf,
          similarity: sim, minhash: sig ? sigToBytes(sig).toString('base64') : null,
        });
        const res: PutArticleResult = { id, inserted: true, status: 'pending', duplicateOf };
        byHash.set(hash, res);
        out.push(res);
      });
      if (rows.length) {
        await c.query(`INSERT INTO articles (id, hash, title, lang, date, url, source, text, status, duplicate_of, similarity, minhash)
          SELECT x.id, x.hash, x.title, x.lang, x.date, x.url, x.source, x.text, 'pending', x.duplicate_of, x.similarity,
            decode(x.minhash, 'base64')
          FROM json_to_recordset($1::json) AS x(n int, id text, hash text, title text, lang text, date text, url text,
            source text, text text, duplicate_of text, similarity real, minhash text)
          ORDER BY x.n`, [pgSafeJson(rows)]); // ORDER BY n: seq follows the batch order
      }
      if (bi.length) {
        await c.query(`INSERT INTO article_bands (band, key, article_id)
          SELECT * FROM unnest($1::int[], $2::int[], $3::text[]) ON CONFLICT DO NOTHING`, [bi, bk, ba]);
      }
      return out;
    });
  }

  async putResult(articleId: string, result: Result): Promise<void> {
    await this.putResults([{ id: articleId, result }]);
  }

  async putResults(items: AnalysisOutcome[]): Promise<void> {
    if (!items.length) return;
    // one transaction, one commit (PostgreSQL flushes its WAL at every commit)
    await this.tx((c) => this.writeOutcomes(c, items));
  }

  async putError(articleId: string, error: { code: string; message: string }): Promise<void> {
    await this.tx((c) => this.writeOutcomes(c, [{ id: articleId, error }]));
  }

  /**
   * Writes results and errors inside a transaction and keeps the actor summary (migration 006) in
   * step: the articles are locked in id order, their canonical actor rows kept as they were, the
   * outcomes written, and the difference (computed here, SummaryDelta) applied once per table.
   */
  private async writeOutcomes(c: pg.PoolClient, outcomes: AnalysisOutcome[]): Promise<void> {
    // the CPU work first (none for outcomes a worker prepared)
    const items = outcomes.map((it) => ('result' in it ? { id: it.id, prepared: prepareResult(it.id, it.result) } : it));
    const ids = [...new Set(items.map((it) => it.id))];
    const locked = (await c.query('SELECT id, duplicate_of IS NULL AS canonical FROM articles WHERE id = ANY($1::text[]) ORDER BY id FOR UPDATE', [ids])).rows;
    const canonical = new Set(locked.filter((r) => r.canonical).map((r) => String(r.id)));
    const old = (await c.query(`SELECT article_id, name, type, country, sector, role, mentions FROM actors
      WHERE article_id = ANY($1::text[])`, [[...canonical]])).rows as (ActorStatInput & { article_id: string })[];
    const delta = new SummaryDelta();
    const byArticle = new Map<string, ActorStatInput[]>();
    for (const r of old) byArticle.set(r.article_id, [...(byArticle.get(r.article_id) ?? []), r]);
    for (const rows of byArticle.values()) delta.add(actorDeltas(rows), -1);
    await c.query('DELETE FROM search_docs WHERE article_id = ANY($1::text[])', [locked.map((r) => String(r.id))]);
    const docs: (SearchDoc & { article_id: string })[] = [];
    for (const it of items) {
      if ('prepared' in it) {
        try {
          const { json, lang, rows, docs: all } = it.prepared;
          // quotes carry their own search vectors (migration 011); articles and events go to search_docs
          const quoteDocs = new Map<string, SearchDoc>();
          for (const d of all) {
            if (d.kind === 'quote') quoteDocs.set(d.ref, d);
            else if (locked.some((r) => r.id === it.id)) docs.push({ ...d, article_id: it.id });
          }
          const quotes = rows.quotes.map((q) => ({
            ...q, search_stems: quoteDocs.get(q.quote_id)?.stems ?? '', search_words: quoteDocs.get(q.quote_id)?.words ?? '',
          }));
          // pgSafeJson: a span cut between the two halves of a surrogate pair must not fail the write
          await c.query('SELECT lagebild_put_result($1, $2::json, $3::json)', [
            it.id, json, pgSafeJson({ ...rows, quotes }),
          ]);
          await c.query(detectedLangSql(POSTGRES), [lang, it.id]);
          // levers (migration 008) beside the function of migration 002, in the same transaction
          await c.query('DELETE FROM levers WHERE article_id = $1', [it.id]);
          if (rows.levers.length) {
            await c.query(`INSERT INTO levers (${LEVER_COLUMNS.join(', ')}) SELECT ${LEVER_COLUMNS.join(', ')}
              FROM json_populate_recordset(NULL::levers, $1::json)`, [JSON.stringify(rows.levers)]);
          }
          if (canonical.has(it.id)) delta.add(actorDeltas(rows.actors), 1);
        } catch (err) {
          if ((err as { code?: string }).code === 'P0002') throw new Error(`no article with id ${it.id}`);
          throw err;
        }
      } else {
        await this.writeError(c, it.id, it.error);
      }
    }
    await insertSearchDocs(c, docs);
    await delta.apply(c);
  }

  private async writeError(c: pg.PoolClient, articleId: string, error: { code: string; message: string }): Promise<void> {
    const found = await c.query('SELECT 1 FROM articles WHERE id = $1 FOR UPDATE', [articleId]);
    if (!found.rowCount) throw new Error(`no article with id ${articleId}`);
    for (const t of ['mentions', 'actors', 'quotes', 'events', 'levers', 'results']) {
      await c.query(`DELETE FROM ${t} WHERE article_id = $1`, [articleId]);
    }
    await c.query(`UPDATE articles SET status = 'error', error_code = $2, error_message = $3, n_events = 0, n_quotes = 0,
      lease_owner = NULL, lease_until = NULL WHERE id = $1`, [articleId, cleanString(error.code).value, cleanString(error.message).value]);
  }

  /** `match`: the shared query; `q`: ILIKE on article_search with its trigram indexes (migration 006). */
  async listArticles(q: { limit?: number; offset?: number; q?: string; match?: ParsedQuery } = {}): Promise<ArticleSummary[]> {
    if (!q.q) return this.listArticlesShared(q);
    const P = new Params(POSTGRES);
    const where: string[] = [];
    if (q.match) {
      const cond = q.match.clauses.length ? pgTextMatch('article', q.match, P) : null;
      if (!cond) return [];
      where.push(cond);
    }
    const p = P.p(likePattern(q.q));
    // article_search holds the searched columns with trigram indexes (migration 006)
    where.push(`seq IN (SELECT seq FROM article_search WHERE title ILIKE ${p} OR text ILIKE ${p} OR url ILIKE ${p})`);
    const sql = `SELECT ${summaryCols(POSTGRES)} FROM articles WHERE ${where.join(' AND ')}
      ORDER BY date DESC NULLS LAST, seq DESC LIMIT ${P.p(clampLimit(q.limit, 50))} OFFSET ${P.p(clampOffset(q.offset))}`;
    // Measured plan: the planner costs a sequential scan of article_search without the work of
    // unpacking every compressed text for ILIKE, so it prefers it to the trigram indexes even for
    // a word in 10 % of the articles: 330 ms instead of 84 ms on 20,000 articles (EXPLAIN ANALYZE,
    // lead). Where the indexes exist they are the better plan for any search word, so the scan is
    // ruled out here.
    return this.tx(async (c) => {
      await c.query('SET LOCAL enable_seqscan = off');
      return (await c.query(sql, P.values)).rows.map(toSummary);
    });
  }

  /** Recomputes the actor summary from the actor rows: needed only after changing duplicate_of by hand. */
  async rebuildSummaries(): Promise<void> {
    await this.pool.query('SELECT lagebild_rebuild_actor_stats()');
  }

  async addCorrection(c: CorrectionIn): Promise<CorrectionRow> {
    return toCorrectionRow((await this.rows({ sql: insertCorrectionSql(POSTGRES), values: [new Date().toISOString(), ...correctionValues(c)] }))[0]);
  }

  async eventsByKeys(keys: { articleId: string; eventId: string }[]): Promise<EventRow[]> {
    if (!keys.length) return [];
    const r = await this.pool.query(`SELECT ${EVENT_COLS} FROM unnest($1::text[], $2::text[]) AS k(a, e2)
        JOIN events e ON e.article_id = k.a AND e.event_id = k.e2 JOIN articles a ON a.id = e.article_id
      WHERE a.duplicate_of IS NULL`, [keys.map((k) => k.articleId), keys.map((k) => k.eventId)]);
    return r.rows.map(toEventRow);
  }

  async places(q: { type?: string } = {}): Promise<PlaceSummary> {
    const places = (await this.rows(placesSql(POSTGRES, this.canonicalEvents, q.type)))
      .map((r) => ({ name: r.name, country: r.country ?? null, lat: Number(r.lat), lon: Number(r.lon), count: Number(r.count) }));
    const P = new Params(POSTGRES);
    const type = q.type ? `AND e.type = ${P.p(q.type)}` : '';
    const countries = (await this.pool.query(`SELECT c AS country, count(*) AS count FROM (
        SELECT e.source_country AS c FROM events e JOIN articles a ON a.id = e.article_id
          WHERE a.duplicate_of IS NULL AND e.source_country IS NOT NULL ${type}
        UNION ALL
        SELECT e.target_country AS c FROM events e JOIN articles a ON a.id = e.article_id
          WHERE a.duplicate_of IS NULL AND e.target_country IS NOT NULL ${type}
      ) x GROUP BY c ORDER BY count DESC, c COLLATE "C"`, P.values)).rows
      .map((r) => ({ country: r.country as string, count: Number(r.count) }));
    return { places, countries };
  }

  async leaseOwners(): Promise<string[]> {
    return (await this.pool.query(`SELECT DISTINCT lease_owner FROM articles WHERE status = 'pending' AND lease_owner IS NOT NULL
      AND lease_until >= clock_timestamp()`)).rows.map((r) => String(r.lease_owner));
  }

  async releaseLeases(owner: string): Promise<number> {
    return (await this.pool.query(`UPDATE articles SET lease_owner = NULL, lease_until = NULL
      WHERE status = 'pending' AND lease_owner = $1`, [owner])).rowCount ?? 0;
  }

  async claimIds(owner: string, ids: string[], leaseMs: number): Promise<string[]> {
    if (!ids.length) return [];
    const rows = (await this.pool.query(`UPDATE articles SET lease_owner = $1,
        lease_until = clock_timestamp() + $2 * interval '1 millisecond', attempts = attempts + 1
      WHERE id IN (SELECT id FROM articles WHERE id = ANY($3::text[]) AND status = 'pending'
          AND (lease_until IS NULL OR lease_until < clock_timestamp()) FOR UPDATE SKIP LOCKED)
      RETURNING id`, [owner, leaseMs, ids])).rows;
    return rows.map((r) => String(r.id));
  }

  async claim(owner: string, limit: number, leaseMs: number): Promise<ClaimedArticle[]> {
    const rows = (await this.pool.query(`UPDATE articles SET lease_owner = $1,
        lease_until = clock_timestamp() + $2 * interval '1 millisecond', attempts = attempts + 1
      WHERE seq IN (SELECT seq FROM articles WHERE status = 'pending'
          AND (lease_until IS NULL OR lease_until < clock_timestamp())
        ORDER BY seq LIMIT $3 FOR UPDATE SKIP LOCKED)
      RETURNING seq, id, text, title, lang, date, url, source`, [owner, leaseMs, clampLimit(limit, 1, 1000)])).rows;
    rows.sort((x, y) => Number(x.seq) - Number(y.seq));
    return rows.map(toClaimed);
  }

  async pendingCount(): Promise<number> {
    return Number((await this.pool.query(`SELECT count(*) AS n FROM articles WHERE status = 'pending'`)).rows[0].n);
  }

  /** Drops this store's schema and everything in it (tests, benchmarks). */
  async dropSchema(): Promise<void> {
    if (this.schema === 'public') throw new Error('refusing to drop the public schema');
    await this.pool.query(`DROP SCHEMA IF EXISTS "${this.schema}" CASCADE`);
  }

  async addRegistryFacts(facts: RegistryFactIn[]): Promise<RegistryFactRow[]> {
    if (!facts.length) return [];
    const now = new Date().toISOString();
    return this.tx(async (c) => {
      const out: RegistryFactRow[] = [];
      for (const f of facts) {
        const r = await c.query(insertRegistryFactSql(POSTGRES), [...registryFactValues(f), now]);
        out.push(toRegistryFactRow(r.rows[0]));
      }
      return out;
    });
  }

  async close(): Promise<void> {
    await this.pool.end().catch(() => {});
  }
}

/**
 * The net change of one write transaction to actor_stats / actor_facets (migration 006): old rows
 * subtracted, new rows added, zero changes dropped; applied in (name, type) order, one statement
 * per table, so that concurrent writers lock summary rows in the same order.
 */
class SummaryDelta {
  private stats = new Map<string, { name: string; type: string; articles: number; mentions: number }>();
  private facets = new Map<string, { name: string; type: string; kind: string; value: string; n: number }>();

  add(d: ActorDeltas, sign: 1 | -1): void {
    for (const x of d.stats) {
      const k = `${x.name}\u0000${x.type}`;
      const s = this.stats.get(k) ?? { name: x.name, type: x.type, articles: 0, mentions: 0 };
      s.articles += sign;
      s.mentions += sign * x.mentions;
      this.stats.set(k, s);
    }
    for (const x of d.facets) {
      const k = `${x.name}\u0000${x.type}\u0000${x.kind}\u0000${x.value}`;
      const f = this.facets.get(k) ?? { name: x.name, type: x.type, kind: x.kind, value: x.value, n: 0 };
      f.n += sign * x.n;
      this.facets.set(k, f);
    }
  }

  async apply(c: pg.PoolClient): Promise<void> {
    const stats = [...this.stats.values()].filter((s) => s.articles !== 0 || s.mentions !== 0);
    const facets = [...this.facets.values()].filter((f) => f.n !== 0);
    if (stats.length) {
      await c.query(`INSERT INTO actor_stats AS s (name, type, articles, mentions)
          SELECT name, type, articles, mentions FROM json_populate_recordset(NULL::actor_stats, $1) ORDER BY name, type
        ON CONFLICT (name, type) DO UPDATE SET articles = s.articles + EXCLUDED.articles, mentions = s.mentions + EXCLUDED.mentions`, [JSON.stringify(stats)]);
      if (stats.some((s) => s.articles < 0)) {
        await c.query(`DELETE FROM actor_stats s USING json_populate_recordset(NULL::actor_stats, $1) x
          WHERE s.name = x.name AND s.type = x.type AND s.articles <= 0`, [JSON.stringify(stats.filter((s) => s.articles < 0))]);
      }
    }
    if (facets.length) {
      await c.query(`INSERT INTO actor_facets AS s (name, type, kind, value, n)
          SELECT name, type, kind, value, n FROM json_populate_recordset(NULL::actor_facets, $1) ORDER BY name, type, kind, value
        ON CONFLICT (name, type, kind, value) DO UPDATE SET n = s.n + EXCLUDED.n`, [JSON.stringify(facets)]);
      if (facets.some((f) => f.n < 0)) {
        await c.query(`DELETE FROM actor_facets s USING json_populate_recordset(NULL::actor_facets, $1) x
          WHERE s.name = x.name AND s.type = x.type AND s.kind = x.kind AND s.value = x.value AND s.n <= 0`, [JSON.stringify(facets.filter((f) => f.n < 0))]);
      }
    }
  }
}
