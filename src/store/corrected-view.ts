/**
 * The corrected view of a store: every read the dashboard, the API and the exports make, with the
 * analysts' corrections (corrections.ts) applied on top of the engine's rows. The engine's rows
 * stay as they are; with no corrections stored every call passes straight through (one small
 * query for the log), so the indexed queries of the stores keep their speed.
 *
 * How corrected events reach the aggregates: the store's own answer counts every event as the
 * engine saw it; the few corrected events are fetched by key, their engine version is taken out
 * of the answer and their corrected version (unless flagged wrong) put in.
 *
 * @example
 * const view = correctedView(await openStore(db));
 * await view.events({ source: 'USA' }); // corrected rows, flagged ones marked
 */
import type { Result } from '../contract/schema.js';
import {
  applyEventFix, applyToResult, canonicalName, eventKey, foldCorrections, namesMergedInto, renames, rowDay, splits,
  type CorrectionState,
} from './corrections.js';
import type { ExportEventRow } from './queue.js';
import { clampLimit, clampOffset, relationSeries, upperDay, type RelationGroup, type SeriesDirection, type SeriesUnit } from './relation.js';
import { quadClass } from './quad.js';
import { parseQuery, textMatches } from './search-terms.js';
import type { ActorRow, EventQuery, EventRow, PlaceSummary, QuoteQuery, QuoteRow, Store, WeekPoint } from './store.js';


/** Options of a relation series beyond the pair. */
export interface SeriesOptions {
  unit?: SeriesUnit;
  direction?: SeriesDirection;
  from?: string;
  to?: string;
}

/** The view: the store's methods, corrected; everything else passes through unchanged. */
export type CorrectedView<S extends Store> = S & {
  /** the folded correction log */
  correctionState(): Promise<CorrectionState>;
  /** relation series by day/week/month and direction, corrected */
  relationSeries(a: string, b: string, opts?: SeriesOptions): Promise<WeekPoint[]>;
  /** the store underneath */
  readonly raw: S;
};

/** Wraps `store`; wrapping a view again returns it. */
export function correctedView<S extends Store>(store: S): CorrectedView<S> {
  if ((store as { raw?: unknown }).raw) return store as CorrectedView<S>;
  const state = async (): Promise<CorrectionState> => foldCorrections(await store.corrections());
  const over = new Methods(store, state);
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'raw') return store;
      if (prop === 'correctionState') return state;
      if (typeof prop === 'string' && OVERRIDDEN.has(prop)) {
        return (over as unknown as Record<string, (...a: unknown[]) => unknown>)[prop].bind(over);
      }
      const v = Reflect.get(target, prop, receiver);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  }) as CorrectedView<S>;
}

const OVERRIDDEN = new Set([
  'events', 'relation', 'relationSeries', 'dyads', 'places', 'actors', 'quotes', 'allEvents', 'allResults', 'allStories',
]);

/** Does a corrected row pass the filter of an events query (the stores' semantics, in memory)? */
function matches(e: EventRow, q: EventQuery, actorNames: string[] | undefined): boolean {
  const day = rowDay(e);
  if (q.from && (!day || day < q.from)) return false;
  if (q.to && (!day || day > upperDay(q.to))) return false;
  const s = e.sourceCountry, t = e.targetCountry;
  if (q.either && q.source && q.target) {
    if (!((s === q.source && t === q.target) || (s === q.target && t === q.source))) return false;
  } else if (q.either && (q.source || q.target)) {
    const c = q.source ?? q.target;
    if (s !== c && t !== c) return false;
  } else {
    if (q.source && s !== q.source) return false;
    if (q.target && t !== q.target) return false;
  }
  if (q.type && e.type !== q.type) return false;
  if (q.status && e.status !== q.status) return false;
  if (actorNames) {
    const all = [...e.sourceNames, ...e.targetNames].map((n) => n.toLowerCase());
    if (!actorNames.some((a) => all.some((n) => n.includes(a.toLowerCase())))) return false;
  }
  const m = q.match ?? (q.q ? parseQuery(q.q) : null);
  if (m && !textMatches(m, `${e.evidence.text}\n${e.trigger.text}\n${e.sourceNames.join(' ')}\n${e.targetNames.join(' ')}`, null)
    && !textMatches(m, `${e.evidence.text}\n${e.trigger.text}\n${e.sourceNames.join(' ')}\n${e.targetNames.join(' ')}`, 'en')) return false;
  if (q.place && e.place?.name !== q.place) return false;
  return true;
}

