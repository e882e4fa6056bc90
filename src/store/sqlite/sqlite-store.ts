/**
 * The Store on SQLite (better-sqlite3, WAL): one file, one analyst. Every write that belongs
 * together (an article and its LSH bands; a result and its layer rows) is one transaction, so a
 * process killed at any point leaves either all of it or nothing. Every statement is parameterised.
 *
 * @example
 * const store = await SqliteStore.open('.lagebild/lagebild.db');
 * const { id } = await store.putArticle({ text: 'Scholz traf Macron in Paris.' });
 */
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import type { ArticleIn, Result } from '../../contract/schema.js';
import type { ArticleSummary, EventQuery, EventRow, PlaceSummary, Store } from '../store.js';
import type { AnalysisOutcome, ClaimedArticle, PutArticleResult } from '../queue.js';
import { layerRows, likePattern } from '../rows.js';
import { LEVER_COLUMNS } from '../lever-rows.js';
import { altId, baseId, toEventRow, toSummary } from '../map-rows.js';
import { clampLimit, clampOffset } from '../relation.js';
import { correctionValues, toCorrectionRow } from '../correction-rows.js';
import type { CorrectionIn, CorrectionRow } from '../corrections.js';
import { fts5Match, type ParsedQuery } from '../search-terms.js';
import { searchDocs, type SearchDoc } from '../search-docs.js';
import { migrationFiles } from '../migrations.js';
import { actorDeltas, type ActorDeltas, type ActorStatInput } from '../actor-stats.js';
import { DEDUP, sigFromBytes, sigToBytes, similarity } from '../../dedup/minhash.js';
import { prepareArticle, prepareResult, toClaimed, type PreparedArticle, type PreparedResult } from '../prepare.js';
import { cleanArticle, cleanString } from '../../read/clean-text.js';
import {
  registryFactValues, toRegistryFactRow, type RegistryFactIn, type RegistryFactRow,
} from '../registry-facts.js';
import { Params, SQLITE, type Stmt } from '../sql/dialect.js';
import { SqlStore } from '../sql/sql-store.js';
import {
  EVENT_COLS, detectedLangSql, eventConditions, insertCorrectionSql, insertRegistryFactSql, placesSql, summaryCols, inDocs, type TextMatch,
} from '../sql/queries.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- better-sqlite3 rows are untyped */

const MIGRATIONS = new URL('./migrations/', import.meta.url);

/**
 * "The event's article is canonical": its id is not among the duplicates'. SQLite builds that list
 * once per statement (from the articles_duplicate_of index; a join made it scan all articles and
 * read duplicate_of from rows, stored after the inline text), and the event's side needs only
 * article_id, which the pair and place indexes hold (migration 013), so aggregations over every
 * event read indexes alone. articles.id is NOT NULL, so NOT IN means what it says.
 */
const CANONICAL_EVENT = 'e.article_id NOT IN (SELECT id FROM articles INDEXED BY articles_duplicate_of WHERE duplicate_of IS NOT NULL)';
export const SQLITE_CANONICAL_EVENTS = { from: 'events e', where: CANONICAL_EVENT };
/** without the hint SQLite reads every event's row for the dyads (min/max of the pair) */
const PAIR_EVENTS = { from: 'events e INDEXED BY events_dyad', where: CANONICAL_EVENT };

/** How long a statement waits for another connection's lock before SQLITE_BUSY (ms). */
const BUSY_TIMEOUT_MS = 10_000;

export class SqliteStore extends SqlStore implements Store {
  readonly kind = 'sqlite' as const;
  protected readonly d = SQLITE;
  /** FTS5 over the stemmed and folded words of search_docs (migration 007) */
  protected readonly textMatch: TextMatch = (kind, m, P) => inDocs(kind, `SELECT d.article_id, d.ref FROM search_docs d
    WHERE d.kind = ${P.p(kind)} AND d.rowid IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ${P.p(fts5Match(m))})`);
  protected readonly canonicalEvents = SQLITE_CANONICAL_EVENTS;
  protected override get pairEvents() {
    return PAIR_EVENTS;
  }
  readonly db: Database.Database;
  private readonly cache = new Map<string, Database.Statement>();
  /** Answers of whole-table aggregations (places), valid while `readsVersion` matches. */
  private readonly reads = new Map<string, unknown>();
  private readsVersion = '';
  /** Writes through this connection; with PRAGMA data_version (other connections' commits) the cache key. */
  private writes = 0;

