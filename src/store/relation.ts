/**
 * Builds the weekly relation series from grouped rows (week, quad, status, count, score sum),
 * the same way for both stores. The score counts asserted and planned events only: a negated
 * ("did not impose sanctions") or hypothetical event says nothing about the state of the relation.
 *
 * @example
 * weekSeries([{ week: '2025-09-22', quad: 'verbal-coop', status: 'asserted', n: 2, scored: 2, score_sum: 7 }]);
 */
import type { WeekPoint } from './store.js';
import { QUAD_CLASSES } from './quad.js';

/** One group of the relation query. */
export interface WeekGroup {
  week: string;
  quad: string | null;
  status: string;
  n: number;
  /** events of the group that count for the score (asserted, planned) */
  scored: number;
  score_sum: number;
}

/** Statuses whose scores enter scoreSum / scoreMean. */
export const SCORED_STATUSES = ['asserted', 'planned'] as const;

/** Groups → one WeekPoint per week (weeks with events only), oldest first. */
export function weekSeries(groups: WeekGroup[]): WeekPoint[] {
  const byWeek = new Map<string, WeekPoint & { scored: number }>();
  for (const g of groups) {
    let p = byWeek.get(g.week);
    if (!p) {
      const quad: WeekPoint['quad'] = {};
      for (const c of QUAD_CLASSES) quad[c] = { asserted: 0, planned: 0, other: 0 };
      p = { week: g.week, scoreSum: 0, scoreMean: 0, count: 0, quad, scored: 0 };
      byWeek.set(g.week, p);
    }
    const n = Number(g.n);
    p.count += n;
    p.scored += Number(g.scored);
    p.scoreSum += Number(g.score_sum);
    if (g.quad && p.quad[g.quad]) {
      const slot = g.status === 'asserted' ? 'asserted' : g.status === 'planned' ? 'planned' : 'other';
      p.quad[g.quad][slot] += n;
    }
  }
  return [...byWeek.values()]
    .sort((a, b) => a.week.localeCompare(b.week))
    .map(({ scored, ...p }) => ({ ...p, scoreSum: round(p.scoreSum), scoreMean: scored ? round(p.scoreSum / scored) : 0 }));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Normalises a `to` bound so that a partial date includes its whole month/year. */
export function upperDay(to: string): string {
  if (/^\d{4}$/.test(to)) return `${to}-12-31`;
  if (/^\d{4}-\d{2}$/.test(to)) return `${to}-31`;
  return to;
}

/** Clamps a page size to 1..max (default when absent or invalid). */
export function clampLimit(limit: number | undefined, dflt: number, max = 10_000): number {
  if (limit === undefined || !Number.isFinite(limit)) return dflt;
  return Math.max(1, Math.min(max, Math.floor(limit)));
}

/** Offset ≥ 0. */
export function clampOffset(offset: number | undefined): number {
  return offset && Number.isFinite(offset) && offset > 0 ? Math.floor(offset) : 0;
}

/** One group of a dyad's events by day and direction (relationGroups): what finer series are built from. */
export interface RelationGroup {
  /** the day the events are filed under (YYYY-MM-DD) */
  day: string;
  /** the source country: tells A→B from B→A */
  source: string;
  quad: string | null;
  status: string;
  /** 1 when the events carry a full date of their own, 0 when filed under the article's date */
  dated: number;
  n: number;
  scored: number;
  score_sum: number;
}

/** Time unit of a relation series. */
export type SeriesUnit = 'day' | 'week' | 'month';
/** Which direction of a dyad: a→b, b→a, or both. */
export type SeriesDirection = 'both' | 'ab' | 'ba';

/** The first day of the day/week/month that contains `day`. */
export function bucketStart(day: string, unit: SeriesUnit): string {
  if (unit === 'day') return day;
  if (unit === 'month') return `${day.slice(0, 7)}-01`;
  return isoMondayOf(day);
}

function isoMondayOf(day: string): string {
  const t = Date.parse(`${day}T00:00:00Z`);
  const dow = (new Date(t).getUTCDay() + 6) % 7;
  return new Date(t - dow * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Groups by day and direction → one point per day, ISO week or month (the `week` field holds the
 * bucket's first day), for one direction or both, optionally within [from, to].
 */
export function relationSeries(groups: RelationGroup[], a: string, opts: {
  unit?: SeriesUnit; direction?: SeriesDirection; from?: string; to?: string;
} = {}): WeekPoint[] {
  const unit = opts.unit ?? 'week';
  const dir = opts.direction ?? 'both';
  const to = opts.to ? upperDay(opts.to) : undefined;
  const out: WeekGroup[] = [];
  const undated = new Map<string, number>();
  for (const g of groups) {
    if (dir === 'ab' && g.source !== a) continue;
    if (dir === 'ba' && g.source === a) continue;
    if (opts.from && g.day < opts.from) continue;
    if (to && g.day > to) continue;
    const week = bucketStart(g.day, unit);
    out.push({ week, quad: g.quad, status: g.status, n: g.n, scored: g.scored, score_sum: g.score_sum });
    if (!Number(g.dated)) undated.set(week, (undated.get(week) ?? 0) + Number(g.n));
  }
  return weekSeries(out).filter((p) => p.count > 0).map((p) => ({ ...p, undated: undated.get(p.week) ?? 0 }));
}
