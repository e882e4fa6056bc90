/**
 * Noun-shape helpers for the recogniser in a language that capitalises its nouns
 * (grammar.capitalisedNouns; German): is a capitalised word a common noun, a role noun (also
 * inside compounds and inflected), or an inflected country adjective? The word lists are the
 * language's lexicons (ner-noun-stoplist, ner-noun-suffixes, ner-name-heads, adjective-endings,
 * ner-roles), the `lex` answer is its morphology (NameGrammar.morphology); a language without
 * them gets no answers from them.
 *
 * @example
 * isGermanNoun(nerData('de'), 'Telefongespräch'); // true (ends in the noun "gespräch")
 * germanRole(nerData('de'), 'Verteidigungsministers'); // { role: 'defence minister', sector: 'MIL' }
 */
import { hasLexicon, lexicon } from '../lang/lexicon.js';
import { WORD_NOUN_ENDING, type NameMorphology } from '../lang/name-grammar.js';
import type { NerData, RoleEntry } from './data.js';

/**
 * Endings that mark common nouns (lexicons/<code>/ner-noun-suffixes.tsv), noun heads that
 * also end place and family names and so do not make a compound a noun (ner-name-heads.tsv),
 * adjective-forming endings (adjective-endings.tsv); empty when the language lacks the file.
 */
const column = (d: NerData, name: string) => (hasLexicon(d.lang, name) ? lexicon(d.lang, name).map((r) => r[0]) : []);

/** Inflection endings of nouns and role nouns (the listed forms are base forms). */
const INFLECTIONS = ['', 's', 'es', 'n', 'en', 'e', 'er', 'ern', 'in', 'innen'];

const UMLAUT: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u' };

/**
 * Same answer as ADJECTIVE.test(lower) without a regex scan from every position: strip an
 * inflection ending (-e, -en, -er, -es, -em), then look for an adjective-forming ending.
 */
function adjectiveLower(d: NerData, lower: string): boolean {
  const n = lower.length;
  const last = lower.charCodeAt(n - 1);
  let stemEnd: number;
  if (last === 101 /* e */) stemEnd = n - 1;
  else if (n >= 2 && lower.charCodeAt(n - 2) === 101 && (last === 110 || last === 114 || last === 115 || last === 109)) stemEnd = n - 2;
  else return false;
  for (const e of forms(d).adjStemEndings) {
    if (stemEnd >= e.length && lower.startsWith(e, stemEnd - e.length)) return true;
  }
  return false;
}

/** True for an inflected adjective ("Derartige", "wichtigen", "sozialen"), capitalised or not. */
export function isGermanAdjective(d: NerData, word: string): boolean {
  return adjectiveLower(d, word.toLowerCase());
}

/**
 * Per-word memo: the same words recur in every article, so each answer is computed once per
 * process and language (dropped when it grows past a bound, keeping memory flat). The memo of
 * the language asked last is at hand without a lookup.
 */
