/**
 * Levers in the stores (migration 008, docs/levers.md): a Result's levers flattened into rows of
 * the `levers` table (shared by SQLite and PostgreSQL so both hold the same data), the query both
 * stores answer for the API and the Levers view, and the mapping of rows back to LeverRow.
 *
 * @example
 * const rows = leverRows('a1', result); // [{ article_id: 'a1', lever_id: 'l1', instrument: 'tariff', ... }]
 * const { where, values } = leverWhere({ a: 'USA', b: 'CHN' }, (i) => `$${i}`);
 */
import type { Result } from '../contract/schema.js';
import { eventDay } from './quad.js';
import { clampLimit, clampOffset } from './relation.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- rows come untyped from the drivers */

export interface LeverRowDb {
  article_id: string; lever_id: string; kind: string; instrument: string; direction: string | null; status: string;
  imposer_country: string | null; target_country: string | null;
  /** JSON arrays of actor names */
  imposer_names: string; target_names: string;
  good: string | null; good_text: string | null;
  magnitude_value: number | null; magnitude_unit: string | null; magnitude_text: string | null;
  date: string | null; date_basis: string | null; day: string | null;
  cue_start: number; cue_end: number; cue_text: string;
  evidence_start: number; evidence_end: number; evidence_text: string;
  event_id: string | null; quote_id: string | null; speaker: string | null;
}

/** Column names of the levers table, in insert order. */
export const LEVER_COLUMNS = [
  'article_id', 'lever_id', 'kind', 'instrument', 'direction', 'status', 'imposer_country', 'target_country',
  'imposer_names', 'target_names', 'good', 'good_text', 'magnitude_value', 'magnitude_unit', 'magnitude_text',
  'date', 'date_basis', 'day', 'cue_start', 'cue_end', 'cue_text', 'evidence_start', 'evidence_end', 'evidence_text',
  'event_id', 'quote_id', 'speaker',
] as const;

/** One result's levers as table rows (none for results without a lever layer). */
export function leverRows(articleId: string, r: Result): LeverRowDb[] {
  const actorById = new Map(r.actors.map((a) => [a.id, a]));
  const names = (ids: string[]) => JSON.stringify(ids.map((id) => actorById.get(id)?.name ?? id));
  return (r.levers ?? []).map((l) => {
    const v = l.magnitude?.value;
    return {
      article_id: articleId, lever_id: l.id, kind: l.kind, instrument: l.instrument, direction: l.direction, status: l.status,
      imposer_country: l.imposerCountry, target_country: l.targetCountry,
      imposer_names: names(l.imposer), target_names: names(l.target),
      good: l.good, good_text: l.goodText?.text ?? null,
      magnitude_value: v === undefined ? null : Array.isArray(v) ? v[1] : v,
      magnitude_unit: l.magnitude?.unit ?? null, magnitude_text: l.magnitude?.text ?? null,
      date: l.date, date_basis: l.dateBasis, day: eventDay(l.date, r.date),
      cue_start: l.cue.start, cue_end: l.cue.end, cue_text: l.cue.text,
      evidence_start: l.evidence.start, evidence_end: l.evidence.end, evidence_text: r.text.slice(l.evidence.start, l.evidence.end),
      event_id: l.event, quote_id: l.quote,
      speaker: l.speaker ? actorById.get(l.speaker)?.name ?? null : null,
    };
  });
}

/** One stored lever as the API, the Levers view and the exports see it. */
export interface LeverRow {
  articleId: string;
  leverId: string;
  kind: string;
  instrument: string;
  direction: string | null;
  status: string;
  imposerCountry: string | null;
  targetCountry: string | null;
  imposerNames: string[];
  targetNames: string[];
  good: string | null;
  goodText: string | null;
  magnitude: { value: number; unit: string | null; text: string | null } | null;
  date: string | null;
  dateBasis: string | null;
  /** the lever's date, else the article date: where the lever is filed in time */
  day: string | null;
  articleDate: string | null;
  title: string | null;
  cue: { start: number; end: number; text: string };
  evidence: { start: number; end: number; text: string };
  eventId: string | null;
  quoteId: string | null;
  speaker: string | null;
  /** the language of the lever's article (its evidence is in it) */
  lang?: string;
}

