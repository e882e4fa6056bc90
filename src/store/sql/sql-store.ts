/**
 * The reads both stores share, written once (queries.ts) and run through two hooks each store
 * supplies: `rows(stmt)` (its driver) and `textMatch` (its full-text index). SqliteStore and
 * PgStore extend this class and override only the measured plans (docs/store.md, "Shared SQL").
 *
 * @example
 * class MyStore extends SqlStore { protected async rows(s) { ... } protected textMatch = ...; }
 */
import type { Result } from '../../contract/schema.js';
import type {
  ActorRow, ArticleSummary, EventQuery, EventRow, PartnerRow, QuoteQuery, QuoteRow, StoredArticle, WeekPoint,
} from '../store.js';
import type { ExportEventRow } from '../queue.js';
import type { CorrectionRow } from '../corrections.js';
import { toCorrectionRow } from '../correction-rows.js';
import { toLeverRow, type LeverQuery, type LeverRow } from '../lever-rows.js';
import { toEventRow, toQuoteRow, toSummary } from '../map-rows.js';
import { toRegistryFactRow, type RegistryFactRow } from '../registry-facts.js';
import { weekSeries, type RelationGroup, type WeekGroup } from '../relation.js';
import type { ParsedQuery } from '../search-terms.js';
import type { Dialect, Stmt } from './dialect.js';
import {
  actorsSql, articleSql, articlesPerDaySql, articlesSql, correctionsSql, countsSql, dyadsSql, eventArticlesPageSql,
  eventsOfArticlesSql, eventsSql, leversSql, partnersSql, quotesSql, registryFactsSql, relationGroupsSql, relationSql,
  resultsPageSql, storiesPageSql, type TextMatch,
} from './queries.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- database rows are untyped */

export abstract class SqlStore {
  /** the dialect the shared queries are spelt in */
  protected abstract readonly d: Dialect;
  /** the store's full-text hook (queries.ts TextMatch) */
  protected abstract readonly textMatch: TextMatch;
  /** the store's test that an event's article is canonical, on `events e` (partners) */
  protected abstract readonly canonicalEvents: { from: string; where: string };
  /** The same, for the dyads' scan over every event's pair (SQLite names its covering index). */
  protected get pairEvents(): { from: string; where: string } {
    return this.canonicalEvents;
  }
  /** runs a statement, returns its rows */
  protected abstract rows(s: Stmt): Promise<any[]>;

  async getArticle(id: string): Promise<StoredArticle | null> {
    const r = (await this.rows(articleSql(this.d, id)))[0];
    if (!r) return null;
    return {
      ...toSummary(r), text: r.text, result: r.json == null ? null : this.d.readJson<Result>(r.json),
      error: r.error_code ? { code: r.error_code, message: r.error_message ?? '' } : null,
    };
  }

  /** listArticles without a substring `q` (each store searches substrings on its own index). */
  protected async listArticlesShared(q: { limit?: number; offset?: number; match?: ParsedQuery }): Promise<ArticleSummary[]> {
    const s = articlesSql(this.d, this.textMatch, q);
    return s ? (await this.rows(s)).map(toSummary) : [];
  }

  async events(q: EventQuery = {}): Promise<EventRow[]> {
    return (await this.rows(eventsSql(this.d, this.textMatch, q))).map(toEventRow);
  }

  async quotes(q: QuoteQuery = {}): Promise<QuoteRow[]> {
    const s = quotesSql(this.d, this.textMatch, q);
    return s ? (await this.rows(s)).map(toQuoteRow) : [];
  }

  async actors(q: { q?: string; limit?: number } = {}): Promise<ActorRow[]> {
    return (await this.rows(actorsSql(this.d, q))).map((r) => ({
      name: r.name, type: r.type, country: r.country ?? null, sector: r.sector ?? null,
      roles: this.d.readArray(r.roles).filter((x): x is string => typeof x === 'string' && !!x).sort(),
      articles: Number(r.articles), mentions: Number(r.mentions),
    }));
  }