function memo<T>(compute: (d: NerData, word: string) => T): (d: NerData, word: string) => T {
  const perData = new WeakMap<NerData, Map<string, T>>();
  let lastData: NerData | null = null;
  let cache = new Map<string, T>();
  return (d, word) => {
    if (d !== lastData) {
      let c = perData.get(d);
      if (!c) perData.set(d, (c = new Map()));
      cache = c;
      lastData = d;
    }
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

/**
 * A node of the reversed-ending trie: words are entered from their last letter, so one walk
 * from the end of a word visits every ending of it without slicing a string per ending.
 */
interface EndNode {
  next: Map<number, EndNode> | null;
  /** HEAD | NAME_HEAD | SUFFIX | ROLE_HEAD for the ending that ends here */
  flags: number;
  role: RoleEntry | null;
}
const HEAD = 1;
const NAME_HEAD = 2;
const SUFFIX = 4;
const ROLE_HEAD = 8;

function addEnding(root: EndNode, s: string, flag: number, role: RoleEntry | null = null): void {
  let n = root;
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    let m = n.next?.get(c);
    if (!m) {
      m = { next: null, flags: 0, role: null };
      (n.next ??= new Map()).set(c, m);
    }
    n = m;
  }
  n.flags |= flag;
  if (role && !n.role) n.role = role;
}

interface Forms {
  /** every listed noun with every inflection ending */
  nouns: Set<string>;
  /** role nouns with inflection endings */
  roles: Map<string, RoleEntry>;
  /**
   * endings: listed nouns of 4+ letters with inflections (compound heads), name heads ("-burg"),
   * noun suffixes, roles of 5+ letters with inflections (role compound heads)
   */
  endings: EndNode;
  /** adjective-forming endings (adjective-endings) */
  adjStemEndings: string[];
}

const formsCache = new WeakMap<NerData, Forms>();
/** the forms of the data object asked last, at hand without a WeakMap lookup (asked twice per new word) */
let lastFormsData: NerData | null = null;
let lastForms: Forms | null = null;

/** Inflected forms of the noun and role lists, built once per data object. */
function forms(d: NerData): Forms {
  if (d === lastFormsData && lastForms) return lastForms;
  let f = formsCache.get(d);
  if (f) {
    lastFormsData = d;
    lastForms = f;
    return f;
  }
  f = { nouns: new Set(), roles: new Map(), endings: { next: null, flags: 0, role: null }, adjStemEndings: column(d, 'adjective-endings') };
  for (const n of d.stopWords) {
    if (n.length < 3) continue;
    for (const inf of INFLECTIONS) {
      f.nouns.add(n + inf);
      if (n.length >= 4) addEnding(f.endings, n + inf, HEAD);
    }
  }
  for (const h of column(d, 'ner-name-heads')) addEnding(f.endings, h, NAME_HEAD);
  for (const x of column(d, 'ner-noun-suffixes')) addEnding(f.endings, x, SUFFIX);
  for (const [r, e] of d.roleWords) {
    for (const inf of INFLECTIONS) {
      if (!f.roles.has(r + inf)) f.roles.set(r + inf, e);
      if (r.length >= 5) addEnding(f.endings, r + inf, ROLE_HEAD, e);
    }
  }
  formsCache.set(d, f);
  return f;
}

function hasUmlaut(lower: string): boolean {
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c === 228 || c === 246 || c === 252) return true;
  }
  return false;
}

function plain(lower: string): string {
  return /[äöü]/.test(lower) ? lower.replace(/[äöü]/g, (c) => UMLAUT[c]) : lower;
}

/**
 * What a capitalised word is (where nouns are capitalised): a common noun? a role noun (which)?
 * The morphology's answer (`lex`) is looked up at its first use: most words are asked only
 * whether they are a stop word or a role, and the morphology lookup (compound splitting) is the
 * dearest part of a new word's shape.
 */
export class GermanShape {
  constructor(
    readonly noun: boolean,
    readonly role: RoleEntry | null,
    /** not a name on its own: a function word, a common noun or an inflected adjective */
    readonly stop: boolean,
    private readonly lower: string,
    private readonly morph: NameMorphology | null,
    /** the morphology's flags, -1 until asked */
    private lexFlags: number,
  ) {}

  /** what the morphology says of the word (WORD_* flags of src/lang/name-grammar.ts; 0: unknown or no morphology) */
  get lex(): number {
    if (this.lexFlags < 0) this.lexFlags = this.morph ? this.morph.wordClass(this.lower) : 0;
    return this.lexFlags;
  }
}

/**
 * Noun and role answers for one word in a single pass over its endings (each ending sliced
 * once): listed nouns and roles with inflections, noun suffixes, compound heads that are listed
 * nouns (not name heads like "-burg") or roles (the longest one: "Landesverkehrsminister").
 */
export const germanShape = memo(germanShapeUncached);

