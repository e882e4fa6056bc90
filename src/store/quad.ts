/**
 * Quad classes of PLOVER event types and the ISO week an event falls into: what relation() groups by.
 *
 * @example
 * quadClass('SANCTION'); // 'material-conflict'
 * isoMonday('2025-09-25'); // '2025-09-22'
 */

/** PLOVER type → quad class (verbal/material × cooperation/conflict). */
export const QUAD: Readonly<Record<string, string>> = Object.freeze({
  AGREE: 'verbal-coop', CONSULT: 'verbal-coop', SUPPORT: 'verbal-coop', CONCEDE: 'verbal-coop',
  COOPERATE: 'material-coop', AID: 'material-coop', RETREAT: 'material-coop',
  REQUEST: 'verbal-conflict', ACCUSE: 'verbal-conflict', REJECT: 'verbal-conflict',
  THREATEN: 'verbal-conflict', PROTEST: 'verbal-conflict',
  SANCTION: 'material-conflict', MOBILIZE: 'material-conflict', COERCE: 'material-conflict',
  ASSAULT: 'material-conflict',
});

/** The four quad class names in a fixed order. */
export const QUAD_CLASSES = ['verbal-coop', 'material-coop', 'verbal-conflict', 'material-conflict'] as const;

/** Quad class of a PLOVER type, or null for an unknown type. */
export function quadClass(type: string): string | null {
  return QUAD[type] ?? null;
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

/** Monday (YYYY-MM-DD) of the ISO week that contains `day`, or null for a malformed day. */
export function isoMonday(day: string | null): string | null {
  if (!day || !DAY.test(day)) return null;
  const t = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(t)) return null;
  const dow = (new Date(t).getUTCDay() + 6) % 7; // Monday = 0
  return new Date(t - dow * 86_400_000).toISOString().slice(0, 10);
}
