/**
 * Rule 1, role nouns and titles: not a name themselves, they make the capitalised name right
 * after a person with `role`, `roleSpan`, `sector` and a country from a prefix (`US-Präsident`)
 * or a nationality adjective before (`chinesischen Amtskollegen`). German role nouns also count
 * inflected and as compound heads (`Landesverkehrsminister`); a country or organisation prefix
 * of a German role compound becomes its own mention (MISC prefix / ORG).
 *
 * @example
 * // "Verteidigungsminister Pete Hegseth": the role is pending, rule 2 makes "Pete Hegseth" PER with it
 */
import { germanAdjectiveCountry } from '../german.js';
import type { RecogniserState } from './state.js';
import type { NerRule, PendingRole } from './types.js';

/** The role starting at unit i (pushing the prefix mentions of a German role compound), or null. */
export function findRole(s: RecogniserState, i: number): PendingRole | null {
  const { d, units } = s;
  const u = units[i];
  // where nouns are capitalised, a role is one capitalised word, also inflected or a compound head
  if (s.nouns) {
    if (!u.cap) return null;
    const r = s.roleAt(i);
    if (!r) return null;
    // a role noun counts only when a capitalised word follows (else it is just a noun)
    let country: string | undefined;
    for (const p of u.parts.slice(0, -1)) {
      const m = d.gazetteer.word(p.text);
      if (m && m.value.country && (m.value.type === 'GPE')) country = m.value.country;
      const org = m && m.value.type === 'ORG' ? m.value : null;
      // a country prefix ("US-" in "US-Präsident") is a modifier like "chinesischen": MISC tied to the country
      if (m) s.push({ start: p.start, end: p.end, type: m.value.type === 'GPE' ? 'MISC' : m.value.type, kind: m.value.type === 'GPE' ? 'prefix' : 'gazetteer', canonical: m.value.canonical, ...(m.value.country ? { country: m.value.country } : {}), ...(org?.sector ? { sector: org.sector } : {}) });
    }
    const prev = i > 0 ? units[i - 1] : null;
    if (!country && prev && prev.kind === 'word') {
      const c = germanAdjectiveCountry(d, prev.text);
      if (c) country = c;
    }
    return { role: r.role, sector: r.sector, country, span: { start: u.start, end: u.end }, next: i + 1 };
  }
  const m = d.roles.longestLower(s.lowerWords, i);
  if (!m) return null;
  const next = i + m.length;
  // an English role introduces a name only when a capitalised word follows and the role is
  // not itself the start of a known name ("General Motors")
  const g = d.gazetteer.longest(s.words, i);
  if (g && g.length >= m.length) return null;
  if (!(next < units.length && units[next].cap && units[next].kind === 'word')) return null;
  let country: string | undefined;
  const prev = i > 0 ? d.gazetteer.longest(s.words, i - 1) : null;
  if (prev && prev.length === 1 && prev.value.country) country = prev.value.country;
  return { role: m.value.role, sector: m.value.sector, country, span: { start: u.start, end: units[next - 1].end }, next };
}

export const roleRule: NerRule = {
  name: 'role',
  description: 'role nouns and titles make the next capitalised name a person with that role',
  apply(s, i) {
    const role = findRole(s, i);
    if (!role) return -1;
    s.pending = role;
    return role.next;
  },
};
