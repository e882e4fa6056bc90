/**
 * German word-shape helpers for the recogniser: is a capitalised word a common noun, a role
 * noun (also inside compounds and inflected), or an inflected country adjective?
 *
 * @example
 * isGermanNoun(nerData('de'), 'Telefongespräch'); // true (ends in the noun "gespräch")
 * germanRole(nerData('de'), 'Verteidigungsministers'); // { role: 'defence minister', sector: 'MIL' }
 */
import type { NerData, RoleEntry } from './data.js';

/** Endings that mark German common nouns (abstract and derived nouns). */
export const NOUN_SUFFIXES = ['ung', 'ungen', 'heit', 'heiten', 'keit', 'keiten', 'schaft', 'schaften', 'tion', 'tionen',
  'tät', 'täten', 'ismus', 'nis', 'nisse', 'tum', 'ling', 'linge', 'chen', 'lein', 'ment', 'ments', 'enz', 'anz', 'ität',
  'ik', 'ie', 'ien', 'ei', 'eien', 'ur', 'ist', 'isten', 'iker', 'eur', 'eure', 'oren', 'ungs', 'heits', 'keits', 'schafts', 'tions'];

/** Noun heads that also end place and family names ("Hamburg", "Feldmann"): not used for compound detection. */
const NAME_HEADS = new Set(['mann', 'berg', 'burg', 'dorf', 'stein', 'feld', 'bach', 'hof', 'haus', 'hausen', 'heim',
  'wald', 'see', 'land', 'stadt', 'brück', 'brücke', 'rode', 'ow', 'au', 'ing', 'er', 'en', 'furt', 'tal', 'kirchen']);

const INFLECTIONS = ['', 's', 'es', 'n', 'en', 'e', 'er', 'ern', 'in', 'innen'];

const UMLAUT: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u' };

function stems(lower: string): string[] {
  const out: string[] = [];
  for (const inf of INFLECTIONS) if (lower.length > inf.length + 2 && lower.endsWith(inf)) out.push(lower.slice(0, lower.length - inf.length));
  // umlaut plurals: "Gründe" → "grund", "Länder" → "land"
  if (/[äöü]/.test(lower)) for (const s of out.slice()) out.push(s.replace(/[äöü]/g, (c) => UMLAUT[c]));
  return out;
}

const ADJECTIVE = /(isch|lich|ig|bar|sam|haft|los|iv|ell|al)(e|en|er|es|em)$/;

/** True for an inflected German adjective ("Derartige", "wichtigen", "sozialen"), capitalised or not. */
export function isGermanAdjective(word: string): boolean {
  return ADJECTIVE.test(word.toLowerCase());
}

/** True when a capitalised German word is a common noun by the stop list, a noun suffix or a noun head of a compound. */
export function isGermanNoun(d: NerData, word: string): boolean {
  const lower = word.toLowerCase();
  for (const s of stems(lower)) if (d.stopWords.has(s)) return true;
  for (const suf of NOUN_SUFFIXES) if (lower.length > suf.length + 2 && lower.endsWith(suf)) return true;
  // compound whose head is a listed noun: "Telefongespräch", "Wirtschaftsattacken"
  for (let k = 2; k <= lower.length - 4; k++) {
    const head = lower.slice(k);
    if (NAME_HEADS.has(head)) continue;
    for (const s of stems(head)) if (s.length >= 4 && d.stopWords.has(s)) return true;
  }
  return false;
}

/** The role a German word names, also as the end of a compound or inflected ("Amtskollegen"). */
export function germanRole(d: NerData, word: string): RoleEntry | null {
  const lower = word.toLowerCase();
  for (const s of stems(lower)) {
    const e = d.roleWords.get(s);
    if (e) return e;
  }
  // compound: the longest role the word ends in ("Verteidigungsminister" is listed; "Landesverkehrsminister" ends in "verkehrsminister")
  for (let k = 1; k <= lower.length - 5; k++) {
    for (const s of stems(lower.slice(k))) {
      const e = d.roleWords.get(s);
      if (e && s.length >= 5) return e;
    }
  }
  return null;
}

const ADJ_ENDINGS = ['', 'e', 'en', 'er', 'es', 'em'];

/** Country (alpha-3) of an inflected German nationality adjective ("chinesischen" → CHN), else null. */
export function germanAdjectiveCountry(d: NerData, word: string): string | null {
  const lower = word.toLowerCase();
  for (const e of ADJ_ENDINGS) {
    if (!lower.endsWith(e)) continue;
    const c = d.adjectiveStems.get(lower.slice(0, lower.length - e.length));
    if (c !== undefined) return c;
  }
  return null;
}