/**
 * germanShape for a word already in lower case (e.g. Unit.lower): the answer depends only on the
 * lower-case form, so "Der", "der" and "DER" share one entry and one computation.
 *
 * @example
 * germanShapeLower(nerData('de'), 'verteidigungsministers').role; // { role: 'defence minister', ... }
 */
export const germanShapeLower = memo(shapeOfLower);

/** Flags (and roles) of the endings of a word by start index, reused between calls. */
let flagsAt = new Uint8Array(64);
let rolesAt: (RoleEntry | null)[] = new Array<RoleEntry | null>(64).fill(null);
let flatFlagsAt = new Uint8Array(64);

/** Walks the ending trie from the end of `w`, writing the flags of w.slice(k) to out[k] (and roles). */
function walkEndings(root: EndNode, w: string, out: Uint8Array, roles: (RoleEntry | null)[] | null): void {
  out.fill(0, 0, w.length);
  let node: EndNode | undefined = root;
  for (let k = w.length - 1; k >= 1; k--) {
    node = node.next?.get(w.charCodeAt(k));
    if (!node) return;
    out[k] = node.flags;
    if (roles && node.role) roles[k] = node.role;
  }
}

function germanShapeUncached(d: NerData, word: string): GermanShape {
  return germanShapeLower(d, word.toLowerCase());
}

/** The word ends in a place-name ending of ner-place-endings with 3+ letters before it. */
function endsInPlaceEnding(d: NerData, lower: string): boolean {
  for (const e of d.placeEndings) if (lower.length > e.length + 2 && lower.endsWith(e)) return true;
  return false;
}

function shapeOfLower(d: NerData, lower: string): GermanShape {
  const f = forms(d);
  const n = lower.length;
  const umlaut = hasUmlaut(lower);
  const flat = umlaut ? plain(lower) : lower;
  let noun = f.nouns.has(lower) || (umlaut && f.nouns.has(flat));
  let role = f.roles.get(lower) ?? null;
  if (n > flagsAt.length) {
    flagsAt = new Uint8Array(n * 2);
    flatFlagsAt = new Uint8Array(n * 2);
    rolesAt = new Array<RoleEntry | null>(n * 2).fill(null);
  }
  rolesAt.fill(null, 0, n);
  walkEndings(f.endings, lower, flagsAt, rolesAt);
  if (umlaut) walkEndings(f.endings, flat, flatFlagsAt, null);
  // a word with a place-name ending ("Pfaffenhofen", "Büdingen") is no compound of a listed
  // noun ("-hofen", "-dingen"): only a noun suffix or the stop list makes it a noun
  // (only for words the morphology does not know, nor as a compound of its words: "Neubau",
  // "Spielfeld" stay nouns); asked only when a compound head would make the word a noun
  let lex = -1;
  let placeLike = -1;
  // k ascending: the longest ending first, as a compound's head is its longest listed ending
  for (let k = 1; k <= n - 2 && !(noun && role); k++) {
    const fl = flagsAt[k];
    if (!role && k <= n - 5 && fl & ROLE_HEAD) role = rolesAt[k];
    if (noun) continue;
    if (k > 2 && fl & SUFFIX) noun = true;
    else if (k >= 2 && k <= n - 4) {
      const ff = umlaut ? flatFlagsAt[k] : fl;
      if (((fl | ff) & NAME_HEAD) === 0 && ((fl | ff) & HEAD) !== 0) {
        if (placeLike < 0) {
          if (endsInPlaceEnding(d, lower)) lex = d.morph ? d.morph.wordClass(lower) : 0;
          placeLike = lex >= 0 && (lex & ~WORD_NOUN_ENDING) === 0 ? 1 : 0;
        }
        if (placeLike === 0) noun = true;
      }
    }
  }
  return new GermanShape(noun, role, noun || d.functionWords.has(lower) || adjectiveLower(d, lower), lower, d.morph, lex);
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
