/**
 * Sector knowledge: normalised role → PLOVER/CAMEO sector (lexicons/registry/role-sectors.tsv) and
 * sector nouns per language (lexicons/<lang>/sector-words.tsv: "*ministerium" → GOV, "police" → COP).
 *
 * @example
 * sectorOfRole('deputy defence minister'); // 'MIL'
 * sectorWord('de', 'Biden-Administration')?.sector; // 'GOV'
 */
import { compiled, lexicon } from '../lang/lexicon.js';

let roles: Map<string, string> | undefined;

/** Sector of a normalised English role; tries shorter tails ("deputy foreign minister" → "foreign minister"). */
export function sectorOfRole(role: string | null | undefined): string | null {
  if (!role) return null;
  roles ??= new Map(lexicon('registry', 'role-sectors').map(([r, s]) => [r, s]));
  const words = role.toLowerCase().split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const s = roles.get(words.slice(i).join(' '));
    if (s) return s;
  }
  return null;
}

/** A sector noun: the sector, the agent type of the group it names and an English label. */
export interface SectorWord {
  sector: string;
  type: 'ORG' | 'PER';
  label: string;
}

interface WordTable {
  /** word as written → result, so each form is resolved once per process */
  memo: Map<string, SectorWord | null>;
  exact: Map<string, SectorWord>;
  suffixes: { suffix: string; w: SectorWord }[];
  /** last three letters → suffixes ending in them (longest first) */
  bySuffix3: Map<string, { suffix: string; w: SectorWord }[]>;
}
function table(lang: string): WordTable {
  return compiled(lang, 'sector-words', buildTable);
}

function buildTable(lang: string): WordTable {
  const t: WordTable = { memo: new Map(), exact: new Map(), suffixes: [], bySuffix3: new Map() };
  for (const [word, sector, type, label] of lexicon(lang, 'sector-words')) {
    const w: SectorWord = { sector, type: type === 'PER' ? 'PER' : 'ORG', label: label ?? word };
    if (word.startsWith('*')) {
      t.suffixes.push({ suffix: word.slice(1), w });
      t.exact.set(word.slice(1), w);
    } else t.exact.set(word, w);
  }
  t.suffixes.sort((a, b) => b.suffix.length - a.suffix.length);
  for (const x of t.suffixes) {
    const k = x.suffix.slice(-3);
    const l = t.bySuffix3.get(k) ?? [];
    l.push(x);
    t.bySuffix3.set(k, l);
  }
  return t;
}

/** The sector noun a word is or ends in ("Verteidigungsministerium", "US-Farmer"), else null. */
export function sectorWord(lang: string, word: string): SectorWord | null {
  const t = table(lang);
  const m = t.memo.get(word);
  if (m !== undefined) return m;
  const w = word.toLowerCase();
  let hit: SectorWord | null = t.exact.get(w) ?? null;
  if (!hit) {
    const cands = t.bySuffix3.get(w.slice(-3));
    if (cands) for (const s of cands) if (w.length > s.suffix.length && w.endsWith(s.suffix)) { hit = s.w; break; }
  }
  if (t.memo.size > 50000) t.memo.clear();
  t.memo.set(word, hit);
  return hit;
}
