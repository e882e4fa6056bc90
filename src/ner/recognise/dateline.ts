/**
 * Rule 0, datelines: a line that is only a place in capitals and a date (`GENF 2024-05-12`,
 * `ST. PAUL 2024-05-12`, `FRESNO , Calif 2024-05-12`) names where a report was filed. The
 * words before the first comma are one place (GPE) even when they are short like an acronym
 * (`GENF`, `BAKU`) or missing from the gazetteer; what follows the comma (a region, a
 * country) is left to the other rules.
 *
 * @example
 * // "ROME 1996-08-30" → GPE "ROME"
 */
import type { RecogniserState } from './state.js';
import type { NerRule } from './types.js';

/** an ISO date or a day-month date with a four-digit year as the segmenter keeps it in one unit */
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** End (exclusive) of the dateline place starting at unit i, or -1 when the sentence is no dateline. */
export function datelinePlace(s: RecogniserState, i: number): number {
  const { units } = s;
  if (i !== 0 || units.length < 2) return -1;
  const last = units[units.length - 1];
  // the segmenter keeps the date as one unit (a word or a number); the length test spares the
  // regular expression for most sentences, which end in a full stop
  if (last.text.length !== 10 || !DATE.test(last.text)) return -1;
  // the place: words in capitals (the dot of "ST." included); then nothing, or a comma and capitalised words
  let j = 0;
  while (j < units.length - 1 && ((units[j].kind === 'word' && units[j].allCaps) || (j > 0 && units[j].text === '.' && units[j].start === units[j - 1].end))) j++;
  if (j === 0 || !units[j - 1].allCaps) return -1;
  for (let k = j; k < units.length - 1; k++) {
    const u = units[k];
    if (!(u.text === ',' || (u.kind === 'word' && u.cap) || u.text === '.')) return -1;
  }
  return j;
}

export const datelineRule: NerRule = {
  name: 'dateline',
  description: 'a place in capitals before the date of a dateline line',
  apply(s, i) {
    const j = datelinePlace(s, i);
    if (j < 0) return -1;
    const { units, words } = s;
    const g = s.gazAt(i);
    // a listed place spanning the same words keeps its facts
    if (g && g.length === j - i && (g.value.type === 'GPE' || g.value.type === 'LOC')) return -1;
    s.push({ start: units[i].start, end: units[j - 1].end, type: 'GPE', kind: 'name', canonical: words.slice(i, j).join(' ') });
    return j;
  },
};
