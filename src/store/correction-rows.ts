/**
 * Correction rows of both stores ↔ CorrectionRow: the insert values in column order and the
 * mapping back (PostgreSQL returns timestamps as Date and ids as strings).
 *
 * @example
 * const values = correctionValues({ kind: 'event', author: 'ana', articleId: 'a1', eventId: 'e1', field: 'flag', value: 'wrong' });
 */
import type { CorrectionIn, CorrectionRow } from './corrections.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- rows come untyped from the drivers */

/** author, kind, article_id, event_id, field, name, value, note */
export function correctionValues(c: CorrectionIn): unknown[] {
  return [c.author, c.kind, c.articleId ?? null, c.eventId ?? null, c.field ?? null, c.name ?? null, c.value ?? null, c.note ?? null];
}

/** A corrections row → CorrectionRow. */
export function toCorrectionRow(r: any): CorrectionRow {
  return {
    id: Number(r.id), createdAt: r.created_at instanceof Date ? r.created_at.toISOString() : String(r.created_at),
    author: r.author, kind: r.kind, articleId: r.article_id ?? null, eventId: r.event_id ?? null,
    field: r.field ?? null, name: r.name ?? null, value: r.value ?? null, note: r.note ?? null,
  };
}
