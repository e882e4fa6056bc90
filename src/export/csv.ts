/**
 * CSV of events, one row per event, RFC 4180: comma-separated, CRLF line ends, a field quoted
 * when it holds a comma, a quote, CR or LF, quotes doubled inside. A text cell that a spreadsheet
 * would run as a formula (starting with =, +, -, @, tab or CR: OWASP "CSV injection") gets a
 * single quote in front, as spreadsheet-safe exporters do; numbers are written as they are.
 *
 * @example
 * csvField('said "no", then left'); // '"said ""no"", then left"'
 */
import type { ExportEventRow } from '../store/queue.js';

/** The columns, in order (the header row). */
export const CSV_COLUMNS = [
  'article_id', 'event_id', 'date', 'type', 'mode', 'status', 'score', 'source_country', 'target_country',
  'source_names', 'target_names', 'trigger', 'evidence', 'url', 'sources',
] as const;

/** First characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, quoted when needed; text that would start a formula is neutralised with a leading '. */
export function csvField(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'string' && FORMULA_START.test(v) ? `'${v}` : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One record line (with CRLF). */
export function csvLine(fields: (string | number | null | undefined)[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

/** The CSV row of an event; `date` is the event's own date, else the article's. */
export function eventCsvLine(e: ExportEventRow): string {
  return csvLine([
    e.articleId, e.eventId, e.date ?? e.articleDate, e.type, e.mode, e.status, e.score, e.sourceCountry,
    e.targetCountry, e.sourceNames.join('; '), e.targetNames.join('; '), e.trigger.text, e.evidence.text, e.url, e.sources,
  ]);
}
