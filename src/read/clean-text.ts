/**
 * Text normalised at the door: every string of an article (text, title, id, url, source, …)
 * loses its NUL characters (U+0000) and has its lone UTF-16 surrogates replaced by U+FFFD. Both
 * arrive through JSON escapes ("\u0000", "\ud800") or the API; SQLite stores them, PostgreSQL
 * refuses them ("unsupported Unicode escape sequence", "invalid input syntax for type json"),
 * and no reader or stage wants them. What was changed becomes a note (a diagnostic of stage
 * "read"), so the change is visible.
 *
 * @example
 * cleanString('a\u0000b\ud800'); // { value: 'ab\ufffd', nul: 1, surrogates: 1 }
 * cleanArticle({ text: 'x\u0000y' }).notes; // ['removed 1 NUL character(s) from field "text"']
 */
import type { ArticleIn } from '../contract/schema.js';
import type { ReadItem } from './types.js';

/** A string with NULs removed and lone surrogates replaced, and how many of each there were. */
export interface Cleaned {
  value: string;
  nul: number;
  surrogates: number;
}

/** String.prototype.isWellFormed (Node 20; not yet in this TypeScript lib): no lone surrogate. */
const wellFormed = (s: string): boolean => (s as unknown as { isWellFormed(): boolean }).isWellFormed();

const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** True when `s` needs no cleaning (the fast path: no NUL, well-formed UTF-16). */
export function isClean(s: string): boolean {
  return !s.includes('\u0000') && wellFormed(s);
}

/** `s` without NULs and with lone surrogates replaced by U+FFFD. */
export function cleanString(s: string): Cleaned {
  if (isClean(s)) return { value: s, nul: 0, surrogates: 0 };
  let nul = 0;
  let value = s.replaceAll('\u0000', () => { nul++; return ''; });
  let surrogates = 0;
  if (!wellFormed(value)) value = value.replace(LONE, () => { surrogates++; return '\ufffd'; });
  return { value, nul, surrogates };
}

/** The string fields of an article, in the order notes name them. */
const FIELDS = ['text', 'title', 'id', 'url', 'source', 'lang', 'date'] as const;

/** The article with every string field cleaned, and one note per field that changed. */
export function cleanArticle<A extends ArticleIn>(article: A): { article: A; notes: string[] } {
  let out: A | null = null;
  const notes: string[] = [];
  for (const k of FIELDS) {
    const v = article[k];
    if (typeof v !== 'string' || isClean(v)) continue;
    const c = cleanString(v);
    out ??= { ...article };
    (out as Record<string, unknown>)[k] = c.value;
    const what = [c.nul ? `removed ${c.nul} NUL character(s)` : '', c.surrogates ? `replaced ${c.surrogates} lone surrogate(s) by U+FFFD` : '']
      .filter(Boolean).join(' and ');
    notes.push(`${what} in field "${k}"`);
  }
  return { article: out ?? article, notes };
}

/** The item with its article cleaned and a note per changed field (what every reader yields). */
export function cleanItem<I extends ReadItem>(item: I): I {
  if (!('article' in item)) return item;
  const { article, notes } = cleanArticle(item.article);
  if (!notes.length) return item;
  return { ...item, article, notes: [...(item.notes ?? []), ...notes] };
}

/** Any JSON-like value with every string in it (keys too) cleaned; the same object when nothing needed it. */
export function cleanDeep<T>(v: T): T {
  if (typeof v === 'string') return cleanString(v).value as T;
  if (Array.isArray(v)) {
    let out: unknown[] | null = null;
    v.forEach((x, i) => {
      const c = cleanDeep(x);
      if (c !== x) (out ??= [...v])[i] = c;
    });
    return (out ?? v) as T;
  }
  if (v && typeof v === 'object' && !(v instanceof Uint8Array) && !(v instanceof Date)) {
    let out: Record<string, unknown> | null = null;
    for (const [k, x] of Object.entries(v)) {
      const ck = cleanString(k).value;
      const c = cleanDeep(x);
      if (c !== x || ck !== k) {
        out ??= { ...(v as Record<string, unknown>) };
        if (ck !== k) delete out[k];
        out[ck] = c;
      }
    }
    return (out ?? v) as T;
  }
  return v;
}

/**
 * JSON text for PostgreSQL json/jsonb: JSON.stringify writes NUL as \u0000 and a lone surrogate as
 * a \udXXX escape, both of which PostgreSQL refuses; they become nothing and \ufffd (an escaped
 * backslash before them, as in the text "\\u0000", is left alone).
 */
export function pgSafeJson(value: unknown): string {
  const json = JSON.stringify(value);
  if (!json.includes('\\u')) return json;
  return json.replace(/(?<!\\)((?:\\\\)*)\\u(0000|d[89ab][0-9a-f]{2}(?:\\ud[c-f][0-9a-f]{2})?|d[c-f][0-9a-f]{2})/gi,
    (_m, pre: string, code: string) => {
      if (code === '0000') return pre;
      if (code.length > 4) return `${pre}\\u${code}`; // a pair escaped as two escapes: valid
      return `${pre}\\ufffd`;
    });
}
