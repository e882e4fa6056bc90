/**
 * Names and colours the views share: country names (English, from i18n-iso-countries), the PLOVER
 * vocabulary (types, statuses, quad classes: lexicons/plover/*.tsv bundled as raw text and parsed by
 * src/plover/vocabulary.ts, the one source the engine reads too), and a few date helpers.
 *
 * @example
 * countryName('DEU'); // 'Germany'
 */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import de from 'i18n-iso-countries/langs/de.json';
import { lang } from './i18n.js';

import { parseVocabulary, tsvRows } from '../../src/plover/vocabulary.js';
import types from '../../lexicons/plover/types.tsv?raw';
import quadClasses from '../../lexicons/plover/quad-classes.tsv?raw';
import modes from '../../lexicons/plover/modes.tsv?raw';
import contexts from '../../lexicons/plover/contexts.tsv?raw';
import scores from '../../lexicons/plover/scores.tsv?raw';
import sectors from '../../lexicons/plover/sectors.tsv?raw';
import nonstate from '../../lexicons/plover/nonstate-codes.tsv?raw';
import statuses from '../../lexicons/plover/statuses.tsv?raw';

countries.registerLocale(en);
countries.registerLocale(de);

/** The PLOVER vocabulary, from the same tables as the engine. */
export const PLOVER = parseVocabulary({
  types, 'quad-classes': quadClasses, modes, contexts, scores, sectors, 'nonstate-codes': nonstate, statuses,
});

/** "Germany" for "DEU" ("Deutschland" in the German UI); the code itself when unknown. */
export function countryName(iso3: string | null | undefined): string {
  if (!iso3) return '?';
  const n = countries.getName(iso3, lang(), { select: 'official' });
  return n ? String(n) : iso3;
}

/** "DEU (Germany)". */
export function countryLabel(iso3: string): string {
  return `${iso3} — ${countryName(iso3)}`;
}

/** The alpha-3 code of an ISO 3166 numeric code (world-atlas ids), or undefined. */
export function alpha3OfNumeric(numeric: string): string | undefined {
  return countries.numericToAlpha3(numeric) ?? undefined;
}

/** ISO 3166 numeric code (as world-atlas ids) of an alpha-3 code. */
export function numericOf(iso3: string): string | undefined {
  return countries.alpha3ToNumeric(iso3) ?? undefined;
}

/** Display colour of each quad code (1 verbal cooperation .. 4 material conflict). */
const QUAD_COLORS: Record<number, string> = { 1: '#2b8cbe', 2: '#31a354', 3: '#fd8d3c', 4: '#d7301f' };

/** The four PLOVER quad classes in display order, with colours. */
export const QUADS: { key: string; label: string; color: string }[] = PLOVER.quads.map((q) => ({
  key: q.key, label: q.label, color: QUAD_COLORS[q.code] ?? '#888888',
}));

/** The PLOVER 2.0 event types. */
export const EVENT_TYPES: string[] = [...PLOVER.types];
/** Event statuses of the contract (the rows of lexicons/plover/statuses.tsv that are statuses, not flags). */
export const STATUSES: string[] = tsvRows(statuses).map((r) => r[0]).filter((s) => s !== 'historical');

/** Unix seconds of a YYYY-MM-DD day (uPlot's x values). */
export function toSeconds(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / 1000;
}
