/**
 * Invariants the reader fuzz test checks on what readers and analyze() return: a read item is
 * either a usable article or an error with a known code; every span of a result lies within its
 * text; a result matches the contract's schema.
 *
 * @example
 * const problems = [...itemProblems(item), ...resultProblems(analyze(item.article))];
 */
import { validateResult } from '../../contract/validate.js';
import type { ReadItem } from '../types.js';
import { hasPack } from '../../lang/packs.js';

/** Item error codes of docs/input.md that reading bytes (no network, no directory) can give. */
export const ITEM_CODES = new Set(['empty', 'binary', 'too-large', 'bad-json', 'bad-article', 'no-text']);

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a YYYY-MM-DD string naming a real day of the proleptic Gregorian calendar (years 0000-9999). */
export function isRealDay(s: string): boolean {
  const m = DAY.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  return days !== undefined && d >= 1 && d <= days;
}

/** What is wrong with one read item (empty when it is well-formed). */
export function itemProblems(item: ReadItem): string[] {
  const out: string[] = [];
  if ('article' in item) {
    const a = item.article;
    if (typeof a.text !== 'string') out.push('article.text is not a string');
    if (a.date != null && !isRealDay(a.date)) out.push(`article.date "${a.date}" is not a real day`);
    if (a.lang != null && !hasPack(a.lang)) out.push(`article.lang "${String(a.lang)}"`);
    if (item.notes && !item.notes.every((n) => typeof n === 'string' && n.length > 0)) out.push('a note is empty');
  } else {
    if (!ITEM_CODES.has(item.error.code)) out.push(`unknown error code "${item.error.code}"`);
    if (!item.error.message) out.push('error without a message');
  }
  if (typeof item.origin !== 'string' || !item.origin) out.push('no origin');
  return out;
}

/** Every {start, end} inside `value` that does not lie within [0, textLength], by JSON path. */
export function spansOutside(value: unknown, textLength: number, path = ''): string[] {
  const out: string[] = [];
  if (Array.isArray(value)) {
    value.forEach((v, i) => out.push(...spansOutside(v, textLength, `${path}/${i}`)));
  } else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' || typeof o.end === 'number') {
      const { start, end } = o as { start: number; end: number };
      if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= textLength)) {
        out.push(`${path || '/'}: span ${start}..${end} outside 0..${textLength}`);
      }
    }
    for (const [k, v] of Object.entries(o)) if (v && typeof v === 'object') out.push(...spansOutside(v, textLength, `${path}/${k}`));
  }
  return out;
}

/** What is wrong with an analyze() result: schema violations and spans outside the text. */
export function resultProblems(result: unknown): string[] {
  const out = validateResult(result).map((p) => `schema: ${p}`);
  const r = result as { text?: unknown };
  if (typeof r.text === 'string') out.push(...spansOutside(result, r.text.length));
  return out;
}
