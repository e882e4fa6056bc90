/**
 * The filters every export takes, the same as the API's event list (docs/store.md): date range (on
 * the day the event is filed under, src/store/quad.ts filingDay), dyad (source and target country, or
 * either side), type, status and minimum confidence. An empty filter keeps everything.
 *
 * @example
 * keepEvent(event, '2025-09-25', { type: 'SANCTION', minConfidence: 0.5 }); // true or false
 */
import { filingDay } from '../store/quad.js';
import type { EventQuery } from '../store/store.js';

/**
 * The event filters an export takes: the API's event query (src/store/store.ts) without the ones a
 * stored result cannot answer by itself (actor, text search, place: src/server/export-stream.ts
 * answers those through the store's event query).
 */
export type ExportFilter = Pick<EventQuery, 'from' | 'to' | 'source' | 'target' | 'either' | 'type' | 'status' | 'minConfidence'>;

/** What a filter reads of an event (contract events and store rows both have it). */
export interface Filterable {
  date: string | null; status: string; type: string; sourceCountry: string | null; targetCountry: string | null;
  dateBasis?: 'text' | 'article' | null; announced?: string | null; confidence?: number;
}

/** True when the event passes the filter; `articleDate` is the date of its article. */
export function keepEvent(e: Filterable, articleDate: string | null | undefined, f: ExportFilter): boolean {
  if (f.type && e.type !== f.type) return false;
  if (f.status && e.status !== f.status) return false;
  if (f.minConfidence !== undefined && e.confidence !== undefined && e.confidence < f.minConfidence) return false;
  if (f.either) {
    const sides = [e.sourceCountry, e.targetCountry];
    if (f.source && !sides.includes(f.source)) return false;
    if (f.target && !sides.includes(f.target)) return false;
  } else {
    if (f.source && e.sourceCountry !== f.source) return false;
    if (f.target && e.targetCountry !== f.target) return false;
  }
  if (f.from || f.to) {
    const day = filingDay(e, articleDate);
    if (!day) return false;
    if (f.from && day < f.from) return false;
    if (f.to && day.slice(0, f.to.length) > f.to) return false;
  }
  return true;
}

/** True when no field of the filter is set. */
export function isEmptyFilter(f: ExportFilter): boolean {
  return Object.values(f).every((x) => x === undefined || x === '' || x === false);
}
