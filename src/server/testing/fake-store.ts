/**
 * An in-memory Store for the server's tests: same interface as the SQLite store, computed from
 * the stored contract results with plain loops. Not for production (no FTS, no persistence).
 *
 * @example
 * const store = new FakeStore();
 * const { id } = await store.putArticle({ text: 'Merz traf Macron.' });
 */
import { createHash } from 'node:crypto';
import type { ArticleIn, Result } from '../../contract/schema.js';
import type {
  ActorRow, ArticleSummary, EventQuery, EventRow, PlaceSummary, QuoteQuery, QuoteRow, StoredArticle, WeekPoint,
} from '../../store/store.js';
import type { ExportEventRow, PutArticleResult } from '../../store/queue.js';
import type { ServerStore } from '../server-store.js';
import { QUAD } from '../../store/quad.js';

/** PLOVER types by quad class: the one vocabulary (src/plover via src/store/quad.ts). */
export { QUAD };

/** Monday of the ISO week of a YYYY-MM-DD day. */
export function mondayOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

const within = (d: string | null, from?: string, to?: string) =>
  (!from || (d !== null && d >= from)) && (!to || (d !== null && d.slice(0, to.length) <= to));
const has = (hay: string | null | undefined, needle?: string) =>
  !needle || (hay ?? '').toLowerCase().includes(needle.toLowerCase());

/** The in-memory Store. */
export class FakeStore implements ServerStore {
  readonly kind = 'sqlite' as const;
  private readonly rows = new Map<string, StoredArticle>();

  async migrate(): Promise<void> {}

  async putArticle(a: ArticleIn): Promise<PutArticleResult> {
    const hash = createHash('sha256').update(a.text.trim()).digest('hex');
    for (const r of this.rows.values()) if (r.hash === hash) return { id: r.id, inserted: false, status: r.status, duplicateOf: null };
    const id = a.id || hash.slice(0, 16);
    this.rows.set(id, {
      id, hash, title: a.title ?? null, lang: a.lang ?? null, date: a.date ?? null, url: a.url ?? null,
      source: a.source ?? null, status: 'pending', duplicateOf: null, events: 0, quotes: 0,
      text: a.text, result: null, error: null,
    });
    return { id, inserted: true, status: 'pending', duplicateOf: null };
  }

  async putResult(id: string, result: Result): Promise<void> {
    const r = this.rows.get(id);
    if (!r) return;
    Object.assign(r, {
      result, status: 'done', error: null, events: result.events.length, quotes: result.quotes.length,
      title: r.title ?? result.title, lang: result.lang, date: r.date ?? result.date,
    });
  }

  async putError(id: string, error: { code: string; message: string }): Promise<void> {
    const r = this.rows.get(id);
    if (r) Object.assign(r, { status: 'error', error });
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    return this.rows.get(id) ?? null;
  }

