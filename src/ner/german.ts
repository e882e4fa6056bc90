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

const ADJECTIVE = /(isch|lich|ig|bar|sam|haft|los|iv|ell|al)(e|en|er|es|em)$/;

/** True for an inflected German adjective ("Derartige", "wichtigen", "sozialen"), capitalised or not. */
export function isGermanAdjective(word: string): boolean {
  return ADJECTIVE.test(word.toLowerCase());
}

/**
 * Per-word memo: the same words recur in every article, so each answer is computed once per
 * process (dropped when it grows past a bound, keeping memory flat). These helpers only ever
 * see the German data, so the word alone is the key.
 */
function memo<T>(compute: (d: NerData, word: string) => T): (d: NerData, word: string) => T {
  const cache = new Map<string, T>();
  return (d, word) => {
    const hit = cache.get(word);
    if (hit !== undefined) return hit;
    const v = compute(d, word);
    if (cache.size > 200_000) cache.clear();
    cache.set(word, v);
    return v;
  };
}

/** True when a capitalised German word is a common noun by the stop list, a noun suffix or a noun head of a compound. */
export function isGermanNoun(d: NerData, word: string): boolean {
  return germanShape(d, word).noun;
}

interface Forms {
  /** every listed noun with every inflection ending */
  nouns: Set<string>;
  /** the same for nouns of 4+ letters (heads of compounds) */
  heads: Set<string>;
  /** role nouns with inflection endings; roles of 5+ letters also as compound heads */
  roles: Map<string, RoleEntry>;
  roleHeads: Map<string, RoleEntry>;
}

const formsCache = new WeakMap<NerData, Forms>();

/** Inflected forms of the noun and role lists, built once per data object. */
function forms(d: NerData): Forms {
  let f = formsCache.get(d);
  if (f) return f;
  f = { nouns: new Set(), heads: new Set(), roles: new Map(), roleHeads: new Map() };
  for (const n of d.stopWords) {
    if (n.length < 3) continue;
    for (const inf of INFLECTIONS) {
      f.nouns.add(n + inf);
      if (n.length >= 4) f.heads.add(n + inf);
    }
  }
  for (const [r, e] of d.roleWords) {
    for (const inf of INFLECTIONS) {
      if (!f.roles.has(r + inf)) f.roles.set(r + inf, e);
      if (r.length >= 5 && !f.roleHeads.has(r + inf)) f.roleHeads.set(r + inf, e);
    }
  }
  formsCache.set(d, f);
  return f;
}

function plain(lower: string): string {
  return /[äöü]/.test(lower) ? lower.replace(/[äöü]/g, (c) => UMLAUT[c]) : lower;
}

const SUFFIX_SET = new Set(NOUN_SUFFIXES);

/** What a capitalised German word is: a common noun? a role noun (which)? */
export interface GermanShape {
  noun: boolean;
  role: RoleEntry | null;
  /** not a name on its own: a function word, a common noun or an inflected adjective */
  stop: boolean;
}

/**
 * Noun and role answers for one word in a single pass over its endings (each ending sliced
 * once): listed nouns and roles with inflections, noun suffixes, compound heads that are listed
 * nouns (not name heads like "-burg") or roles (the longest one: "Landesverkehrsminister").
 */
export const germanShape = memo(germanShapeUncached);

function germanShapeUncached(d: NerData, word: string): GermanShape {
  const f = forms(d);
  const lower = word.toLowerCase();
  const umlaut = /[äöü]/.test(lower);
  const flat = umlaut ? plain(lower) : lower;
  let noun = f.nouns.has(lower) || (umlaut && f.nouns.has(flat));
  let role = f.roles.get(lower) ?? null;
  const n = lower.length;
  for (let k = 1; k <= n - 2 && !(noun && role); k++) {
    const tail = lower.slice(k);
    if (!role && k <= n - 5) role = f.roleHeads.get(tail) ?? null;
    if (noun) continue;
    if (k > 2 && SUFFIX_SET.has(tail)) noun = true;
    else if (k >= 2 && k <= n - 4) {
      const flatTail = umlaut ? flat.slice(k) : tail;
      if (!NAME_HEADS.has(tail) && !NAME_HEADS.has(flatTail) && (f.heads.has(tail) || f.heads.has(flatTail))) noun = true;
    }
  }
  return { noun, role, stop: noun || d.functionWords.has(lower) || ADJECTIVE.test(lower) };
}

/** The role a German word names, also as the end of a compound or inflected ("Amtskollegen"). */
export function germanRole(d: NerData, word: string): RoleEntry | null {
  return germanShape(d, word).role;
}

const ADJ_ENDINGS = ['', 'e', 'en', 'er', 'es', 'em'];

/** Country (alpha-3) of an inflected German nationality adjective ("chinesischen" → CHN), else null. */
export const germanAdjectiveCountry = memo(germanAdjectiveCountryUncached);

function germanAdjectiveCountryUncached(d: NerData, word: string): string | null {
  const lower = word.toLowerCase();
  for (const e of ADJ_ENDINGS) {
    if (!lower.endsWith(e)) continue;
    const c = d.adjectiveStems.get(lower.slice(0, lower.length - e.length));
    if (c !== undefined) return c;
  }
  return null;
}
