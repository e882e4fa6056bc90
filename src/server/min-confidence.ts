/**
 * The minimum-confidence filter (`min_confidence`, 0..1) of the aggregating routes: relation
 * series, dyads, the map's places, a country's partners. The stores aggregate over every event
 * (summary tables); with a minimum confidence the route instead reads the matching event rows
 * (the corrected view's, `minConfidence` passed to the store, flagged events left out) and
 * aggregates them the same way. Events stored without a confidence are kept, as everywhere.
 * At most CAP rows are read per request (a filter is meant to narrow; the answer says nothing
 * about the cut, the rows being newest first).
 *
 * @example
 * const rows = await eventsAbove(store, { source: 'USA', target: 'CHN', either: true }, 0.6);
 * relationSeries(relationGroups(rows), 'USA', { unit: 'month' });
 */
import type { EventQuery, EventRow, PartnerRow, PlaceSummary } from '../store/store.js';
import { rowDay } from '../store/corrections.js';
import { filingDay, quadClass } from '../store/quad.js';
import type { RelationGroup } from '../store/relation.js';

/** Most event rows one aggregating request reads under a confidence filter. */
export const CAP = 20_000;
const PAGE = 5_000;

/** Does the row pass the threshold (rows without a confidence pass)? */
export function confident(e: EventRow, min: number): boolean {
  return typeof e.confidence !== 'number' || e.confidence >= min;
}

/** The events of `q` at or above `min` confidence, flagged ones left out, newest first. */
export async function eventsAbove(store: { events(q: EventQuery): Promise<EventRow[]> }, q: EventQuery, min: number): Promise<EventRow[]> {
  const out: EventRow[] = [];
  for (let offset = 0; offset < CAP; offset += PAGE) {
    const page = await store.events({ ...q, minConfidence: min, limit: PAGE, offset });
    for (const e of page) if (!e.flagged && confident(e, min)) out.push(e);
    if (page.length < PAGE) break;
  }
  return out;
}

/**
 * The day the store files a row under (src/store/quad.ts filingDay): events coded with a date
 * basis (they carry a confidence) as the coding says — a background fact or an undated plan on no
 * day; older rows on their own day, else the article's.
 */
export function rowFilingDay(e: EventRow): string | null {
  if (e.confidence === undefined) return rowDay(e);
  return filingDay({ date: e.date, status: e.status, dateBasis: e.dateBasis ?? null, announced: e.announced ?? null }, e.articleDate);
}

/** Event rows as the day groups relation series are built from (one group per event filed on a day). */
export function relationGroups(rows: EventRow[]): RelationGroup[] {
  const out: RelationGroup[] = [];
  for (const e of rows) {
    const day = rowFilingDay(e);
    if (!day || !e.sourceCountry) continue;
    const scored = e.status === 'asserted' || e.status === 'planned';
    out.push({
      day, source: e.sourceCountry, quad: quadClass(e.type), status: e.status,
      dated: /^\d{4}-\d{2}-\d{2}$/.test(e.date ?? '') ? 1 : 0, n: 1, scored: scored ? 1 : 0, score_sum: scored ? e.score : 0,
    });
  }
  return out;
}

/** Country pairs by events (either order), most first. */
export function dyadsOf(rows: EventRow[], limit: number): { a: string; b: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const e of rows) {
    const s = e.sourceCountry, t = e.targetCountry;
    if (!s || !t || s === t) continue;
    const k = s < t ? `${s}|${t}` : `${t}|${s}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].map(([k, count]) => {
    const [a, b] = k.split('|');
    return { a, b, count };
  }).sort((x, y) => y.count - x.count || x.a.localeCompare(y.a) || x.b.localeCompare(y.b)).slice(0, limit);
}

/** The map's summary of the rows: events per place with coordinates, and per state taking part. */
export function placesOf(rows: EventRow[]): PlaceSummary {
  const places = new Map<string, PlaceSummary['places'][number]>();
  const countries = new Map<string, number>();
  for (const e of rows) {
    const p = e.place;
    if (p && p.lat !== null && p.lon !== null) {
      const k = `${p.name}|${p.lat}|${p.lon}`;
      const row = places.get(k) ?? { name: p.name, country: p.country, lat: p.lat, lon: p.lon, count: 0 };
      row.count++;
      places.set(k, row);
    }
    for (const c of [e.sourceCountry, e.targetCountry]) if (c) countries.set(c, (countries.get(c) ?? 0) + 1);
  }
  return {
    places: [...places.values()].sort((x, y) => y.count - x.count || x.name.localeCompare(y.name)),
    countries: [...countries].map(([country, count]) => ({ country, count })).sort((x, y) => y.count - x.count || x.country.localeCompare(y.country)),
  };
}

/** A country's partners in the rows (either direction): events, and the score sum of asserted and planned ones. */
export function partnersOf(rows: EventRow[], c: string, limit: number): PartnerRow[] {
  const by = new Map<string, PartnerRow>();
  for (const e of rows) {
    const other = e.sourceCountry === c ? e.targetCountry : e.targetCountry === c ? e.sourceCountry : null;
    if (!other || other === c) continue;
    const row = by.get(other) ?? { country: other, events: 0, scoreSum: 0 };
    row.events++;
    if (e.status === 'asserted' || e.status === 'planned') row.scoreSum = Math.round((row.scoreSum + e.score) * 1000) / 1000;
    by.set(other, row);
  }
  return [...by.values()].sort((x, y) => y.events - x.events || y.scoreSum - x.scoreSum || x.country.localeCompare(y.country)).slice(0, limit);
}