  async listArticles(q: { limit?: number; offset?: number; q?: string } = {}): Promise<ArticleSummary[]> {
    const off = q.offset ?? 0;
    return [...this.rows.values()]
      .filter((r) => has(r.text, q.q) || has(r.title, q.q))
      .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))
      .slice(off, off + (q.limit ?? 50))
      .map(({ text: _t, result: _r, error: _e, ...summary }) => summary);
  }

  private allEventRows(): EventRow[] {
    const out: EventRow[] = [];
    for (const r of this.rows.values()) {
      const res = r.result;
      if (!res) continue;
      const names = (ids: string[]) => ids.map((i) => res.actors.find((a) => a.id === i)?.name ?? i);
      for (const e of res.events) {
        out.push({
          articleId: r.id, eventId: e.id, type: e.type, mode: e.mode, status: e.status, score: e.score,
          date: e.date, articleDate: r.date, sourceCountry: e.sourceCountry, targetCountry: e.targetCountry,
          sourceNames: names(e.source), targetNames: names(e.target), trigger: e.trigger,
          evidence: { ...e.evidence, text: res.text.slice(e.evidence.start, e.evidence.end) },
          place: e.place, quoteId: e.quote, sources: 1,
          ...(e.confidence === undefined ? {} : { confidence: e.confidence }),
        });
      }
    }
    return out.sort((a, b) => (b.date ?? b.articleDate ?? '').localeCompare(a.date ?? a.articleDate ?? ''));
  }

  async events(q: EventQuery = {}): Promise<EventRow[]> {
    const off = q.offset ?? 0;
    return this.allEventRows().filter((e) => {
      const d = e.date ?? e.articleDate;
      const sides = q.either
        ? [q.source, q.target].filter(Boolean).every((c) => e.sourceCountry === c || e.targetCountry === c)
        : (!q.source || e.sourceCountry === q.source) && (!q.target || e.targetCountry === q.target);
      return sides && within(d, q.from, q.to) && (!q.type || e.type === q.type) && (!q.status || e.status === q.status)
        && (!q.actor || [...e.sourceNames, ...e.targetNames].some((n) => has(n, q.actor))) && has(e.evidence.text, q.q)
        && (!q.place || e.place?.name === q.place)
        && (q.minConfidence === undefined || e.confidence === undefined || e.confidence >= q.minConfidence);
    }).slice(off, off + (q.limit ?? 200));
  }

  async quotes(q: QuoteQuery = {}): Promise<QuoteRow[]> {
    const out: QuoteRow[] = [];
    for (const r of this.rows.values()) {
      const res = r.result;
      if (!res) continue;
      for (const qu of res.quotes) {
        const actor = res.actors.find((a) => a.id === qu.speakerActor);
        out.push({
          articleId: r.id, quoteId: qu.id, type: qu.type, text: qu.text, speaker: actor?.name ?? qu.speaker?.text ?? null,
          speakerCountry: actor?.country ?? null, cue: qu.cue?.text ?? null, date: r.date, title: r.title,
        });
      }
    }
    const off = q.offset ?? 0;
    return out.filter((x) => has(x.text, q.q) && has(x.speaker, q.speaker) && (!q.country || x.speakerCountry === q.country)
      && within(x.date, q.from, q.to)).slice(off, off + (q.limit ?? 100));
  }

  async actors(q: { q?: string; limit?: number } = {}): Promise<ActorRow[]> {
    const byName = new Map<string, ActorRow & { ids: Set<string> }>();
    for (const r of this.rows.values()) {
      for (const a of r.result?.actors ?? []) {
        const row = byName.get(a.name) ?? { name: a.name, type: a.type, country: a.country, sector: a.sector, roles: [], articles: 0, mentions: 0, ids: new Set<string>() };
        if (a.role && !row.roles.includes(a.role)) row.roles.push(a.role);
        if (!row.ids.has(r.id)) row.articles++;
        row.ids.add(r.id);
        row.mentions += a.mentions.length;
        byName.set(a.name, row);
      }
    }
    return [...byName.values()].filter((a) => has(a.name, q.q)).sort((a, b) => b.mentions - a.mentions)
      .slice(0, q.limit ?? 200).map(({ ids: _ids, ...row }) => row);
  }

  async relation(a: string, b: string): Promise<WeekPoint[]> {
    const weeks = new Map<string, WeekPoint>();
    for (const e of this.allEventRows()) {
      const pair = (e.sourceCountry === a && e.targetCountry === b) || (e.sourceCountry === b && e.targetCountry === a);
      const d = e.date?.length === 10 ? e.date : e.articleDate;
      if (!pair || !d) continue;
      const week = mondayOf(d);
      const w = weeks.get(week) ?? { week, scoreSum: 0, scoreMean: 0, count: 0, quad: {} };
      w.scoreSum += e.score;
      w.count++;
      w.scoreMean = w.scoreSum / w.count;
      const qc = (w.quad[QUAD[e.type] ?? 'other'] ??= { asserted: 0, planned: 0, other: 0 });
      if (e.status === 'asserted') qc.asserted++;
      else if (e.status === 'planned') qc.planned++;
      else qc.other++;
      weeks.set(week, w);
    }
    return [...weeks.values()].sort((x, y) => x.week.localeCompare(y.week));
  }

  async places(q: { type?: string } = {}): Promise<PlaceSummary> {
    const places = new Map<string, PlaceSummary['places'][number]>();
    const countries = new Map<string, number>();
    for (const e of this.allEventRows()) {
      if (q.type && e.type !== q.type) continue;
      for (const c of [e.sourceCountry, e.targetCountry]) if (c) countries.set(c, (countries.get(c) ?? 0) + 1);
      const p = e.place;
      if (!p || p.lat === null || p.lon === null) continue;
      const k = `${p.name}|${p.lat}|${p.lon}`;
      const row = places.get(k) ?? { name: p.name, country: p.country, lat: p.lat, lon: p.lon, count: 0 };
      row.count++;
      places.set(k, row);
    }
    return {
      places: [...places.values()].sort((x, y) => y.count - x.count || x.name.localeCompare(y.name)),
      countries: [...countries].map(([country, count]) => ({ country, count }))
        .sort((x, y) => y.count - x.count || x.country.localeCompare(y.country)),
    };
  }

  async dyads(limit = 50): Promise<{ a: string; b: string; count: number }[]> {
    const counts = new Map<string, number>();
    for (const e of this.allEventRows()) {
      if (!e.sourceCountry || !e.targetCountry || e.sourceCountry === e.targetCountry) continue;
      const key = [e.sourceCountry, e.targetCountry].sort().join('-');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return [...counts].map(([k, count]) => ({ a: k.slice(0, 3), b: k.slice(4), count }))
      .sort((x, y) => y.count - x.count).slice(0, limit);
  }

  async counts() {
    const all = [...this.rows.values()];
    return {
      articles: all.length, done: all.filter((r) => r.status === 'done').length,
      errors: all.filter((r) => r.status === 'error').length,
      events: all.reduce((s, r) => s + r.events, 0), quotes: all.reduce((s, r) => s + r.quotes, 0),
    };
  }

  async *allResults(): AsyncGenerator<Result> {
    for (const r of this.rows.values()) if (r.result) yield r.result;
  }

  async *allEvents(): AsyncGenerator<ExportEventRow> {
    for (const e of this.allEventRows()) yield { ...e, url: this.rows.get(e.articleId)?.url ?? null };
  }

  async *allStories(): AsyncGenerator<{ result: Result; sources: number }> {
    for (const r of this.rows.values()) if (r.result) yield { result: r.result, sources: 1 };
  }

  async close(): Promise<void> {}
}
