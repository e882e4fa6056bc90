/**
 * The country a German report is about ("the story's place"): the country its places and demonyms
 * name most often, counting the first sentence three times (the lead names the place of the news);
 * lexicons/de/event-home.tsv when it names none. Unnamed domestic actors ("die Polizei", "die
 * Regierung", "Demonstranten") and people without a known country take it, as the coding
 * guidelines code unnamed actors by the country where the event happens.
 *
 * @example
 * storyCountry(doc); // 'EGY' for a report from Kairo that mentions Ägypten and ägyptische Soldaten
 */
import type { Doc } from '../../pipeline/doc.js';
import { hasLexicon, lexicon } from '../../lang/lexicon.js';

const cache = new WeakMap<Doc, string | null>();
let home: string | null | undefined;

/** The home country of the language's news (first row of event-home.tsv), or null. */
export function homeCountry(lang: string): string | null {
  if (home === undefined) home = hasLexicon(lang, 'event-home') ? lexicon(lang, 'event-home')[0]?.[0] ?? null : null;
  return home;
}

/** The story's country (see the module comment), computed once per document. */
export function storyCountry(doc: Doc): string | null {
  if (cache.has(doc)) return cache.get(doc) ?? null;
  // (textCache is filled below together with cache)
  const actors = new Map(doc.actors.map((a) => [a.id, a]));
  const lead = doc.sentences.find((s) => !s.header);
  const tally = new Map<string, { n: number; first: number }>();
  for (const m of doc.mentions) {
    const a = m.actor ? actors.get(m.actor) : undefined;
    const info = doc.mentionInfo.get(m.id);
    const c = (a && (a.type === 'GPE' || a.type === 'LOC') ? a.country : null) ?? (info?.kind === 'demonym' ? info.country ?? null : null);
    if (!c || c === 'IGO') continue;
    const w = lead && m.start >= lead.start && m.end <= lead.end ? 3 : 1;
    const t = tally.get(c);
    if (t) t.n += w;
    else tally.set(c, { n: w, first: m.start });
  }
  let best: string | null = null;
  let bestT = { n: 0, first: Infinity };
  for (const [c, t] of tally) if (t.n > bestT.n || (t.n === bestT.n && t.first < bestT.first)) { best = c; bestT = t; }
  textCache.set(doc, best);
  const out = best ?? homeCountry(doc.lang);
  cache.set(doc, out);
  return out;
}

const textCache = new WeakMap<Doc, string | null>();

/**
 * The story's country as the text names it, without the home default: the state an unnamed
 * perpetrator is given ("wurden beschossen") must come from the report, not from where German news
 * usually is.
 */
export function textCountry(doc: Doc): string | null {
  if (!textCache.has(doc)) storyCountry(doc);
  return textCache.get(doc) ?? null;
}

/** How many days before the article date a date expression still dates the story's undated events. */
const STORY_DAYS = 10;

/**
 * The date an undated event of a German report takes: the last day-precise date expression before
 * `offset` that lies on or before the article date and at most STORY_DAYS before it ("gestern",
 * "am Dienstag" in the lead dates what follows: reports are written the day after); else null (the
 * caller keeps the article date).
 */
export function storyDate(doc: Doc, offset: number): { value: string; text: string } | null {
  if (!doc.date) return null;
  const day = Date.parse(doc.date);
  let best: { value: string; text: string } | null = null;
  for (const d of doc.dates) {
    if (d.start >= offset) break;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d.value) || /^(seit|bis|ab)\b/i.test(d.text)) continue;
    const v = Date.parse(d.value);
    if (v > day || day - v > STORY_DAYS * 86400000) continue;
    best = { value: d.value, text: d.text };
  }
  return best;
}
