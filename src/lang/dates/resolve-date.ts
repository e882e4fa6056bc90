/**
 * Turns a recognised date expression (a Resolution) into its value, as precise as the text:
 * "YYYY-MM-DD", "YYYY-MM" or "YYYY", relative ones against the article day. The decisions
 * (weekday, weekend, week, nearest year) are documented in docs/language.md.
 *
 * @example
 * resolveDate({ kind: 'weekday', wd: 5, off: null }, parseDay('2025-09-25'), () => 0); // '2025-09-19'
 */
import {
  addMonths, dayOf, formatDay, formatMonth, formatYear, isoWeekday, partsOf, yearForDayMonth, yearForMonth,
} from './calendar.js';
import type { Period } from './date-lexicon.js';

/** -1 past, 0 not said, 1 future. */
export type Tense = -1 | 0 | 1;

/** What a date expression says, before it is resolved against the article date. */
export type Resolution =
  | { kind: 'day'; y: number; m: number; d: number }
  | { kind: 'dm'; m: number; d: number }
  | { kind: 'month'; y: number; m: number }
  | { kind: 'm'; m: number }
  | { kind: 'year'; y: number }
  | { kind: 'weekday'; wd: number; off: number | null }
  | { kind: 'relday'; off: number }
  | { kind: 'period'; period: Period; off: number | null }
  | { kind: 'ago'; period: Period; n: number };

function monthOfDay(day: number): string {
  const [y, m] = partsOf(day);
  return formatMonth(y, m);
}

/**
 * Value of `res` resolved against the article day `ref` (days since 1970-01-01; null: only
 * expressions with their own year resolve). `tense` is asked only when needed: -1 past ("seit",
 * a past-tense clause), 1 future (a future cue), 0 not said.
 */
export function resolveDate(res: Resolution, ref: number | null, tense: () => Tense): string | null {
  switch (res.kind) {
    case 'day':
      return dayOf(res.y, res.m, res.d) !== null ? formatDay(dayOf(res.y, res.m, res.d) as number) : null;
    case 'month':
      return formatMonth(res.y, res.m);
    case 'year':
      return formatYear(res.y);
    default:
      break;
  }
  if (ref === null) return null;
  const [y, m] = partsOf(ref);
  const wd = isoWeekday(ref);
  switch (res.kind) {
    case 'dm': {
      const cy = yearForDayMonth(ref, res.m, res.d, tense());
      return cy === null ? null : formatDay(dayOf(cy, res.m, res.d) as number);
    }
    case 'm':
      return formatMonth(yearForMonth(ref, res.m, tense()), res.m);
    case 'relday':
      return formatDay(ref + res.off);
    case 'weekday': {
      const fwd = res.off === 1 || (res.off !== -1 && tense() === 1);
      if (fwd) {
        const ahead = (res.wd - wd + 7) % 7;
        return formatDay(ref + (res.off === 1 && ahead === 0 ? 7 : ahead));
      }
      const back = (wd - res.wd + 7) % 7;
      return formatDay(ref - (res.off === -1 && back === 0 ? 7 : back));
    }
    case 'ago':
      if (res.period === 'day') return formatDay(ref - res.n);
      if (res.period === 'week') return monthOfDay(ref - 7 * res.n);
      if (res.period === 'month') return formatMonth(...addMonths(y, m, -res.n));
      return formatYear(y - res.n);
    case 'period': {
      const off = res.off ?? 0;
      if (res.period === 'year') return formatYear(y + off);
      if (res.period === 'month') return formatMonth(...addMonths(y, m, off));
      if (res.period === 'week') return monthOfDay(ref - (wd - 1) + 7 * off + 3);
      if (res.period === 'weekend') {
        if (off === 1 || (off !== -1 && tense() === 1)) {
          const ahead = (6 - wd + 7) % 7;
          return formatDay(ref + (off === 1 && ahead === 0 ? 7 : ahead));
        }
        let back = (wd - 6 + 7) % 7;
        if (off === -1 && wd >= 6) back += 7;
        return formatDay(ref - back);
      }
      return formatDay(ref + off);
    }
    default:
      return null;
  }
}
