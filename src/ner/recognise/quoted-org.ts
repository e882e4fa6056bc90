/**
 * Rule 7a, a title in quotation marks that a newspaper, magazine or broadcaster noun introduces
 * is that organisation: `der Zeitung " Die Woche "`, `dem Nachrichtenmagazin " Prisma "` (the noun
 * before the quotation is a `media-intro` of ner-context, also as a compound head) or that is
 * the first part of such a compound after the quotation (`der " Abend " -Zeitung`). (Not any
 * organisation noun: `die Gruppe " X "` may name a band or a work.) The words
 * may be common nouns and the article belongs to the title; up to four words.
 *
 * @example
 * // 'Das sagte er dem Magazin " Prisma " .' → ORG "Focus"
 */
import { endsWithContext } from './capitalised-run.js';
import type { RecogniserState } from './state.js';
import type { NerRule } from './types.js';

const OPEN = new Set(['"', '„', '“', '»', '«', '‚']);
const CLOSE = new Set(['"', '“', '”', '«', '»', '‘']);

/** End (exclusive) of the quoted title starting at unit i, or -1. */
function quotedEnd(s: RecogniserState, i: number): number {
  const { units } = s;
  if (i < 2 || !OPEN.has(units[i - 1].text)) return -1;
  let j = i;
  while (j < units.length && j - i < 4 && units[j].kind === 'word' && units[j].cap) j++;
  return j > i && j < units.length && CLOSE.has(units[j].text) ? j : -1;
}

/** The noun before the opening quotation introduces a medium ("Zeitung", "Nachrichtenmagazin"). */
function introBefore(s: RecogniserState, i: number): boolean {
  const k = i - 2;
  const u = s.units[k];
  return !!u && u.kind === 'word' && (s.ctx(k, 'media-intro') || (s.nouns && endsWithContext(s, u.lower, 'media-intro')));
}

/** After the closing quotation at j: "-Zeitung" (a hyphen, then an organisation noun). */
function introCompoundAfter(s: RecogniserState, j: number): boolean {
  const { units } = s;
  const h = units[j + 1];
  const w = units[j + 2];
  if (!h || !w || (h.text !== '-' && h.text !== '–') || w.kind !== 'word' || h.end !== w.start) return false;
  return s.ctx(j + 2, 'media-intro');
}

export const quotedOrgRule: NerRule = {
  name: 'quoted-org',
  description: 'a quoted title introduced by a newspaper or broadcaster noun is an organisation',
  apply(s, i) {
    if (!s.units[i].cap) return -1;
    const j = quotedEnd(s, i);
    if (j < 0 || !(introBefore(s, i) || introCompoundAfter(s, j))) return -1;
    const { units, words } = s;
    s.push({ start: units[i].start, end: units[j - 1].end, type: 'ORG', kind: 'name', canonical: words.slice(i, j).join(' '), sector: 'MED' });
    s.pending = null;
    return j;
  },
};
