/**
 * Small calendar arithmetic on UTC days (no time zones involved): parse and format ISO dates,
 * add days and months, ISO weekdays, and picking the nearest plausible year.
 *
 * @example
 * formatDay(addDays(parseDay('2025-09-25'), -6)); // '2025-09-19'
 */

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO day "YYYY-MM-DD", or null when it is not a real date. */
export function parseDay(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  return dayOf(+m[1], +m[2], +m[3]);
}

/** Days since 1970-01-01 of year/month/day, or null for an impossible date (31 April). */
export function dayOf(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return Math.round(ms / DAY_MS);
}

/** [year, month, day] of a day number. */
export function partsOf(day: number): [number, number, number] {
  const d = new Date(day * DAY_MS);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/** "YYYY-MM-DD" of a day number. */
export function formatDay(day: number): string {
  const [y, m, d] = partsOf(day);
  return `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
}

/** "YYYY-MM". */
export function formatMonth(year: number, month: number): string {
  return `${pad4(year)}-${pad2(month)}`;
}

/** "YYYY". */
export function formatYear(year: number): string {
  return pad4(year);
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function pad4(n: number): string {
  return String(n).padStart(4, '0');
}

/** The day `n` days later (negative: earlier). */
export function addDays(day: number, n: number): number {
  return day + n;
}

/** ISO weekday of a day number: Monday 1 … Sunday 7. */
export function isoWeekday(day: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** [year, month] shifted by `n` months. */
export function addMonths(year: number, month: number, n: number): [number, number] {
  const idx = year * 12 + (month - 1) + n;
  return [Math.floor(idx / 12), (idx % 12) + 1];
}

/**
 * News mostly reports what has happened: a candidate after the article date counts as this many
 * times farther away when the clause is not future ("Am 5. Januar wurde gewählt" in September
 * is last January, "Mitte November gibt es Wahlen" is this November).
 */
export const FUTURE_DISTANCE_WEIGHT = 3;

/**
 * The year for a day and month given without a year: the one (of the article's year and its
 * neighbours) nearest the article date, later ones weighted by FUTURE_DISTANCE_WEIGHT; with
 * tense 1 (future) the first on or after it, with tense -1 (past, "seit") the last on or before it.
 */
export function yearForDayMonth(ref: number, month: number, day: number, tense: -1 | 0 | 1): number | null {
  const future = tense === 1;
  const [y] = partsOf(ref);
  let best: number | null = null;
  let bestDist = Infinity;
  for (const cy of [y - 1, y, y + 1]) {
    const d = dayOf(cy, month, day);
    if (d === null) continue;
    if ((future && d < ref) || (tense === -1 && d > ref)) continue;
    const dist = d >= ref ? (d - ref) * (future ? 1 : FUTURE_DISTANCE_WEIGHT) : ref - d;
    if (dist < bestDist) {
      bestDist = dist;
      best = cy;
    }
  }
  return best;
}

/** The year for a month given without a year: nearest to the article month, weighted like yearForDayMonth (future: not before it). */
export function yearForMonth(ref: number, month: number, tense: -1 | 0 | 1): number {
  const future = tense === 1;
  const [y, m] = partsOf(ref);
  let best = y;
  let bestDist = Infinity;
  for (const cy of [y - 1, y, y + 1]) {
    const diff = (cy * 12 + month) - (y * 12 + m);
    if ((future && diff < 0) || (tense === -1 && diff > 0)) continue;
    const dist = diff > 0 && !future ? diff * FUTURE_DISTANCE_WEIGHT : Math.abs(diff);
    if (dist < bestDist) {
      bestDist = dist;
      best = cy;
    }
  }
  return best;
}