  /** Opens (creating if needed) the file and sets the pragmas; call migrate() before use. */
  constructor(readonly file: string) {
    super();
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    this.db.pragma('foreign_keys = ON');
  }

  /** Opens and migrates. */
  static async open(file: string): Promise<SqliteStore> {
    const s = new SqliteStore(file);
    await s.migrate();
    return s;
  }

  protected async rows(s: Stmt): Promise<any[]> {
    return this.st(s.sql).all(...SQLITE.bind(s.values)) as any[];
  }

  private st(sql: string): Database.Statement {
    let s = this.cache.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.cache.set(sql, s);
    }
    return s;
  }

  /**
   * Runs `fn` in a write transaction (BEGIN IMMEDIATE) and waits for another connection's write
   * lock (a CLI ingest, a worker) without holding the thread: SQLite's own busy handler sleeps inside
   * the call, which in the server stopped its event loop, every read included, for as long as the
   * other process's transaction lasted. Here BEGIN is tried with no busy wait and, while the lock is
   * taken, tried again after 1, 2, 4 … 25 ms of timers, until BUSY_TIMEOUT_MS have passed, as
   * before. Once BEGIN IMMEDIATE holds the lock, nothing in the transaction waits (WAL).
   */
  private async writeTx<T>(fn: () => T): Promise<T> {
    const tx = this.db.transaction(fn);
    const deadline = Date.now() + BUSY_TIMEOUT_MS;
    for (let pause = 1; ; pause = Math.min(2 * pause, 25)) {
      this.db.pragma('busy_timeout = 0');
      try {
        return tx.immediate();
      } catch (err) {
        if ((err as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() + pause > deadline) throw err;
      } finally {
        this.db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
      }
      await sleep(pause);
    }
  }

  async migrate(): Promise<void> {
    const files = migrationFiles(MIGRATIONS);
    // IMMEDIATE: two processes starting together take turns; the second sees the first's versions.
    this.db.transaction(() => {
      this.db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
      const done = new Set(
        (this.db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version),
      );
      for (const m of files) {
        if (done.has(m.version)) continue;
        this.db.exec(m.sql);
        if (m.version === 7) this.backfillSearch();
        this.db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)')
          .run(m.version, m.name, new Date().toISOString());
      }
    }).immediate();
    this.cache.clear();
  }

  /** Versions applied so far (for tests and `docs/store.md`). */
  appliedVersions(): number[] {
    return (this.st('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[])
      .map((r) => r.version);
  }

  async putArticle(raw: ArticleIn): Promise<PutArticleResult> {
    // the readers and the API clean (with a note); this keeps every other caller's strings alike in both stores
    const article = cleanArticle(raw).article;
    const prepared = prepareArticle(article);
    return this.writeTx(() => this.insertArticle(article, prepared));
  }

  async putArticles(raw: ArticleIn[]): Promise<PutArticleResult[]> {
    const articles = raw.map((a) => cleanArticle(a).article);
    const prepared = articles.map(prepareArticle);
    return this.writeTx(() => articles.map((a, i) => this.insertArticle(a, prepared[i])));
  }

  /** The body of putArticle, inside a transaction. */
  private insertArticle(article: ArticleIn, { hash, sig, keys }: PreparedArticle): PutArticleResult {
    this.writes++;
    const known = this.st('SELECT id, status, duplicate_of FROM articles WHERE hash = ?').get(hash) as any;
    if (known) return { id: known.id, inserted: false, status: known.status, duplicateOf: known.duplicate_of ?? null };
    let id = baseId(article.id, hash);
    if (this.st('SELECT 1 FROM articles WHERE id = ?').get(id)) id = altId(id, hash);
    let duplicateOf: string | null = null;
    let sim: number | null = null;
    if (sig && keys) {
      const cands = this.st(`SELECT a.id, a.minhash FROM articles a WHERE a.id IN (
          SELECT b.article_id FROM json_each(?) j JOIN article_bands b ON b.band = j.key AND b.key = j.value
        ) ORDER BY a.seq LIMIT 64`).all(JSON.stringify(keys)) as any[];
      for (const c of cands) {
        const other = sigFromBytes(c.minhash);
        const s = other ? similarity(sig, other) : 0;
        if (s >= DEDUP.threshold && (sim === null || s > sim)) {
          duplicateOf = c.id;
          sim = s;
        }
      }
    }
    this.st(`INSERT INTO articles (id, hash, title, lang, date, url, source, text, status, duplicate_of,
        similarity, minhash, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?)`)
      .run(id, hash, article.title ?? null, article.lang ?? null, article.date ?? null, article.url ?? null,
        article.source ?? null, article.text, duplicateOf, sim, sig ? sigToBytes(sig) : null, new Date().toISOString());
    if (keys && !duplicateOf) {
      const ins = this.st('INSERT OR IGNORE INTO article_bands (band, key, article_id) VALUES (?, ?, ?)');
      keys.forEach((k, band) => ins.run(band, k, id));
    }
    return { id, inserted: true, status: 'pending', duplicateOf };
  }

  async putResult(articleId: string, result: Result): Promise<void> {
    const prepared = prepareResult(articleId, result);
    await this.writeTx(() => this.writeResult(articleId, prepared));
  }

  async putResults(items: AnalysisOutcome[]): Promise<void> {
    // the CPU work before the transaction (none for outcomes a worker prepared)
    const prepared = items.map((it) => ('error' in it ? it : { id: it.id, prepared: 'prepared' in it ? it.prepared : prepareResult(it.id, it.result) }));
    await this.writeTx(() => {
      for (const p of prepared) {
        if ('prepared' in p) this.writeResult(p.id, p.prepared);
        else this.writeError(p.id, p.error);
      }
    });
  }

  private writeResult(articleId: string, { rows, json, lang, docs }: PreparedResult): void {
    const art = this.st('SELECT duplicate_of FROM articles WHERE id = ?').get(articleId) as any;
    if (!art) throw new Error(`no article with id ${articleId}`);
    this.clearLayers(articleId, art.duplicate_of === null);
    const m = this.st(`INSERT INTO mentions (article_id, mention_id, start, "end", text, type, actor_id)
      VALUES (@article_id, @mention_id, @start, @end, @text, @type, @actor_id)`);
    for (const r of rows.mentions) m.run(r);
    const a = this.st(`INSERT INTO actors (article_id, actor_id, name, type, country, sector, role, mentions)
      VALUES (@article_id, @actor_id, @name, @type, @country, @sector, @role, @mentions)`);
    for (const r of rows.actors) a.run(r);
    if (art.duplicate_of === null) this.applyActorDeltas(actorDeltas(rows.actors), 1);
    const q = this.st(`INSERT INTO quotes (article_id, quote_id, type, text, speaker, speaker_actor, speaker_country, cue)
      VALUES (@article_id, @quote_id, @type, @text, @speaker, @speaker_actor, @speaker_country, @cue)`);
    for (const r of rows.quotes) q.run(r);
    const e = this.st(`INSERT INTO events (article_id, event_id, type, quad, mode, status, score, date, day, week,
      source_country, target_country, source_names, target_names, trigger_start, trigger_end, trigger_text,
      evidence_start, evidence_end, evidence_text, place_name, place_country, place_lat, place_lon, quote_id,
      confidence, date_basis, announced, article_seq)
      VALUES (@article_id, @event_id, @type, @quad, @mode, @status, @score, @date, @day, @week,
      @source_country, @target_country, @source_names, @target_names, @trigger_start, @trigger_end, @trigger_text,
      @evidence_start, @evidence_end, @evidence_text, @place_name, @place_country, @place_lat, @place_lon, @quote_id,
      @confidence, @date_basis, @announced, (SELECT seq FROM articles WHERE id = @article_id))`);
    for (const r of rows.events) e.run(r);
    if (rows.levers.length) {
      const l = this.st(`INSERT INTO levers (${LEVER_COLUMNS.join(', ')}) VALUES (${LEVER_COLUMNS.map((c) => `@${c}`).join(', ')})`);
      for (const r of rows.levers) l.run(r);
    }
    this.writeSearchDocs(articleId, docs);
    this.st('INSERT OR REPLACE INTO results (article_id, json, analysed_at) VALUES (?, ?, ?)')
      .run(articleId, json, new Date().toISOString());
    this.st(`UPDATE articles SET status = 'done', error_code = NULL, error_message = NULL, n_events = ?, n_quotes = ?,
      lease_owner = NULL, lease_until = NULL WHERE id = ?`).run(rows.events.length, rows.quotes.length, articleId);
    this.st(detectedLangSql(SQLITE)).run(...SQLITE.bind([lang, articleId]));
  }

  async putError(articleId: string, error: { code: string; message: string }): Promise<void> {
    await this.writeTx(() => this.writeError(articleId, error));
  }

  private writeError(articleId: string, error: { code: string; message: string }): void {
    const art = this.st('SELECT duplicate_of FROM articles WHERE id = ?').get(articleId) as any;
    if (!art) throw new Error(`no article with id ${articleId}`);
    this.clearLayers(articleId, art.duplicate_of === null);
    this.st(`UPDATE articles SET status = 'error', error_code = ?, error_message = ?, n_events = 0, n_quotes = 0,
      lease_owner = NULL, lease_until = NULL WHERE id = ?`).run(cleanString(error.code).value, cleanString(error.message).value, articleId);
  }

  /** Deletes an article's layer rows; a canonical article's actors leave the actor summary first. */
  private clearLayers(articleId: string, canonical: boolean): void {
    this.writes++;
    if (canonical) {
      const old = this.st('SELECT name, type, country, sector, role, mentions FROM actors WHERE article_id = ?')
        .all(articleId) as ActorStatInput[];
      if (old.length) this.applyActorDeltas(actorDeltas(old), -1);
    }
    for (const t of ['mentions', 'actors', 'quotes', 'events', 'levers', 'results']) {
      this.st(`DELETE FROM ${t} WHERE article_id = ?`).run(articleId);
    }
    this.st('DELETE FROM search_fts WHERE rowid IN (SELECT rowid FROM search_docs WHERE article_id = ?)').run(articleId);
    this.st('DELETE FROM search_docs WHERE article_id = ?').run(articleId);
  }

  /** Indexes an article's search documents (search-docs.ts). */
  private writeSearchDocs(articleId: string, docs: SearchDoc[]): void {
    const doc = this.st('INSERT INTO search_docs (kind, article_id, ref) VALUES (?, ?, ?)');
    const fts = this.st('INSERT INTO search_fts (rowid, stems, words) VALUES (?, ?, ?)');
    for (const d of docs) {
      const { lastInsertRowid } = doc.run(d.kind, articleId, d.ref);
      fts.run(lastInsertRowid, d.stems, d.words);
    }
  }

  /** Fills the search index from the stored results (once, when migration 007 arrives on an analysed store). */
  private backfillSearch(): void {
    let last = 0;
    for (;;) {
      const page = this.db.prepare(`SELECT a.seq, r.article_id, r.json FROM results r JOIN articles a ON a.id = r.article_id
        WHERE a.seq > ? ORDER BY a.seq LIMIT 500`).all(last) as any[];
      if (!page.length) return;
      for (const p of page) {
        const r = JSON.parse(p.json) as Result;
        this.writeSearchDocs(p.article_id, searchDocs(layerRows(p.article_id, r), r));
      }
      last = page[page.length - 1].seq;
    }
  }

  /** Adds (sign 1) or removes (sign -1) one article's contribution to actor_stats / actor_facets. */
  private applyActorDeltas(d: ActorDeltas, sign: 1 | -1): void {
    const stat = this.st(`INSERT INTO actor_stats (name, type, articles, mentions) VALUES (?, ?, ?, ?)
      ON CONFLICT (name, type) DO UPDATE SET articles = articles + excluded.articles, mentions = mentions + excluded.mentions`);
    const dropStat = this.st('DELETE FROM actor_stats WHERE name = ? AND type = ? AND articles <= 0');
    for (const s of d.stats) {
      stat.run(s.name, s.type, sign, sign * s.mentions);
      if (sign < 0) dropStat.run(s.name, s.type);
    }
    const facet = this.st(`INSERT INTO actor_facets (name, type, kind, value, n) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT (name, type, kind, value) DO UPDATE SET n = n + excluded.n`);
    const dropFacet = this.st('DELETE FROM actor_facets WHERE name = ? AND type = ? AND kind = ? AND value = ? AND n <= 0');
    for (const f of d.facets) {
      facet.run(f.name, f.type, f.kind, f.value, sign * f.n);
      if (sign < 0) dropFacet.run(f.name, f.type, f.kind, f.value);
    }
  }

  /**
   * Recomputes the actor summary from the actor rows (migration 002 does the same). Needed only
   * after changing `articles.duplicate_of` by hand, as bench/api-speed.ts does.
   */
  async rebuildSummaries(): Promise<void> {
    this.db.transaction(() => {
      this.db.exec('DELETE FROM actor_stats; DELETE FROM actor_facets;');
      this.db.exec(`INSERT INTO actor_stats (name, type, articles, mentions)
        SELECT ac.name, ac.type, count(DISTINCT ac.article_id), sum(ac.mentions)
        FROM actors ac JOIN articles a ON a.id = ac.article_id WHERE a.duplicate_of IS NULL GROUP BY ac.name, ac.type`);
      for (const kind of ['role', 'country', 'sector']) {
        this.db.exec(`INSERT INTO actor_facets (name, type, kind, value, n)
          SELECT ac.name, ac.type, '${kind}', ac.${kind}, count(*) FROM actors ac JOIN articles a ON a.id = ac.article_id
          WHERE a.duplicate_of IS NULL AND ac.${kind} IS NOT NULL GROUP BY ac.name, ac.type, ac.${kind}`);
      }
    }).immediate();
  }

  /** `match`: the shared query; `q`: LIKE over title, text and url (no index helps a substring: a scan). */
  async listArticles(q: { limit?: number; offset?: number; q?: string; match?: ParsedQuery } = {}): Promise<ArticleSummary[]> {
    if (!q.q) return this.listArticlesShared(q);
    const P = new Params(SQLITE);
    const where: string[] = [];
    if (q.match) {
      const cond = q.match.clauses.length ? this.textMatch('article', q.match, P) : null;
      if (!cond) return [];
      where.push(cond);
    }
    const p = P.p(likePattern(q.q));
    where.push(`(${['title', 'text', 'url'].map((c) => SQLITE.ilike(c, p)).join(' OR ')})`);
    return (await this.rows({
      sql: `SELECT ${summaryCols(SQLITE)} FROM articles WHERE ${where.join(' AND ')}
        ORDER BY date DESC, seq DESC LIMIT ${P.p(clampLimit(q.limit, 50))} OFFSET ${P.p(clampOffset(q.offset))}`,
      values: P.values,
    })).map(toSummary);
  }

  /**
   * Measured plan: the page is chosen on events alone (walking events_order, stopping at LIMIT);
   * only its rows are then joined to their articles. A join inside the walk made SQLite scan all
   * articles first; CROSS JOIN fixes the loop order (page outside), else the planner may scan all
   * events instead. The filter is the shared one (queries.ts eventConditions).
   */
  override async events(q: EventQuery = {}): Promise<EventRow[]> {
    const P = new Params(SQLITE);
    const where = [...eventConditions(SQLITE, this.textMatch, q, P), CANONICAL_EVENT]; // the filters first: the canonical test is the costlier one
    const order = 'ORDER BY e.day DESC, e.article_seq DESC, e.trigger_start, e.event_id';
    const sql = `SELECT ${EVENT_COLS} FROM (SELECT e.rowid AS rid FROM events e WHERE ${where.join(' AND ')}
        ${order} LIMIT ${P.p(clampLimit(q.limit, 100))} OFFSET ${P.p(clampOffset(q.offset))}) page
      CROSS JOIN events e ON e.rowid = page.rid CROSS JOIN articles a ON a.id = e.article_id ${order}`;
    return (await this.rows({ sql, values: P.values })).map(toEventRow);
  }

  async addCorrection(c: CorrectionIn): Promise<CorrectionRow> {
    this.writes++;
    const values = SQLITE.bind([new Date().toISOString(), ...correctionValues(c)]);
    return toCorrectionRow(await this.writeTx(() => this.st(insertCorrectionSql(SQLITE)).get(...values)));
  }

  async eventsByKeys(keys: { articleId: string; eventId: string }[]): Promise<EventRow[]> {
    if (!keys.length) return [];
    return (this.st(`SELECT ${EVENT_COLS} FROM json_each(?) k
        CROSS JOIN events e ON e.article_id = json_extract(k.value, '$[0]') AND e.event_id = json_extract(k.value, '$[1]')
        CROSS JOIN articles a ON a.id = e.article_id
      WHERE a.duplicate_of IS NULL`).all(JSON.stringify(keys.map((k) => [k.articleId, k.eventId]))) as any[]).map(toEventRow);
  }

  /**
   * Two scans over all canonical events, so the answer is cached until the database changes:
   * a write through this store, or a commit by another connection (PRAGMA data_version).
   */
  async places(q: { type?: string } = {}): Promise<PlaceSummary> {
    const version = `${this.db.pragma('data_version', { simple: true })}:${this.writes}`;
    if (version !== this.readsVersion) {
      this.reads.clear();
      this.readsVersion = version;
    }
    const key = `places:${q.type ?? ''}`;
    const hit = this.reads.get(key) as PlaceSummary | undefined;
    if (hit) return hit;
    const type = q.type ? 'AND e.type = ?' : '';
    const args = q.type ? [q.type] : [];
    const places = (await this.rows(placesSql(SQLITE, this.canonicalEvents, q.type)))
      .map((r) => ({ name: r.name, country: r.country ?? null, lat: Number(r.lat), lon: Number(r.lon), count: Number(r.count) }));
    // One pass by (source, target) pair; each side then counts for its country.
    const byCountry = new Map<string, number>();
    for (const r of this.st(`SELECT e.source_country AS s, e.target_country AS t, count(*) AS n FROM events e
      WHERE ${CANONICAL_EVENT} ${type} GROUP BY e.source_country, e.target_country`).all(...args) as any[]) {
      for (const c of [r.s, r.t]) if (c) byCountry.set(c, (byCountry.get(c) ?? 0) + Number(r.n));
    }
    const countries = [...byCountry].map(([country, count]) => ({ country, count }))
      .sort((x, y) => y.count - x.count || (x.country < y.country ? -1 : x.country > y.country ? 1 : 0));
    const out = { places, countries };
    this.reads.set(key, out);
    return out;
  }

  async leaseOwners(): Promise<string[]> {
    return (this.st(`SELECT DISTINCT lease_owner FROM articles WHERE status = 'pending' AND lease_owner IS NOT NULL
      AND lease_until >= ?`).all(Date.now()) as { lease_owner: string }[]).map((r) => r.lease_owner);
  }

  async releaseLeases(owner: string): Promise<number> {
    return this.st(`UPDATE articles SET lease_owner = NULL, lease_until = NULL WHERE status = 'pending' AND lease_owner = ?`)
      .run(owner).changes;
  }

  async claimIds(owner: string, ids: string[], leaseMs: number): Promise<string[]> {
    if (!ids.length) return [];
    const now = Date.now();
    const rows = this.st(`UPDATE articles SET lease_owner = ?, lease_until = ?, attempts = attempts + 1
      WHERE id IN (SELECT value FROM json_each(?)) AND status = 'pending' AND (lease_until IS NULL OR lease_until < ?)
      RETURNING id`).all(owner, now + leaseMs, JSON.stringify(ids), now) as { id: string }[];
    return rows.map((r) => r.id);
  }

  async claim(owner: string, limit: number, leaseMs: number): Promise<ClaimedArticle[]> {
    const now = Date.now();
    const rows = this.st(`UPDATE articles SET lease_owner = ?, lease_until = ?, attempts = attempts + 1
      WHERE seq IN (SELECT seq FROM articles WHERE status = 'pending' AND (lease_until IS NULL OR lease_until < ?)
        ORDER BY seq LIMIT ?)
      RETURNING seq, id, text, title, lang, date, url, source`).all(owner, now + leaseMs, now, clampLimit(limit, 1, 1000)) as any[];
    rows.sort((x, y) => x.seq - y.seq);
    return rows.map(toClaimed);
  }

  async pendingCount(): Promise<number> {
    return (this.st(`SELECT count(*) AS n FROM articles WHERE status = 'pending'`).get() as any).n;
  }

  async addRegistryFacts(facts: RegistryFactIn[]): Promise<RegistryFactRow[]> {
    const ins = this.st(insertRegistryFactSql(SQLITE));
    const now = new Date().toISOString();
    const rows = await this.writeTx(() => facts.map((f) => ins.get(...SQLITE.bind([...registryFactValues(f), now]))));
    return rows.map(toRegistryFactRow);
  }

  /** PRAGMA integrity_check: 'ok' for a sound file. */
  integrityCheck(): string {
    return (this.db.pragma('integrity_check', { simple: true }) as string) ?? '';
  }

  async close(): Promise<void> {
    this.cache.clear();
    if (this.db.open) this.db.close();
  }
}
