/**
 * Rule 7 (German), a town adjective + head noun is one name: `Berliner Zeitung` (ORG: an
 * organisation head), `Tegeler See` (LOC: a place head); heads from the `org-head`/`loc-head`
 * classes of lexicons/de/ner-context.tsv, also as compound heads and inflected. Any other
 * capitalised inflected adjective inside a sentence (German capitalises adjectives only in
 * names) joins such a head too: `Mittelbayerischen Zeitung`.
 *
 * @example
 * // "laut Berliner Zeitung" → ORG "Berliner Zeitung"
 */
import { WORD_KNOWN_LOWER } from '../../lang/name-grammar.js';
import { isGermanAdjectiveLower } from '../german.js';
import type { RecogniserState } from './state.js';
import type { NerRule } from './types.js';
import { endingLength } from './util.js';

/** "org-head" or "loc-head" when the (possibly compound, inflected) noun ends in such a head. */
export function headClass(s: RecogniserState, lowerWord: string): string | null {
  for (let k = 0; k <= lowerWord.length - 3; k++) {
    const tail = lowerWord.slice(k);
    // the tail, then the tail without an inflection ending (looked up once when it has none)
    const cut = endingLength(tail, true);
    for (let v = 0; v < (cut ? 2 : 1); v++) {
      const c = s.d.context.get(v ? tail.slice(0, tail.length - cut) : tail);
      if (c?.has('org-head')) return 'org-head';
      if (c?.has('loc-head')) return 'loc-head';
    }
  }
  return null;
}

/**
 * Head class of unit h: an acronym club prefix, a listed head noun (also as compound head and
 * inflected), or an organisation suffix word of ner-org-suffixes ("Rat", "Parlament"; also
 * with a genitive or dative ending: "Rates", "Rats").
 */
function headAt(s: RecogniserState, h: number): string | null {
  const u = s.units[h];
  if (s.ctx(h, 'org-prefix') && u.allCaps) return 'org-head';
  const c = headClass(s, u.lower); // (a word unit: its text in lower case)
  if (c) return c;
  const cut = endingLength(u.text, true);
  return s.d.orgSuffixWords.has(u.text) || (cut > 0 && s.d.orgSuffixWords.has(u.text.slice(0, u.text.length - cut))) ? 'org-head' : null;
}

/**
 * Unit h is a capitalised inflected adjective: a derived one ("Hessischen") or a word the
 * morphology knows in lower case with an adjective ending ("Neuen", "Freie").
 */
function capitalAdjective(s: RecogniserState, h: number): boolean {
  const u = s.units[h];
  if (u.parts.length !== 1 || !u.cap) return false;
  if (isGermanAdjectiveLower(s.d, u.lower)) return true; // (a word unit: its text in lower case)
  return (s.shapeAt(h).lex & WORD_KNOWN_LOWER) !== 0 && endingLength(u.lower, true) > 0 && /e[nmrs]?$/.test(u.lower);
}

/** True for an adjective made from a place name: "Berliner", "Hamburger", "Tegeler", "Kölner". */
function townAdjective(s: RecogniserState, word: string): boolean {
  const base = word.slice(0, -2);
  // the candidates in turn, each made only when the one before is no town ("Kölner" → "Köln")
  return townName(s, base) || townName(s, `${base}e`) || townName(s, `${base}en`) || townName(s, base.endsWith('n') ? `${base.slice(0, -1)}en` : base);
}

/** `cand` is a one-word listed name that is no person and no MISC. */
function townName(s: RecogniserState, cand: string): boolean {
  const g = s.d.gazetteer.word(cand);
  return !!g && g.length === 1 && g.value.type !== 'PER' && g.value.type !== 'MISC';
}

export const townAdjectiveRule: NerRule = {
  name: 'town-adjective',
  description: 'a town adjective + organisation or place head noun is one name (German)',
  apply(s, i) {
    const { units } = s;
    const u = units[i];
    if (!(s.nouns && u.cap && i + 1 < units.length && units[i + 1].kind === 'word' && units[i + 1].cap)) return -1;
    const town = u.text.endsWith('er');
    // German capitalises an adjective inside a sentence only in a name ("Hessischen Rundfunks")
    if (!town && !(isGermanAdjectiveLower(s.d, u.lower) && !s.sentenceStart(i) && u.parts.length === 1)) return -1;
    if (town && !townAdjective(s, u.text)) return -1;
    // the head right after, or after one more capitalised adjective ("Passauer Neuen Presse")
    let h = i + 1;
    let cls = headAt(s, h);
    if (!cls && h + 1 < units.length && units[h + 1].kind === 'word' && units[h + 1].cap && capitalAdjective(s, h)) cls = headAt(s, ++h);
    if (!cls) return -1;
    s.push({ start: u.start, end: units[h].end, type: cls === 'org-head' ? 'ORG' : 'LOC', kind: 'name', canonical: s.words.slice(i, h + 1).join(' ') });
    return h + 1;
  },
};
