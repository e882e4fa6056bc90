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
