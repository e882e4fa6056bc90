/**
 * Names and colours the views share: country names (English, from i18n-iso-countries), quad
 * classes of PLOVER types, and a few date helpers.
 *
 * @example
 * countryName('DEU'); // 'Germany'
 */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';

countries.registerLocale(en);

/** "Germany" for "DEU"; the code itself when unknown. */
export function countryName(iso3: string | null | undefined): string {
  if (!iso3) return '?';
  const n = countries.getName(iso3, 'en', { select: 'official' });
  return n ? String(n) : iso3;
}

/** "DEU (Germany)". */
export function countryLabel(iso3: string): string {
  return `${iso3} — ${countryName(iso3)}`;
}

/** ISO 3166 numeric code (as world-atlas ids) of an alpha-3 code. */
export function numericOf(iso3: string): string | undefined {
  return countries.alpha3ToNumeric(iso3) ?? undefined;
}

/** The four PLOVER quad classes in display order, with colours. */
export const QUADS: { key: string; label: string; color: string }[] = [
  { key: 'verbal-coop', label: 'verbal cooperation', color: '#2b8cbe' },
  { key: 'material-coop', label: 'material cooperation', color: '#31a354' },
  { key: 'verbal-conflict', label: 'verbal conflict', color: '#fd8d3c' },
  { key: 'material-conflict', label: 'material conflict', color: '#d7301f' },
];

/** The PLOVER 2.0 event types. */
export const EVENT_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
];
/** Event statuses of the contract. */
export const STATUSES = ['asserted', 'planned', 'negated', 'hypothetical'];

/** Unix seconds of a YYYY-MM-DD day (uPlot's x values). */
export function toSeconds(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / 1000;
}
