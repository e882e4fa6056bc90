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
import type { RecogniserState } from './state.js';
import type { NerRule } from './types.js';
import { endingLength, isAllCapsWord } from './util.js';

/** The last part of a German compound names a body, meeting or the whole of an organisation ("Fraktion", "Haushaltsgipfels"). */
function partHead(s: RecogniserState, lowerLast: string): boolean {
  const w = lowerLast.slice(0, lowerLast.length - endingLength(lowerLast, true));
  for (const h of s.d.partHeads) if (lowerLast.endsWith(h) || w.endsWith(h)) return true;
  return false;
}

function compound(s: RecogniserState, i: number): void {
  const { d, de } = s;
  const u = s.units[i];
  const parts = u.parts;
  const last = parts[parts.length - 1];
  const lastLower = last.text.toLowerCase();
  const head = parts[0];
  // "Trump-Administration", "Biden-Regierung": a name-like first part + organisation head → ORG as a whole
  const orgEnd = d.orgSuffixEndings.find(([x]) => lastLower === x || lastLower === `${x}s` || lastLower === `${x}en`);
  if (orgEnd && /^\p{Lu}/u.test(head.text)) {
    const firstGaz = d.gazetteer.longest([head.text], 0);
    const person = s.knownSurname(head.text);
    if (person || (firstGaz && firstGaz.value.type === 'PER')) {
      const country = firstGaz?.value.country ?? d.knownSurnames.get(head.text)?.country;
      s.push({ start: u.start, end: u.end, type: 'ORG', kind: 'name', canonical: u.text, sector: orgEnd[1] || undefined, ...(country ? { country } : {}) });
      return;
    }
  }
  // the whole compound may be listed ("US-Repräsentantenhaus", "Baden-Württemberg")
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k];
    if (!/^\p{Lu}/u.test(p.text)) continue;
    const m = d.gazetteer.longest([p.text], 0) ?? (p.text.length > 2 && isAllCapsWord(p.text) ? d.gazetteerLower.longest([p.text.toLowerCase()], 0) : null);
    if (m && m.value.source !== 'demonym') {
      const e = m.value;
      const isPrefix = k < parts.length - 1 && e.type === 'GPE';
      if (k === parts.length - 1 && e.source === 'city' && parts.length > 1) continue;
      // an organisation before a head that is not its body or meeting is a modifier ("Uefa-Cup")
      const modifier = isPrefix || (de && k < parts.length - 1 && e.type === 'ORG' && !partHead(s, lastLower));
      s.push({ start: p.start, end: p.end, type: modifier ? 'MISC' : e.type, kind: isPrefix ? 'prefix' : 'gazetteer', canonical: e.canonical, ...(e.country ? { country: e.country } : {}), ...(e.sector ? { sector: e.sector } : {}) });
      continue;
    }
    const sur = s.knownSurname(p.text);
    if (sur && k < parts.length - 1) s.push({ start: p.start, end: p.end, type: 'PER', kind: 'name', canonical: sur });
  }
}

export const compoundRule: NerRule = {
  name: 'compound',
  description: 'hyphen compounds: person + organisation head is one ORG, else the listed names inside',
  apply(s, i) {
    if (s.units[i].parts.length <= 1) return -1;
    compound(s, i);
    return i + 1;
  },
};
