/**
 * Rule 4, the gazetteer: the longest listed name starting here (organisations, persons, places,
 * countries, demonyms, cities; `NameIndex`). What follows may extend it: a legal form or an
 * organisation suffix word (`Siemens AG`, `Bertelsmann Stiftung`), an organisation name after a
 * place (`New York Stock Exchange`), an English event head after a place (`U.S. Open` MISC),
 * a slash-joined German place (`München/Hamburg` LOC) or a town after a club (`Juventus Turin`).
 *
 * @example
 * // "Die Siemens AG meldet Gewinne." → ORG "Siemens AG"
 */
import { WORD_NOUN_ONLY } from '../../lang/name-grammar.js';
import type { RecogniserState } from './state.js';
import { headClass } from './town-adjective.js';
import type { Found, NerRule } from './types.js';

const STRONG_ORG_SUFFIX = new Set(['Inc', 'Inc.', 'Corp', 'Corp.', 'AG', 'GmbH', 'Ltd', 'Ltd.', 'Plc', 'PLC', 'SE', 'KGaA']);

/** A legal-form word that makes the capitalised words before it an organisation ("AG", "Inc."). */
export function strongOrgSuffix(w: string): boolean {
  return STRONG_ORG_SUFFIX.has(w);
}

/** A slash right at unit k (no spaces around it) followed by a one-word place. */
function slashPlace(s: RecogniserState, k: number): boolean {
  const { units } = s;
  if (k + 1 >= units.length || !s.ctx(k, 'place-joiner') || units[k].start !== units[k - 1].end || units[k + 1].start !== units[k].end) return false;
  const g = s.gazAt(k + 1);
  return !!g && g.length === 1 && (g.value.type === 'GPE' || g.value.type === 'LOC');
}

/**
 * End (exclusive) of an organisation name continuing a place name at unit k: a listed
 * organisation right there, or capitalised words ending in an organisation suffix word;
 * k itself when there is none.
 */
function placeOrgEnd(s: RecogniserState, k: number): number {
  const { units, d } = s;
  if (k >= units.length || !s.nameLike(k)) return k;
  const g = s.gazAt(k);
  if (g) return g.value.type === 'ORG' && g.value.source === 'org' ? k + g.length : k;
  // the last organisation suffix word or organisation head word of the run ends the name
  // ("Boston Metals Desk": not at "Energy")
  let j = k;
  let end = k;
  while (j < units.length && j - k < 4 && s.nameLike(j) && !s.gazAt(j) && units[j].parts.length === 1) {
    if (d.orgSuffixWords.has(units[j].text) || (!s.nouns && d.heads.get(units[j].text) === 'ORG')) end = j + 1;
    if (s.nouns && s.stopAt(j)) break;
    j++;
  }
  return end;
}

/**
 * Number of capitalised words from unit k on (at most 3) that the morphology does not know and
 * that are no listed name, first name or known surname (also genitive: "der USA Trumps"; English words in a German text: "Response Force"), or
 * acronyms ("FIT"); 0 without a morphology.
 */
function foreignWords(s: RecogniserState, k: number): number {
  if (!s.d.morph) return 0;
  const { units } = s;
  let j = k;
  while (j < units.length && j - k < 3 && s.nameLike(j) && units[j].parts.length === 1 && !s.gazAt(j) && !s.firstName(j) && !s.knownSurname(units[j].text)
    && (units[j].allCaps || (!s.stopAt(j) && s.shapeAt(j).lex === 0))) j++;
  return j - k;
}

/**
 * The unit before the one-word town at i is a capitalised noun standing alone whose head is an
 * organisation head (`org-head` of ner-context, also as compound head: "Realschule",
 * "Stadtwerke") and no name was found on it; only where nouns are capitalised.
 */
function institutionBefore(s: RecogniserState, i: number, source: string | undefined): boolean {
  const { units, out } = s;
  if (!s.nouns || i < 1 || (source !== 'city' && source !== 'place') || !s.isTown(i)) return false;
  const p = units[i - 1];
  if (p.kind !== 'word' || !p.cap || p.parts.length !== 1 || p.allCaps || (out.length && out[out.length - 1].end > p.start)) return false;
  const pp = units[i - 2];
  if (pp && pp.kind === 'word' && pp.cap && !s.ctx(i - 2, 'det')) return false; // ("Das Klinikum Bremen")
  return headClass(s, p.lower) === 'org-head';
}

