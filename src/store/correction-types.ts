/**
 * The types of analysts' corrections (no runtime imports, so the browser code can share them
 * through src/server/api-types.ts). Logic: corrections.ts.
 *
 * @example
 * const c: CorrectionIn = { kind: 'event', author: 'ana', articleId: 'a1', eventId: 'e1', field: 'flag', value: 'wrong' };
 */

/** What a correction is about. */
export const CORRECTION_KINDS = ['event', 'actor-merge', 'actor-alias'] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

/** The fields of an event an analyst can change (`flag`: 'wrong' marks the event as wrong). */
export const EVENT_FIELDS = ['flag', 'type', 'status', 'date', 'source', 'target'] as const;
export type EventField = (typeof EVENT_FIELDS)[number];


/** A correction to store. */
export interface CorrectionIn {
  kind: CorrectionKind;
  author: string;
  /** kind event; kind actor-merge: only this article's mentions of `name` (a split: they become `value`) */
  articleId?: string | null;
  eventId?: string | null;
  field?: EventField | null;
  /** kind actor-merge / actor-alias: the actor name (merge: the name merged away) */
  name?: string | null;
  /** the new value (merge: the name it joins; alias: the other spelling); null takes it back */
  value: string | null;
  note?: string | null;
}

/** A stored correction: the input plus id (order of entry) and time (ISO 8601). */
export interface CorrectionRow extends Required<CorrectionIn> {
  id: number;
  createdAt: string;
}

