/**
 * Quad classes of PLOVER event types (from src/plover, the one PLOVER vocabulary) and the ISO week an event falls into: what relation() groups by.
 *
 * @example
 * quadClass('SANCTION'); // 'material-conflict'
 * isoMonday('2025-09-25'); // '2025-09-22'
 */

import { plover } from '../plover/index.js';

/** PLOVER type → quad class key (lexicons/plover/types.tsv and quad-classes.tsv, the manual's summary table). */
export const QUAD: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(plover().types.map((t) => [t, plover().quadClass(t) as string])),
);

/** The four quad class keys in the order of their quad codes. */
export const QUAD_CLASSES: readonly string[] = Object.freeze(plover().quads.map((q) => q.key));

/** Quad class of a PLOVER type, or null for an unknown type. */
export function quadClass(type: string): string | null {
  return plover().quadClass(type);
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The day an event is filed under: its own date when the text gives a full day, else the article
 * date, else the first day of its partial date ("2025-10" → "2025-10-01"), else null.
 */
export function eventDay(eventDate: string | null | undefined, articleDate: string | null | undefined): string | null {
  if (eventDate && DAY.test(eventDate)) return eventDate;
  if (articleDate && DAY.test(articleDate)) return articleDate;
  if (eventDate && /^\d{4}-\d{2}$/.test(eventDate)) return `${eventDate}-01`;
  if (eventDate && /^\d{4}$/.test(eventDate)) return `${eventDate}-01-01`;
  return null;
}

/** What the store needs of an event to file it under a day. */
export interface Fileable { date: string | null; status: string; dateBasis?: 'text' | 'article' | null; announced?: string | null }

/**
 * The day an event counts on in the store, charts and exports (docs/events.md, "Honest dates"): a plan
 * on the day it was announced (PLOVER codes the AGREE or THREATEN when it is said); an event with a
 * date basis on its date (`eventDay`); a background fact or an undated plan (`dateBasis` null) on no
 * day, so the relation chart does not count it. Results stored before the coding stage (no
 * `dateBasis`) keep the old filing.
 */
export function filingDay(e: Fileable, articleDate: string | null | undefined): string | null {
  if (e.dateBasis === undefined) return eventDay(e.date, articleDate);
  if (e.status === 'planned') return e.announced && DAY.test(e.announced) ? e.announced : null;
  if (e.dateBasis === null) return null;
  return eventDay(e.date, articleDate);
}

/** Monday (YYYY-MM-DD) of the ISO week that contains `day`, or null for a malformed day. */
export function isoMonday(day: string | null): string | null {
  if (!day || !DAY.test(day)) return null;
  const t = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(t)) return null;
  const dow = (new Date(t).getUTCDay() + 6) % 7; // Monday = 0
  return new Date(t - dow * 86_400_000).toISOString().slice(0, 10);
}