/**
 * A one-word town that is also a German common noun, inside a noun phrase ("in den
 * heimischen Bergen", "zu den Favoriten", "die Altstadt"): the noun, not the place.
 */
function nounInPhrase(s: RecogniserState, i: number, length: number, source: string): boolean {
  const morph = s.d.morph;
  if (!morph || length !== 1 || source !== 'city' || i === 0) return false; // (regions take articles: "das Elsass")
  const prev = s.units[i - 1];
  if (prev.kind !== 'word' || prev.cap || (s.shapeAt(i).lex & WORD_NOUN_ONLY) === 0) return false;
  return morph.isNounPhraseWord(prev.lower);
}

/**
 * A one-word town right after a verb of saying and closing the clause ("…, sagte Wernigerode .",
 * "…, said Montana ."): a place does not speak there; a person named like a town does. The
 * run rule reads it (speech verb before → PER). Not countries ("said Israel" is a government).
 */
function spokenTown(s: RecogniserState, i: number, length: number, source: string | undefined): boolean {
  if (length !== 1 || (source !== 'city' && source !== 'place') || !s.isTown(i) || !s.ctx(i - 1, 'speech')) return false;
  if (s.d.countryNames.has(s.units[i].text)) return false; // a country a place row lists too ("kritisierte Russland .")
  const next = s.units[i + 1];
  return !next || next.text === '.' || next.text === ',';
}

/**
 * English: unit k is a capitalised plural that names a team after a place ("Indians", "Giants"):
 * ends in -s (not -ss), one word, no listed name other than a demonym, no stop word, first name
 * or head word ("Games").
 */
function teamPlural(s: RecogniserState, k: number): boolean {
  const u = s.units[k];
  if (!u || u.kind !== 'word' || !u.cap || u.allCaps || u.parts.length > 1 || !s.nameLike(k)) return false;
  if (!/[^s]s$/.test(u.text) || u.text.length < 4) return false;
  // (a demonym plural too: "Toledo Herons")
  const g = s.gazAt(k);
  return (!g || (g.length === 1 && g.value.source === 'demonym')) && !s.stopAt(k) && !s.firstName(k) && !s.d.heads.has(u.text) && !s.d.orgSuffixWords.has(u.text);
}

/**
 * A one-word town spelled like a capitalised name particle (`connector` of ner-context: "Van",
 * "De") before a connector or a capitalised word that is no listed name: the start of a family
 * name ("Van der Kolk", "Van Dorne"), read by the run rule.
 */
function particleName(s: RecogniserState, i: number, length: number, source: string | undefined): boolean {
  if (length !== 1 || source !== 'city' || !s.ctx(i, 'connector') || !s.units[i].cap) return false;
  const k = s.connectorAt(i + 1) ? i + 2 : i + 1;
  return s.nameLike(k) && !s.gazAt(k) && !s.stopAt(k);
}