  async relation(a: string, b: string): Promise<WeekPoint[]> {
    return weekSeries(await this.rows(relationSql(this.d, a, b)) as WeekGroup[]);
  }

  /** The dyad's events grouped by day, direction, quad class and status (corrected-view.ts builds any series from them). */
  async relationGroups(a: string, b: string): Promise<RelationGroup[]> {
    return (await this.rows(relationGroupsSql(this.d, a, b))).map((r) => ({
      day: r.day, source: r.source, quad: r.quad ?? null, status: r.status, dated: Number(r.dated ?? 0),
      n: Number(r.n), scored: Number(r.scored), score_sum: Number(r.score_sum),
    }));
  }

  /** The countries `c` has events with (either direction), most events first. */
  async partners(c: string, limit?: number): Promise<PartnerRow[]> {
    return (await this.rows(partnersSql(this.d, this.canonicalEvents, c, limit))).map((r) => ({
      country: r.country, events: Number(r.events), scoreSum: Math.round(Number(r.score) * 1000) / 1000,
    }));
  }

  /** Canonical articles per article date within [from, to] (the relation's per-100-articles normalisation). */
  async articlesPerDay(from?: string, to?: string): Promise<{ day: string; n: number }[]> {
    return (await this.rows(articlesPerDaySql(this.d, from, to))).map((r) => ({ day: r.day, n: Number(r.n) }));
  }

  async dyads(limit?: number): Promise<{ a: string; b: string; count: number }[]> {
    return (await this.rows(dyadsSql(this.d, this.pairEvents, limit))).map((r) => ({ a: r.a, b: r.b, count: Number(r.count) }));
  }

  async counts(): Promise<{ articles: number; done: number; errors: number; events: number; quotes: number }> {
    const r = (await this.rows(countsSql(this.d)))[0];
    return {
      articles: Number(r.articles), done: Number(r.done), errors: Number(r.errors),
      events: Number(r.events), quotes: Number(r.quotes),
    };
  }

  /** Levers of canonical articles, newest first (docs/levers.md). */
  async levers(q: LeverQuery = {}): Promise<LeverRow[]> {
    return (await this.rows(leversSql(this.d, q))).map(toLeverRow);
  }

  async corrections(q: { articleId?: string; eventId?: string; limit?: number } = {}): Promise<CorrectionRow[]> {
    return (await this.rows(correctionsSql(this.d, q))).map(toCorrectionRow);
  }

  async registryFacts(q: { afterId?: number } = {}): Promise<RegistryFactRow[]> {
    return (await this.rows(registryFactsSql(this.d, q.afterId))).map(toRegistryFactRow);
  }

  async *allResults(pageSize = 200): AsyncGenerator<Result> {
    let last = 0;
    for (;;) {
      const rows = await this.rows(resultsPageSql(this.d, last, pageSize));
      if (!rows.length) return;
      for (const r of rows) yield this.d.readJson<Result>(r.json);
      last = Number(rows[rows.length - 1].seq);
    }
  }

  async *allEvents(pageSize = 200): AsyncGenerator<ExportEventRow> {
    let last = 0;
    for (;;) {
      const arts = await this.rows(eventArticlesPageSql(this.d, last, pageSize));
      if (!arts.length) return;
      for (const r of await this.rows(eventsOfArticlesSql(this.d, arts.map((x) => String(x.id))))) {
        yield { ...toEventRow(r), url: r.article_url ?? null };
      }
      last = Number(arts[arts.length - 1].seq);
    }
  }

  async *allStories(pageSize = 200): AsyncGenerator<{ result: Result; sources: number }> {
    let last = 0;
    for (;;) {
      const rows = await this.rows(storiesPageSql(this.d, last, pageSize));
      if (!rows.length) return;
      for (const r of rows) yield { result: this.d.readJson<Result>(r.json), sources: Number(r.sources) };
      last = Number(rows[rows.length - 1].seq);
    }
  }
}
