/**
 * German nouns of unnamed groups that take part in events ("Demonstranten", "Bewaffnete",
 * "Oppositionsanhänger"), from lexicons/de/event-collectives.tsv: the events stage makes an actor
 * of one when an event uses it. A leading "*" in the table matches the end of a compound.
 *
 * @example
 * collectiveWord('Oppositionsanhänger'); // { sector: 'CVL', type: 'PER', label: 'supporters' }
 */
import type { SectorWord } from '../../actors/sectors.js';
import { hasLexicon, lexicon } from '../../lang/lexicon.js';

interface Table { exact: Map<string, SectorWord>; suffixes: { s: string; w: SectorWord }[]; memo: Map<string, SectorWord | null> }
let table: Table | undefined;

function load(): Table {
  const t: Table = { exact: new Map(), suffixes: [], memo: new Map() };
  if (hasLexicon('de', 'event-collectives')) {
    for (const [word, sector, type, label] of lexicon('de', 'event-collectives')) {
      const w = { sector, type: type === 'ORG' ? 'ORG' : 'PER', label } as SectorWord;
      if (word.startsWith('*')) { t.suffixes.push({ s: word.slice(1), w }); t.exact.set(word.slice(1), w); } else t.exact.set(word, w);
    }
    // longest suffix first: "*wahlkommission" before "*kommission"
    t.suffixes.sort((a, b) => b.s.length - a.s.length);
  }
  return t;
}

/** The group noun's sector and agent type, or null; `word` as written (capitalised noun). */
export function collectiveWord(word: string): SectorWord | null {
  table ??= load();
  const m = table.memo.get(word);
  if (m !== undefined) return m;
  const w = word.toLowerCase();
  let hit = table.exact.get(w) ?? null;
  if (!hit) for (const { s, w: sw } of table.suffixes) if (w.length > s.length && w.endsWith(s)) { hit = sw; break; }
  if (table.memo.size > 20000) table.memo.clear();
  table.memo.set(word, hit);
  return hit;
}