export interface LeverQuery {
  /** ISO3 of one party; with `b` the dyad in both directions */
  a?: string;
  b?: string;
  instrument?: string;
  good?: string;
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

/**
 * WHERE conditions and values of a lever query over `levers l JOIN articles x` (canonical
 * articles only); `ph(i)` writes the i-th placeholder (1-based: "?" for SQLite, "$i" for PostgreSQL).
 */
export function leverWhere(q: LeverQuery, ph: (i: number) => string): { where: string; values: unknown[]; limit: string; offset: string } {
  const values: unknown[] = [];
  const p = (v: unknown) => { values.push(v); return ph(values.length); };
  const where = ['x.duplicate_of IS NULL'];
  if (q.a && q.b) {
    const a1 = p(q.a); const b1 = p(q.b); const b2 = p(q.b); const a2 = p(q.a);
    where.push(`((l.imposer_country = ${a1} AND l.target_country = ${b1}) OR (l.imposer_country = ${b2} AND l.target_country = ${a2}))`);
  } else if (q.a) {
    const a1 = p(q.a); const a2 = p(q.a);
    where.push(`(l.imposer_country = ${a1} OR l.target_country = ${a2})`);
  }
  if (q.instrument) where.push(`l.instrument = ${p(q.instrument)}`);
  if (q.good) where.push(`l.good = ${p(q.good)}`);
  if (q.from) where.push(`l.day >= ${p(q.from)}`);
  if (q.to) where.push(`l.day <= ${p(q.to)}`);
  const limit = p(clampLimit(q.limit, 200));
  const offset = p(clampOffset(q.offset));
  return { where: where.join(' AND '), values, limit, offset };
}

/** The SELECT of a lever query (placeholders from leverWhere). */
export function leverSql(w: { where: string; limit: string; offset: string }): string {
  return `SELECT l.*, x.date AS article_date, x.title AS title, x.lang AS article_lang FROM levers l JOIN articles x ON x.id = l.article_id
    WHERE ${w.where} ORDER BY l.day DESC, l.article_id, l.lever_id LIMIT ${w.limit} OFFSET ${w.offset}`;
}

/** A levers row (joined with its article) → LeverRow. */
export function toLeverRow(r: any): LeverRow {
  return {
    articleId: r.article_id, leverId: r.lever_id, kind: r.kind, instrument: r.instrument, direction: r.direction ?? null,
    status: r.status, imposerCountry: r.imposer_country ?? null, targetCountry: r.target_country ?? null,
    imposerNames: names(r.imposer_names), targetNames: names(r.target_names),
    good: r.good ?? null, goodText: r.good_text ?? null,
    magnitude: r.magnitude_value == null ? null : { value: Number(r.magnitude_value), unit: r.magnitude_unit ?? null, text: r.magnitude_text ?? null },
    date: r.date ?? null, dateBasis: r.date_basis ?? null, day: r.day ?? null, articleDate: r.article_date ?? null,
    title: r.title ?? null,
    cue: { start: Number(r.cue_start), end: Number(r.cue_end), text: r.cue_text },
    evidence: { start: Number(r.evidence_start), end: Number(r.evidence_end), text: r.evidence_text },
    eventId: r.event_id ?? null, quoteId: r.quote_id ?? null, speaker: r.speaker ?? null,
    ...(r.article_lang == null ? {} : { lang: String(r.article_lang) }),
  };
}

function names(v: unknown): string[] {
  if (typeof v !== 'string') return [];
  try {
    const a = JSON.parse(v);
    return Array.isArray(a) ? a.map(String) : [];
  } catch {
    return [];
  }
}
