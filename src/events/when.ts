/**
 * The date of an event: the date expression in the trigger's clauses nearest to the trigger
 * (not "seit 2019" / "since 2019", which date a period, not the event); else the article date for
 * events reported as current or past; null for undated plans and hypotheticals.
 *
 * @example
 * eventDate(doc, [4, 20], 12, 'asserted'); // { value: '2025-09-09', text: 'am 9. September' }
 */
import type { DateMention, EventStatus } from '../contract/schema.js';
import type { Doc } from '../doc/doc.js';
import { tokenIndexAt } from '../doc/spans.js';
import { optionalSet } from './words.js';

/** A date expression that opens a period ("seit 2019", "until May"; lexicons/<lang>/period-starts.tsv). */
export function opensPeriod(lang: string, dateText: string): boolean {
  const first = /^\p{L}+/u.exec(dateText);
  return !!first && optionalSet(lang, 'period-starts').has(first[0].toLowerCase());
}

/** The event's date value and the text it came from (null text = the article date). */
export function eventDate(doc: Doc, range: [number, number], anchor: number, status: EventStatus): { value: string | null; text: string | null; from: DateMention | null } {
  const t0 = doc.tokens[range[0]];
  const t1 = doc.tokens[range[1] - 1];
  let best: DateMention | null = null;
  let bestDist = Infinity;
  const periodStarts = optionalSet(doc.lang, 'period-starts');
  for (const d of doc.dates) {
    if (d.start < t0.start || d.end > t1.end) continue;
    const i = tokenIndexAt(doc, d.start);
    const prev = doc.tokens[i - 1];
    if (opensPeriod(doc.lang, d.text)) continue;
    if (prev && periodStarts.has(prev.text.toLowerCase())) continue;
    const dist = Math.abs(i - anchor);
    if (dist < bestDist) { best = d; bestDist = dist; }
  }
  if (best) return { value: best.value, text: best.text, from: best };
  if (status === 'planned' || status === 'hypothetical') return { value: null, text: null, from: null };
  return { value: doc.date, text: null, from: null };
}
