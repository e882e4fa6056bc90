/**
 * A readable title for an article: its own title, else the first line of its text that is not
 * the photo header ("date 2025-09-25 Credit …"), cut at a word near 90 characters (the API sends
 * `lead`, the start of the text, for untitled articles), else its date, else its id.
 *
 * @example
 * articleTitle({ id: 'ab12', title: null, lead: 'date 2025-09-25 X/Pool …\n\nWer hätte das gedacht: …' }); // 'Wer hätte das gedacht: …'
 */
import { fmtDate } from './i18n.js';

/** A title made from the start of a text, or null. */
export function titleFromText(text: string | null | undefined): string | null {
  if (!text) return null;
  const line = text.split('\n').map((l) => l.trim()).find((l) => l && !/^date \d{4}-\d{2}-\d{2}\b/.test(l));
  if (!line) return null;
  if (line.length <= 90) return line;
  const cut = line.slice(0, 90);
  const sp = cut.lastIndexOf(' ');
  return `${sp > 40 ? cut.slice(0, sp) : cut}…`;
}

/** The title to show. */
export function articleTitle(a: { id: string; title: string | null; date?: string | null; lead?: string | null }): string {
  if (a.title && a.title.trim()) return a.title.trim();
  return titleFromText(a.lead) ?? (a.date ? fmtDate(a.date) : a.id);
}
