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
  const out = best ?? homeCountry(doc.lang);
  cache.set(doc, out);
  return out;
}
