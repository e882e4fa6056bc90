/**
 * Rule 3, a capitalised nationality adjective with an organisation head is one organisation:
 * German `Deutsche Bauernverband`, `Bundesverband Deutscher Banken` (not `Schweizer Armee`: a
 * demonym in -er before a noun is a generic description); English `British Broadcasting
 * Corporation`, `Peruvian Democratic Party` (a demonym + capitalised words ending in an
 * organisation suffix word, or + a listed party), with the demonym's country.
 *
 * @example
 * // "Der Deutsche Bauernverband warnte." → ORG "Deutsche Bauernverband"
 */
import { germanAdjectiveCountry } from '../german.js';
import type { NerData } from '../data.js';
import type { RecogniserState } from './state.js';
import type { NerRule } from './types.js';

/** w.endsWith(e + ending), without making that string. */
function endsWithInflected(w: string, e: string, ending: string): boolean {
  return w.endsWith(ending) && w.endsWith(e, w.length - ending.length);
}

/** Unit k is a capitalised organisation head: a suffix word ("Stiftung") or a word ending in one ("Bauernverband"). */
function orgHead(s: RecogniserState, k: number): boolean {
  const { units, d } = s;
  if (k >= units.length || !units[k].cap || units[k].kind !== 'word' || units[k].parts.length > 1) return false;
  if (d.orgSuffixWords.has(units[k].text)) return true;
  const w = units[k].lower;
  return d.orgSuffixEndings.some(([e]) => w.endsWith(e) || endsWithInflected(w, e, 's') || endsWithInflected(w, e, 'es') || endsWithInflected(w, e, 'en'));
}

/** A capitalised nationality adjective at unit k ("Deutsche", "Europäischen"). */
function capitalDemonym(s: RecogniserState, k: number): boolean {
  if (k >= s.units.length || !s.units[k].cap) return false;
  const g = s.gazAt(k);
  return !!g && g.length === 1 && g.value.source === 'demonym' && /e[nrs]?$/.test(s.units[k].text);
}

/**
 * A lower-case nationality adjective in the genitive plural at unit k ("deutscher" in
 * "Bundesverband deutscher Banken", "Verein europäischer Anwälte").
 */
function genitiveDemonym(s: RecogniserState, k: number): boolean {
  const u = s.units[k];
  if (!u || u.kind !== 'word' || u.cap || !u.text.endsWith('er')) return false;
  // (asked of every lower-case word in -er between two capitalised ones: "der", "oder", "über"
  // recur in every article, so the answer is kept per word instead of a capitalised copy each time)
  let memo = GENITIVE_DEMONYM.get(s.d);
  if (!memo) GENITIVE_DEMONYM.set(s.d, (memo = new Map()));
  let v = memo.get(u.text);
  if (v === undefined) {
    v = genitiveDemonymWord(s, u.text);
    if (memo.size > 200_000) memo.clear();
    memo.set(u.text, v);
  }
  return v;
}

/** genitiveDemonym's answers per data object and word */
const GENITIVE_DEMONYM = new WeakMap<NerData, Map<string, boolean>>();

function genitiveDemonymWord(s: RecogniserState, text: string): boolean {
  if (germanAdjectiveCountry(s.d, text)) return true;
  // ("deutsch" is no "-isch" stem: its forms are listed as demonyms, capitalised)
  const g = s.d.gazetteer.word(text.charAt(0).toUpperCase() + text.slice(1));
  return !!g && g.length === 1 && g.value.source === 'demonym';
}

/** End of "Deutsche Bauernverband" / "Bundesverband Deutscher Banken" starting at i, else i. */
function adjectiveOrgEnd(s: RecogniserState, i: number): number {
  const { units } = s;
  // (not "Schweizer Armee": a demonym in -er before a noun is a generic description)
  if (capitalDemonym(s, i) && !units[i].text.endsWith('er') && orgHead(s, i + 1)) return i + 2;
  if (i + 2 < units.length && units[i + 2].cap && (capitalDemonym(s, i + 1) || genitiveDemonym(s, i + 1)) && orgHead(s, i) && units[i + 2].kind === 'word' && !s.gazAt(i + 2)) return i + 3;
  return i;
}

/**
 * English, "Peruvian Democratic Party", "Canadian Broadcasting Corporation": a demonym + one to
 * three capitalised words (no listed name) ending in an organisation suffix word; end or i.
 */
function englishAdjectiveOrgEnd(s: RecogniserState, i: number): number {
  const { units, d } = s;
  const g = s.gazAt(i);
  if (!g || g.length !== 1 || g.value.source !== 'demonym') return i;
  let end = i;
  for (let k = i + 1; k < units.length && k - i <= 3; k++) {
    const u = units[k];
    const h = s.gazAt(k);
    // a listed party or body after the demonym ends the name ("Indonesian" + "Democratic Party")
    if (h && h.value.type === 'ORG' && h.value.source === 'org' && k + h.length - i <= 4) return d.orgSuffixWords.has(units[k + h.length - 1].text) ? k + h.length : end;
    if (u.kind !== 'word' || !u.cap || u.parts.length > 1 || !s.nameLike(k) || h || s.findRoleQuiet(k)) break;
    if (d.orgSuffixWords.has(u.text)) end = k + 1;
  }
  return end;
}

export const adjectiveOrgRule: NerRule = {
  name: 'adjective-org',
  description: 'a capitalised nationality adjective with an organisation head is one organisation',
  apply(s, i) {
    const u = s.units[i];
    if (!s.nouns && u.cap) {
      const e = englishAdjectiveOrgEnd(s, i);
      if (e <= i + 1) return -1;
      // the demonym gives the organisation's country
      const country = s.gazAt(i)?.value.country;
      s.push({ start: u.start, end: s.units[e - 1].end, type: 'ORG', kind: 'name', canonical: s.words.slice(i, e).join(' '), ...(country ? { country } : {}) });
      return e;
    }
    // only where nationality adjectives inflect ("Deutsche", "Deutscher"): capitalised, they open a name
    if (s.d.names.nationalityAdjectiveStem === null || !u.cap) return -1;
    const end = adjectiveOrgEnd(s, i);
    if (end <= i) return -1;
    s.push({ start: u.start, end: s.units[end - 1].end, type: 'ORG', kind: 'name', canonical: s.words.slice(i, end).join(' ') });
    return end;
  },
};
