/**
 * A readable title for an article: its own title, else the start of its text (the API's
 * `lead`), else its date, else its id.
 *
 * @example
 * articleTitle({ id: 'ab12', title: null, date: '2025-09-25' }); // '25.09.2025'
 */
import { fmtDate } from './i18n.js';

/** The title to show. */
export function articleTitle(a: { id: string; title: string | null; date?: string | null; lead?: string | null }): string {
  if (a.title && a.title.trim()) return a.title.trim();
  if (a.lead && a.lead.trim()) return a.lead.trim();
  if (a.date) return fmtDate(a.date);
  return a.id;
}