class Methods {
  constructor(
    private readonly s: Store,
    private readonly state: () => Promise<CorrectionState>,
  ) {}

  /** Engine rows of the corrected events, and those rows corrected. */
  private async fixedRows(st: CorrectionState): Promise<{ raw: EventRow[]; fixed: EventRow[] }> {
    if (!st.events.size) return { raw: [], fixed: [] };
    const keys = [...st.events.keys()].map((k) => {
      const [articleId, eventId] = k.split('\u0000');
      return { articleId, eventId };
    });
    const raw = await this.s.eventsByKeys(keys);
    return { raw, fixed: raw.map((r) => applyEventFix(r, st)) };
  }

  /** Actor names a query for `actor` must match after merges and splits (null: none concerns it). */
  private actorNames(st: CorrectionState, actor: string | undefined): string[] | undefined {
    if (!actor || !renames(st)) return undefined;
    const low = actor.toLowerCase();
    const targets = new Set([...st.merges.values(), ...st.scoped.values()].filter((to) => to.toLowerCase().includes(low)));
    if (!targets.size) return undefined;
    return [...new Set([actor, ...[...targets].flatMap((t) => namesMergedInto(st, t))])];
  }

  /**
   * With splits, a stored name shows under another name in some articles only: rows found by a
   * name query are kept when their corrected names still match it (the stores' substring rule).
   */
  private splitFilter(st: CorrectionState, actor: string | undefined): ((names: string[]) => boolean) | null {
    if (!actor || !st.scoped.size) return null;
    const low = actor.toLowerCase();
    return (names) => names.some((n) => n.toLowerCase().includes(low));
  }

  async events(q: EventQuery = {}): Promise<EventRow[]> {
    const st = await this.state();
    const names = this.actorNames(st, q.actor);
    if (!st.events.size && !renames(st)) return this.s.events(q);
    const limit = clampLimit(q.limit, 100);
    const offset = clampOffset(q.offset);
    const base: EventQuery = names ? { ...q, actor: undefined, actorAny: names } : q;
    const keep = this.splitFilter(st, q.actor);
    if (keep) {
      // split names: filter after correcting, so read ahead (rows of the other actor drop out)
      const got = await this.events({ ...q, actor: undefined, actorAny: names ?? [q.actor!], offset: 0, limit: Math.min(10_000, 2 * (offset + limit) + 500) });
      return got.filter((r) => keep([...r.sourceNames, ...r.targetNames])).slice(offset, offset + limit);
    }
    if (!st.events.size) {
      return (await this.s.events(base)).map((r) => applyEventFix(r, st));
    }
    const rows = (await this.s.events({ ...base, offset: 0, limit: offset + limit + st.events.size }))
      .filter((r) => !st.events.has(eventKey(r.articleId, r.eventId)))
      .map((r) => applyEventFix(r, st));
    const { fixed } = await this.fixedRows(st);
    const extra = fixed.filter((r) => matches(r, q, names ?? (q.actor ? [q.actor] : undefined)));
    // newest day first, as the stores order: corrected rows go before the first older engine row
    const merged = [...rows];
    for (const e of extra) {
      const d = rowDay(e) ?? '';
      const at = merged.findIndex((r) => (rowDay(r) ?? '') < d);
      merged.splice(at < 0 ? merged.length : at, 0, e);
    }
    return merged.slice(offset, offset + limit);
  }

  async relation(a: string, b: string): Promise<WeekPoint[]> {
    return (await this.relationSeries(a, b, { unit: 'week' })).map(({ undated: _u, ...p }) => p);
  }

