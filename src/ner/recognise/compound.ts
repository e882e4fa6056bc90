/**
 * Rule 5, hyphen compounds: a person or name + organisation head is an ORG as a whole
 * (`Trump-Administration`); otherwise listed names inside become their own mentions. An
 * organisation stays ORG where the head is its body, meeting or whole (`SPD-Fraktion`,
 * `APEC-Gipfels`; lexicons/de/ner-part-heads.tsv), else it is a MISC modifier (`Nvidia-Chips`),
 * like country prefixes (`US-Zölle` → MISC `US`, kind prefix).
 *
 * @example
 * // "die Trump-Administration" → ORG "Trump-Administration"
 */
import { germanShapeLower } from '../german.js';
import type { RecogniserState } from './state.js';
import type { NerRule } from './types.js';
import { endingLength, isAllCapsWord } from './util.js';

/** The last part of a German compound names a body, meeting or the whole of an organisation ("Fraktion", "Haushaltsgipfels"). */
function partHead(s: RecogniserState, lowerLast: string): boolean {
  const w = lowerLast.slice(0, lowerLast.length - endingLength(lowerLast, true));
  for (const h of s.d.partHeads) if (lowerLast.endsWith(h) || w.endsWith(h)) return true;
  return false;
}

/**
 * A hyphen compound of a town or region and more place parts is one place ("Rhein-Main-Neckar",
 * "Rhein-Sieg-Kreises", "Köln-Porz"): the first part a listed town or region (not a country:
 * "US-Zölle" is a modifier), every other part a listed place, a word the German lexicon does
 * not know, or, last, a place head ("-kreis", "-bezirk").
 */
function placeCompound(s: RecogniserState, i: number): boolean {
  const { d } = s;
  const parts = s.units[i].parts;
  const first = d.gazetteer.word(parts[0].text);
  if (!d.morph || !first || first.length !== 1 || (first.value.source !== 'city' && first.value.source !== 'place') || (first.value.type !== 'GPE' && first.value.type !== 'LOC')) return false;
  const lastLower = parts[parts.length - 1].text.toLowerCase();
  const placeHead = d.context.get(lastLower)?.has('loc-head') === true
    || d.context.get(lastLower.slice(0, lastLower.length - endingLength(lastLower, false)))?.has('loc-head') === true;
  for (let k = 1; k < parts.length; k++) {
    const t = parts[k].text;
    if (!/^\p{Lu}\p{Ll}/u.test(t)) return false;
    if (placeHead) continue; // "Rhein-Sieg-Kreises": any capitalised parts before a place head
    const g = d.gazetteer.word(t);
    if (g && (g.value.type === 'GPE' || g.value.type === 'LOC')) continue;
    const lower = t.toLowerCase();
    if (germanShapeLower(d, lower).lex === 0) continue; // (memoised per word)
    return false;
  }
  return true;
}

/** w === base + ending, without making that string (asked for every organisation ending of every compound). */
function isInflected(w: string, base: string, ending: string): boolean {
  return w.length === base.length + ending.length && w.startsWith(base) && w.endsWith(ending);
}

function compound(s: RecogniserState, i: number): void {
  const { d } = s;
  const u = s.units[i];
  const parts = u.parts;
  const last = parts[parts.length - 1];
  const lastLower = last.text.toLowerCase();
  const head = parts[0];
  // "Trump-Administration", "Biden-Regierung": a name-like first part + organisation head → ORG as a whole
  const orgEnd = d.orgSuffixEndings.find(([x]) => lastLower === x || isInflected(lastLower, x, 's') || isInflected(lastLower, x, 'en'));
  if (orgEnd && /^\p{Lu}/u.test(head.text)) {
    const firstGaz = d.gazetteer.word(head.text);
    const person = s.knownSurname(head.text);
    if (person || (firstGaz && firstGaz.value.type === 'PER')) {
      const country = firstGaz?.value.country ?? d.knownSurnames.get(head.text)?.country;
      s.push({ start: u.start, end: u.end, type: 'ORG', kind: 'name', canonical: u.text, sector: orgEnd[1] || undefined, ...(country ? { country } : {}) });
      return;
    }
  }
  if (placeCompound(s, i)) {
    s.push({ start: u.start, end: u.end, type: 'LOC', kind: 'name', canonical: u.text });
    return;
  }
  // the whole compound may be listed ("US-Repräsentantenhaus", "Baden-Württemberg")
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k];
    if (!/^\p{Lu}/u.test(p.text)) continue;
    const m = d.gazetteer.word(p.text) ?? (p.text.length > 2 && isAllCapsWord(p.text) ? d.gazetteerLower.word(p.text.toLowerCase()) : null);
    if (m && m.value.source !== 'demonym') {
      const e = m.value;
      const isPrefix = k < parts.length - 1 && e.type === 'GPE';
      if (k === parts.length - 1 && e.source === 'city' && parts.length > 1) continue;
      // an organisation before a head that is not its body or meeting is a modifier ("Uefa-Cup")
      // (a language that lists no part heads keeps organisations inside compounds)
      const modifier = isPrefix || (d.partHeads.length > 0 && k < parts.length - 1 && e.type === 'ORG' && !partHead(s, lastLower));
      s.push({ start: p.start, end: p.end, type: modifier ? 'MISC' : e.type, kind: isPrefix ? 'prefix' : 'gazetteer', canonical: e.canonical, ...(e.country ? { country: e.country } : {}), ...(e.sector ? { sector: e.sector } : {}) });
      continue;
    }
    const sur = s.knownSurname(p.text);
    if (sur && k < parts.length - 1) s.push({ start: p.start, end: p.end, type: 'PER', kind: 'name', canonical: sur });
  }
}

/**
 * Every part of the compound at unit i is a capitalised word that the morphology does not know
 * and that is no listed name ("Anschütz-Thoms", not "US-Zölle", "Merkel-Regierung").
 */
export function unknownParts(s: RecogniserState, i: number): boolean {
  const { d } = s;
  if (!d.morph) return false;
  for (const p of s.units[i].parts) {
    if (!/^\p{Lu}\p{Ll}+$/u.test(p.text) || d.gazetteer.word(p.text) || s.knownSurname(p.text)) return false;
    if (germanShapeLower(d, p.text.toLowerCase()).lex !== 0) return false;
  }
  return true;
}

export const compoundRule: NerRule = {
  name: 'compound',
  description: 'hyphen compounds: person + organisation head is one ORG, else the listed names inside',
  apply(s, i) {
    if (s.units[i].parts.length <= 1) return -1;
    // a double name of words the morphology does not know ("Ihmels-Albe") is left to the run rule
    if (unknownParts(s, i)) return -1;
    compound(s, i);
    return i + 1;
  },
};
