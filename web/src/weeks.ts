/**
 * Week arithmetic of the relation view, free of the DOM: which day an event is filed under (as
 * the stores do), the gap-free weekly grid, and snapping a click to the nearest week with events.
 *
 * @example
 * weeklyGrid([{ week: '2025-09-01', ... }, { week: '2025-09-15', ... }]); // [p1, null, p2]
 */
import type { EventRow, WeekPoint } from '../../src/server/api-types.js';

/** YYYY-MM-DD of a day `n` days after `day`. */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The day an event is filed under, as the stores file it (src/store/quad.ts): its own date when
 * it is a full day, else the article's date, else the first day of its partial date.
 */
export function eventDay(e: Pick<EventRow, 'date' | 'articleDate'>): string | null {
  if (e.date && DAY.test(e.date)) return e.date;
  if (e.articleDate && DAY.test(e.articleDate)) return e.articleDate;
  if (e.date && /^\d{4}-\d{2}$/.test(e.date)) return `${e.date}-01`;
  if (e.date && /^\d{4}$/.test(e.date)) return `${e.date}-01-01`;
  return null;
}

/** Longest span filled week by week; a longer series is drawn as its points only. */
const MAX_GRID_WEEKS = 600;

/**
 * The points on a gap-free weekly grid from the first to the last week: weeks without events get
 * count 0 and no score, so lines never bridge silent weeks as if something happened.
 */
export function weeklyGrid(pts: WeekPoint[]): (WeekPoint | null)[] {
  if (!pts.length) return [];
  const span = (Date.parse(pts[pts.length - 1].week) - Date.parse(pts[0].week)) / (7 * 864e5);
  if (span > MAX_GRID_WEEKS) return pts;
  const byWeek = new Map(pts.map((p) => [p.week, p]));
  const out: (WeekPoint | null)[] = [];
  const last = pts[pts.length - 1].week;
  for (let w = pts[0].week; w <= last; w = addDays(w, 7)) out.push(byWeek.get(w) ?? null);
  return out;
}

/** Index of the nearest grid week that has events (a click between points picks the closest one). */
export function nearestWithEvents(grid: (WeekPoint | null)[], i: number): number {
  for (let d = 0; d < grid.length; d++) {
    if (grid[i - d]) return i - d;
    if (grid[i + d]) return i + d;
  }
  return -1;
}