  async relationSeries(a: string, b: string, opts: SeriesOptions = {}): Promise<WeekPoint[]> {
    const st = await this.state();
    const groups = await this.s.relationGroups(a, b);
    if (st.events.size) {
      const { raw, fixed } = await this.fixedRows(st);
      const inDyad = (e: EventRow) => (e.sourceCountry === a && e.targetCountry === b) || (e.sourceCountry === b && e.targetCountry === a);
      const group = (e: EventRow, sign: 1 | -1): RelationGroup | null => {
        const day = rowDay(e);
        if (!day || !inDyad(e)) return null;
        const scored = e.status === 'asserted' || e.status === 'planned';
        return {
          day, source: e.sourceCountry!, quad: quadClass(e.type), status: e.status, dated: /^\d{4}-\d{2}-\d{2}$/.test(e.date ?? '') ? 1 : 0,
          n: sign, scored: scored ? sign : 0, score_sum: scored ? sign * e.score : 0,
        };
      };
      for (const e of raw) { const g = group(e, -1); if (g) groups.push(g); }
      for (const e of fixed) { if (!e.flagged) { const g = group(e, 1); if (g) groups.push(g); } }
    }
    return relationSeries(groups, a, opts);
  }

  async dyads(limit?: number): Promise<{ a: string; b: string; count: number }[]> {
    const st = await this.state();
    if (!st.events.size) return this.s.dyads(limit);
    const n = clampLimit(limit, 20);
    const counts = new Map((await this.s.dyads(n + st.events.size)).map((d) => [`${d.a}|${d.b}`, d.count]));
    const { raw, fixed } = await this.fixedRows(st);
    const bump = (e: EventRow, by: number) => {
      const s = e.sourceCountry, t = e.targetCountry;
      if (!s || !t || s === t) return;
      const k = s < t ? `${s}|${t}` : `${t}|${s}`;
      counts.set(k, (counts.get(k) ?? 0) + by);
    };
    raw.forEach((e) => bump(e, -1));
    fixed.filter((e) => !e.flagged).forEach((e) => bump(e, 1));
    return [...counts].filter(([, c]) => c > 0).map(([k, count]) => {
      const [a, b] = k.split('|');
      return { a, b, count };
    }).sort((x, y) => y.count - x.count || x.a.localeCompare(y.a) || x.b.localeCompare(y.b)).slice(0, n);
  }

  async places(q: { type?: string } = {}): Promise<PlaceSummary> {
    const st = await this.state();
    const base = await this.s.places(q);
    if (!st.events.size) return base;
    const { raw, fixed } = await this.fixedRows(st);
    const places = new Map(base.places.map((p) => [`${p.name}|${p.lat}|${p.lon}`, { ...p }]));
    const countries = new Map(base.countries.map((c) => [c.country, c.count]));
    const bump = (e: EventRow, by: number) => {
      if (q.type && e.type !== q.type) return;
      const p = e.place;
      if (p && p.lat !== null && p.lon !== null) {
        const k = `${p.name}|${p.lat}|${p.lon}`;
        const row = places.get(k) ?? { name: p.name, country: p.country, lat: p.lat, lon: p.lon, count: 0 };
        row.count += by;
        places.set(k, row);
      }
      for (const c of [e.sourceCountry, e.targetCountry]) if (c) countries.set(c, (countries.get(c) ?? 0) + by);
    };
    raw.forEach((e) => bump(e, -1));
    fixed.filter((e) => !e.flagged).forEach((e) => bump(e, 1));
    return {
      places: [...places.values()].filter((p) => p.count > 0).sort((x, y) => y.count - x.count || x.name.localeCompare(y.name)),
      countries: [...countries].filter(([, c]) => c > 0).map(([country, count]) => ({ country, count }))
        .sort((x, y) => y.count - x.count || x.country.localeCompare(y.country)),
    };
  }

  /** Actors with merged names joined into one row (counts added; the type of the row with most articles). */
  async actors(q: { q?: string; limit?: number } = {}): Promise<ActorRow[]> {
    const st = await this.state();
    if (!renames(st)) return this.s.actors(q);
    const limit = clampLimit(q.limit, 50);
    const rows = await this.s.actors({ ...q, limit: limit + st.merges.size + st.scoped.size });
    if (st.scoped.size) await this.splitRows(st, rows, q.q);
    // names merged into an actor the query finds must come along even when their own name does not match
    const low = q.q?.toLowerCase();
    if (low) {
      const have = new Set(rows.map((r) => r.name));
      for (const [from, to] of st.merges) {
        if (to.toLowerCase().includes(low) && !have.has(from)) rows.push(...(await this.s.actors({ q: from, limit: 20 })).filter((r) => r.name === from));
      }
    }
    const touched = new Set([...st.merges.keys(), ...st.merges.values()]);
    const out = new Map<string, ActorRow>();
    for (const r of rows) {
      const name = canonicalName(st, r.name);
      const key = touched.has(r.name) ? `m\u0000${name}` : `r\u0000${r.name}\u0000${r.type}`;
      const prev = out.get(key);
      if (!prev) {
        out.set(key, { ...r, name, roles: [...r.roles] });
        continue;
      }
      const big = prev.articles >= r.articles ? prev : r;
      out.set(key, {
        name, type: big.type, country: prev.country ?? r.country, sector: prev.sector ?? r.sector,
        roles: [...new Set([...prev.roles, ...r.roles])].sort(),
        articles: prev.articles + r.articles, mentions: prev.mentions + r.mentions,
      });
    }
    return [...out.values()].sort((x, y) => y.articles - x.articles || y.mentions - x.mentions || x.name.localeCompare(y.name)).slice(0, limit);
  }

