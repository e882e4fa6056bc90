/**
 * German nouns of unnamed groups that take part in events ("Demonstranten", "Bewaffnete",
 * "Oppositionsanhänger"), from lexicons/de/event-collectives.tsv: the events stage makes an actor
 * of one when an event uses it. A leading "*" in the table matches the end of a compound.
 *
 * @example
 * collectiveWord('de', 'Oppositionsanhänger'); // { sector: 'CVL', type: 'PER', label: 'supporters' }
 */
import type { SectorWord } from '../../actors/sectors.js';
import { compiled, hasLexicon, lexicon } from '../../lang/lexicon.js';

interface Suffix { s: string; w: SectorWord }

interface Table {
  exact: Map<string, SectorWord>;
  suffixes: Suffix[];
  /** last three letters → the suffixes ending in them, longest first (a word is tested only against those) */
  byLast3: Map<string, Suffix[]>;
  /** suffixes of fewer than three letters, longest first (tested after byLast3's, as they are shorter) */
  short: Suffix[];
  memo: Map<string, SectorWord | null>;
}

function load(lang: string): Table {
  const t: Table = { exact: new Map(), suffixes: [], byLast3: new Map(), short: [], memo: new Map() };
  if (hasLexicon(lang, 'event-collectives')) {
    for (const [word, sector, type, label] of lexicon(lang, 'event-collectives')) {
      const w = { sector, type: type === 'ORG' ? 'ORG' : 'PER', label } as SectorWord;
      if (word.startsWith('*')) { t.suffixes.push({ s: word.slice(1), w }); t.exact.set(word.slice(1), w); } else t.exact.set(word, w);
    }
    // longest suffix first: "*wahlkommission" before "*kommission"
    t.suffixes.sort((a, b) => b.s.length - a.s.length);
    for (const x of t.suffixes) {
      if (x.s.length < 3) { t.short.push(x); continue; }
      const k = x.s.slice(-3);
      const l = t.byLast3.get(k);
      if (l) l.push(x);
      else t.byLast3.set(k, [x]);
    }
  }
  return t;
}

/** The group noun's sector and agent type, or null; `word` as written (capitalised noun). */
export function collectiveWord(lang: string, word: string): SectorWord | null {
  const table = compiled(lang, 'event-collectives:table', load);
  if (!table.exact.size) return null;
  const m = table.memo.get(word);
  if (m !== undefined) return m;
  const w = word.toLowerCase();
  let hit = find(table, w);
  // inflection endings the table does not list: genitive "-s" ("des Bloggers"), weak "-en"/"-n" ("dem Aktivisten")
  if (!hit && w.length > 5 && w.endsWith('s')) hit = find(table, w.slice(0, -1));
  if (!hit && w.length > 6 && w.endsWith('en')) hit = find(table, w.slice(0, -2));
  if (!hit && w.length > 5 && w.endsWith('n')) hit = find(table, w.slice(0, -1));
  if (table.memo.size > 20000) table.memo.clear();
  table.memo.set(word, hit);
  return hit;
}

/** The exact entry, else the longest suffix `w` ends in (with a letter before it). */
function find(t: Table, w: string): SectorWord | null {
  const hit = t.exact.get(w);
  if (hit) return hit;
  // (a suffix of 3+ letters can only match among those with w's last three letters: ~128 endsWith tests became a few)
  const cands = w.length > 3 ? t.byLast3.get(w.slice(-3)) : undefined;
  // (indexed: a for-of not yet optimised allocates an iterator and a result per step)
  if (cands) for (let k = 0; k < cands.length; k++) { const s = cands[k].s; if (w.length > s.length && w.endsWith(s)) return cands[k].w; }
  const short = t.short;
  for (let k = 0; k < short.length; k++) { const s = short[k].s; if (w.length > s.length && w.endsWith(s)) return short[k].w; }
  return null;
}
