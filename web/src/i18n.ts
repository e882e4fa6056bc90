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

/** The text in the UI language; `{n}`-style placeholders are filled from `vars`. */
export function t(en: string, vars: Record<string, string | number> = {}): string {
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

/** An ISO timestamp as date and time in the UI language. */
export function fmtTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(current === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}