  /**
   * Splits in the actor rows: each split article's mentions of the stored name leave its row (one
   * article, that article's mentions) and make up the new name's row (type, country, sector and
   * roles of the stored actor). Rows left with no article are dropped. Reads the split articles.
   */
  private async splitRows(st: CorrectionState, rows: ActorRow[], q: string | undefined): Promise<void> {
    const low = q?.toLowerCase();
    for (const [articleId, from, to] of splits(st)) {
      const art = await this.s.getArticle(articleId);
      const a = art?.result?.actors.find((x) => x.name === from);
      if (!a) continue;
      const n = a.mentions.length;
      const old = rows.find((r) => r.name === from && r.type === a.type) ?? rows.find((r) => r.name === from);
      if (old) {
        old.articles -= 1;
        old.mentions -= n;
      }
      if (low && !to.toLowerCase().includes(low)) continue;
      const row = rows.find((r) => r.name === to && r.type === a.type);
      if (row) {
        row.articles += 1;
        row.mentions += n;
      } else {
        rows.push({ name: to, type: a.type, country: a.country, sector: a.sector, roles: a.role ? [a.role] : [], articles: 1, mentions: n });
      }
    }
    for (let i = rows.length - 1; i >= 0; i--) if (rows[i].articles <= 0) rows.splice(i, 1);
  }

  /** Quotes with speakers after merges and splits; a speaker filter also finds the names merged into it. */
  async quotes(q: QuoteQuery = {}): Promise<QuoteRow[]> {
    const st = await this.state();
    if (!renames(st)) return this.s.quotes(q);
    const fix = (r: QuoteRow): QuoteRow => (r.speaker ? { ...r, speaker: canonicalName(st, r.speaker, r.articleId) } : r);
    const names = q.speaker ? this.actorNames(st, q.speaker) : undefined;
    const keep = this.splitFilter(st, q.speaker);
    if (!names && !keep) return (await this.s.quotes(q)).map(fix);
    const limit = clampLimit(q.limit, 100);
    const offset = clampOffset(q.offset);
    const ahead = keep ? Math.min(10_000, 2 * (offset + limit) + 500) : offset + limit;
    const lists = await Promise.all((names ?? [q.speaker!]).map((n) => this.s.quotes({ ...q, speaker: n, offset: 0, limit: ahead })));
    const seen = new Set<string>();
    return lists.flat().filter((r) => {
      const k = `${r.articleId}\u0000${r.quoteId}`;
      return seen.has(k) ? false : (seen.add(k), true);
    }).sort((x, y) => (y.date ?? '').localeCompare(x.date ?? '')).map(fix)
      .filter((r) => !keep || keep([r.speaker ?? ''])).slice(offset, offset + limit);
  }

  async *allEvents(pageSize?: number): AsyncGenerator<ExportEventRow> {
    const st = await this.state();
    for await (const e of this.s.allEvents(pageSize)) {
      if (!st.size) {
        yield e;
        continue;
      }
      const c = applyEventFix(e, st);
      if (!c.flagged) yield { ...c, url: e.url };
    }
  }

  async *allResults(pageSize?: number): AsyncGenerator<Result> {
    const st = await this.state();
    for await (const r of this.s.allResults(pageSize)) yield applyToResult(r, r.id ?? '', st);
  }

  async *allStories(pageSize?: number): AsyncGenerator<{ result: Result; sources: number }> {
    const st = await this.state();
    for await (const x of this.s.allStories(pageSize)) yield { ...x, result: applyToResult(x.result, x.result.id ?? '', st) };
  }
}
