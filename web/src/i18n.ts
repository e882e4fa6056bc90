/**
 * The UI language (de or en): chosen by the analyst, remembered in localStorage, first taken from
 * the browser. `t(english)` gives the text in the UI language (the English text is the key; a
 * missing German entry falls back to English); numbers and dates are formatted for the language
 * (German: 1.234,5 and 25.09.2025).
 *
 * @example
 * setLang('de'); t('Events'); // 'Ereignisse'
 * fmtDate('2025-09-25'); // '25.09.2025'
 */
import { DE } from './i18n-de.js';

export type UiLang = 'de' | 'en';
const KEY = 'lagebild-lang';

function initial(): UiLang {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(KEY);
  if (saved === 'de' || saved === 'en') return saved;
  return typeof navigator !== 'undefined' && navigator.language?.toLowerCase().startsWith('de') ? 'de' : 'en';
}

let current: UiLang = initial();

/** The UI language. */
export function lang(): UiLang {
  return current;
}

/** Sets and remembers the UI language (the caller re-renders). */
export function setLang(l: UiLang): void {
  current = l;
  localStorage.setItem(KEY, l);
  document.documentElement.lang = l;
}

/**
 * English keys asked for in German that the table lacks (the browser test reads them from
 * `window.__i18nMissing` and requires none).
 */
const missing = new Set<string>();
if (typeof window !== 'undefined') (window as unknown as { __i18nMissing: Set<string> }).__i18nMissing = missing;

/** The text in the UI language; `{n}`-style placeholders are filled from `vars`. */
export function t(en: string, vars: Record<string, string | number> = {}): string {
  if (current === 'de' && DE[en] === undefined) missing.add(en);
  const s = current === 'de' ? DE[en] ?? en : en;
  return s.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? (typeof vars[k] === 'number' ? fmtNum(vars[k] as number) : String(vars[k])) : m));
}

/** A number in the UI language's format. */
export function fmtNum(n: number, digits = 2): string {
  return new Intl.NumberFormat(current === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: digits }).format(n);
}

/** A YYYY[-MM[-DD]] date in the UI language's format (25.09.2025 / 25 Sept 2025); other text unchanged. */
export function fmtDate(d: string | null | undefined): string {
  if (!d) return '';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(d);
  if (!m) return d;
  const loc = current === 'de' ? 'de-DE' : 'en-GB';
  const date = new Date(Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1));
  const opts: Intl.DateTimeFormatOptions = m[3] ? (current === 'de' ? { day: '2-digit', month: '2-digit', year: 'numeric' } : { day: 'numeric', month: 'short', year: 'numeric' })
    : m[2] ? { month: 'long', year: 'numeric' } : { year: 'numeric' };
  return new Intl.DateTimeFormat(loc, { ...opts, timeZone: 'UTC' }).format(date);
}

/** The date pattern the UI language shows and accepts in date fields (TT.MM.JJJJ / YYYY-MM-DD). */
export function datePattern(): string {
  return current === 'de' ? 'TT.MM.JJJJ' : 'YYYY-MM-DD';
}

/**
 * A day typed in a date field, as ISO YYYY-MM-DD: German 25.09.2025 (also 25.9.2025, 25.09.25 as
 * 2025) or ISO 2025-09-25 in either language; YYYY and YYYY-MM (and MM.YYYY) are kept partial.
 * '' for an empty field, null when it names no real day.
 */
export function parseDay(text: string): string | null {
  const s = text.trim();
  if (!s) return '';
  let y: number, m: number | null = null, d: number | null = null;
  let g: RegExpExecArray | null;
  if ((g = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(s))) {
    y = Number(g[1]); m = g[2] ? Number(g[2]) : null; d = g[3] ? Number(g[3]) : null;
  } else if ((g = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(s))) {
    d = Number(g[1]); m = Number(g[2]); y = g[3].length === 2 ? 2000 + Number(g[3]) : Number(g[3]);
  } else if ((g = /^(\d{1,2})\.(\d{4})$/.exec(s)) || (g = /^(\d{1,2})\/(\d{4})$/.exec(s))) {
    m = Number(g[1]); y = Number(g[2]);
  } else return null;
  if (m !== null && (m < 1 || m > 12)) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (m === null) return String(y);
  if (d === null) return `${y}-${pad(m)}`;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** An ISO day (or YYYY / YYYY-MM) as the UI language writes it in date fields (25.09.2025 / 2025-09-25). */
export function dayForInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const g = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!g || current !== 'de') return iso;
  return g[3] ? `${g[3]}.${g[2]}.${g[1]}` : g[2] ? `${g[2]}.${g[1]}` : g[1];
}

/** An ISO timestamp as date and time in the UI language. */
export function fmtTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(current === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

/**
 * Month and weekday names of the UI language for the charts' time axis (uPlot's own are
 * English; uPlot.fmtDate takes these), or undefined for English.
 */
export function chartDateNames(): { MMMM: string[]; MMM: string[]; WWWW: string[]; WWW: string[] } | undefined {
  if (current !== 'de') return undefined;
  const names = (opts: Intl.DateTimeFormatOptions, n: number, day: (i: number) => Date) =>
    Array.from({ length: n }, (_x, i) => new Intl.DateTimeFormat('de-DE', { ...opts, timeZone: 'UTC' }).format(day(i)).replace(/\.$/, ''));
  const month = (i: number) => new Date(Date.UTC(2025, i, 1));
  const weekday = (i: number) => new Date(Date.UTC(2025, 5, 1 + i)); // 2025-06-01 is a Sunday
  return {
    MMMM: names({ month: 'long' }, 12, month), MMM: names({ month: 'short' }, 12, month),
    WWWW: names({ weekday: 'long' }, 7, weekday), WWW: names({ weekday: 'short' }, 7, weekday),
  };
}
