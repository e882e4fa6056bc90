/**
 * Checks one parsed JSON value against the contract's article-in shape and turns it into an
 * ArticleIn. A field of the wrong type is an error (with a message naming the field); values of
 * the right type that cannot be used (a lang of "fr", a date that is no day) are dropped with a note.
 *
 * @example
 * toArticle({ text: 'Hallo', id: 7 }); // { ok: false, code: 'bad-article', message: 'field "id" must be a string or null, got number' }
 */
import type { ArticleIn, Lang } from '../contract/schema.js';
import { hasPack, languageCodes } from '../lang/packs.js';

/** A usable article with notes, or the reason the value is none. */
export type Checked =
  | { ok: true; article: ArticleIn; notes: string[] }
  | { ok: false; code: string; message: string; id?: string };

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** The registered language of a tag such as "de", "DE", "de-AT", "en_GB"; else null. */
export function normaliseLang(tag: string): Lang | null {
  const base = tag.trim().toLowerCase().split(/[-_]/)[0];
  return hasPack(base) ? (base as Lang) : null;
}

/** The YYYY-MM-DD day at the start of an ISO date or date-time that names a real day, else null. */
export function isoDay(value: string): string | null {
  const m = DAY.exec(value.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d ? m[0] : null;
}

/**
 * The one validator of a day given by a user (CLI --date, API field "date", API filters): exactly
 * YYYY-MM-DD naming a real day (2025-02-30 and 9999-99-99 are none).
 *
 * @example
 * isDay('2024-02-29'); // true
 * isDay('2025-02-30'); // false
 */
export function isDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && isoDay(value) === value;
}

/** YYYY, YYYY-MM (month 01-12) or a real day YYYY-MM-DD: the date filters of the API. */
export function isPartialDay(value: string): boolean {
  if (/^\d{4}$/.test(value)) return true;
  const m = /^\d{4}-(\d{2})$/.exec(value);
  if (m) return Number(m[1]) >= 1 && Number(m[1]) <= 12;
  return isDay(value);
}

/** Validates `value` as an article; `maxTextBytes` bounds the text. */
export function toArticle(value: unknown, maxTextBytes: number): Checked {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, code: 'bad-article', message: `expected a JSON object (one article), got ${typeName(value)}` };
  }
  const o = value as Record<string, unknown>;
  const id = typeof o.id === 'string' && o.id ? o.id : undefined;
  const fail = (message: string, code = 'bad-article'): Checked => ({ ok: false, code, message, ...(id ? { id } : {}) });
  if (!('text' in o) || o.text === undefined) return fail('field "text" is missing');
  if (typeof o.text !== 'string') return fail(`field "text" must be a string, got ${typeName(o.text)}`);
  for (const k of ['id', 'lang', 'date', 'title', 'url', 'source']) {
    const v = o[k];
    if (v !== undefined && v !== null && typeof v !== 'string') {
      return fail(`field "${k}" must be a string or null, got ${typeName(v)}`);
    }
  }
  const bytes = Buffer.byteLength(o.text, 'utf8');
  if (bytes > maxTextBytes) {
    return fail(`the text has ${bytes} bytes; the limit is ${maxTextBytes} bytes per article`, 'too-large');
  }
  const notes: string[] = [];
  const article: ArticleIn = { text: o.text };
  if (id) article.id = id;
  if (typeof o.lang === 'string') {
    const lang = normaliseLang(o.lang);
    if (lang) article.lang = lang;
    else notes.push(`ignored lang "${o.lang.slice(0, 20)}" (only ${languageCodes().join(' and ')} are read); the language is detected`);
  }
  if (typeof o.date === 'string') {
    const day = isoDay(o.date);
    if (day) {
      article.date = day;
      if (day !== o.date) notes.push(`date "${o.date.slice(0, 40)}" read as ${day}`);
    } else notes.push(`ignored date "${o.date.slice(0, 40)}" (not YYYY-MM-DD)`);
  }
  for (const k of ['title', 'url', 'source'] as const) if (typeof o[k] === 'string') article[k] = o[k] as string;
  return { ok: true, article, notes };
}