export const gazetteerRule: NerRule = {
  name: 'gazetteer',
  description: 'the longest listed name here, extended by a legal form, organisation, event head, slash place or town',
  apply(s, i) {
    const g = s.gazAt(i);
    if (!g || nounInPhrase(s, i, g.length, g.value.source)) return -1;
    const { d, nouns, units, words } = s;
    const u = units[i];
    const e = g.value;
    const end = units[i + g.length - 1].end;
    if (spokenTown(s, i, g.length, e.source)) return -1; // a person named like a town (read by the run rule)
    if (particleName(s, i, g.length, e.source)) return -1; // "Van der Kolk": a name particle, not the town
    const f: Found = { start: u.start, end, type: e.type, kind: e.source === 'demonym' ? 'demonym' : 'gazetteer', canonical: e.canonical, source: e.source };
    if (e.country) f.country = e.country;
    if (e.sector) f.sector = e.sector;
    if (e.type === 'PER') Object.assign(f, s.roleFields(i));
    // a club or company name followed by its town is one name ("Juventus Turin", "Bayer Leverkusen")
    let len = g.length;
    if (e.type !== 'PER' && e.type !== 'MISC' && i + len < units.length && (STRONG_ORG_SUFFIX.has(units[i + len].text) || (e.type === 'ORG' && d.orgSuffixWords.has(units[i + len].text)))) {
      // "Siemens AG", "Toyota Motor Corp.": a legal-form suffix makes the whole an organisation
      len++;
      f.end = units[i + len - 1].end;
      f.type = 'ORG';
    } else if ((e.type === 'GPE' || e.type === 'LOC') && e.source !== 'city' && s.ctx(i + len, 'city-head') && units[i + len].cap) {
      // "Kuwait City", "Pacific City": a country, region or sea + "City" is a city (a town + "City" is a club)
      len++;
      f.end = units[i + len - 1].end;
      f.type = 'GPE';
      f.kind = 'name';
      f.canonical = words.slice(i, i + len).join(' ');
      delete f.source;
    } else if ((e.type === 'GPE' || e.type === 'LOC') && !s.allCapsSentence && placeOrgEnd(s, i + len) > i + len) {
      // "New York Stock Exchange", "Kurdistan Democratic Party": a place starting an organisation name
      len = placeOrgEnd(s, i + len) - i;
      f.end = units[i + len - 1].end;
      f.type = 'ORG';
      f.kind = 'name';
      f.canonical = words.slice(i, i + len).join(' ');
      delete f.source;
    } else if ((e.type === 'GPE' || e.type === 'LOC') && i + len < units.length && d.heads.get(units[i + len].text) === 'MISC') {
      // "U.S. Open", "Hong Kong Open", "Korean War": a place before an event head word
      len++;
      f.end = units[i + len - 1].end;
      f.type = 'MISC';
      f.kind = 'name';
      f.canonical = words.slice(i, i + len).join(' ');
      delete f.source;
      delete f.country;
    } else if ((e.type === 'GPE' || e.type === 'LOC') && slashPlace(s, i + len)) {
      // "München/Hamburg", "Frankfurt/Oder": places joined by a slash without spaces are one name
      len += 2;
      f.end = units[i + len - 1].end;
      f.type = 'LOC';
      f.kind = 'name';
      f.canonical = words.slice(i, i + len).join('');
      delete f.source;
    } else if (e.type === 'ORG' && (e.sector === 'CVL' || s.ctx(i, 'org-prefix')) && i + len < units.length && s.isTown(i + len)) {
      len++;
      f.end = units[i + len - 1].end;    } else if (e.type === 'ORG' && e.source === 'org' && foreignWords(s, i + len) > 0) {
      // "NATO Response Force", "Fraunhofer FIT": a listed organisation + words the morphology does not know
      len += foreignWords(s, i + len);
      f.end = units[i + len - 1].end;
      f.kind = 'name';
      f.canonical = words.slice(i, i + len).join(' ');
      delete f.source;
    } else if ((e.source === 'city' || (e.source === 'place' && e.type === 'GPE'))
      && ((!nouns && teamPlural(s, i + len)) || (foreignWords(s, i + len) === 1 && units[i + len].text.endsWith('s') && !units[i + len].allCaps))) {
      // a town or state + a plural is a team: English "Toledo Herons", "Kansas City Pilots" (a
      // capitalised plural), in both languages "Chicago Bulls", "San Antonio Spurs" (a plural no list knows)
      len++;
      f.end = units[i + len - 1].end;
      f.type = 'ORG';
      f.kind = 'name';
      f.sector = 'CVL';
      f.canonical = words.slice(i, i + len).join(' ');
      delete f.source;
      delete f.country;
    }
    if (len === g.length && institutionBefore(s, i, e.source)) {
      // "Realschule Spaichingen", "Klinikum Quellmar": an institution noun + its town is one organisation
      f.start = units[i - 1].start;
      f.type = 'ORG';
      f.kind = 'name';
      f.canonical = `${words[i - 1]} ${words[i]}`;
      delete f.source;
      delete f.country;
    }
    s.push(f);
    if (len !== g.length) return i + len;
    if (e.type === 'PER') s.rememberPerson(i, i + g.length, e.canonical);
    // where nouns are capitalised, a demonym after a role is the role's noun phrase ("Präsident Franzose"): no name follows
    if (e.source === 'demonym' && nouns) s.pending = null;
    return i + g.length;
  },
};
