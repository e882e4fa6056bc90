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
 * A node of the reversed-ending trie while it is built: words are entered from their last
 * letter, so one walk from the end of a word visits every ending of it without slicing a string
 * per ending. Built once, then packed into an EndTrie.
 */
interface EndNode {
  next: Map<number, EndNode> | null;
  /** HEAD | NAME_HEAD | SUFFIX | ROLE_HEAD | NOUN_WORD | WORD_ROLE for the string that ends here */
  flags: number;
  /** role of a role head (ROLE_HEAD): the first listed role of 5+ letters with this inflected form */
  role: RoleEntry | null;
  /** role of the whole word (WORD_ROLE): the first listed role of any length with this inflected form */
  wordRole: RoleEntry | null;
}
const HEAD = 1;
const NAME_HEAD = 2;
const SUFFIX = 4;
const ROLE_HEAD = 8;
/** the whole word is a listed noun (3+ letters) with an inflection ending */
const NOUN_WORD = 16;
/** the whole word is a listed role noun with an inflection ending */
const WORD_ROLE = 32;

function endNode(): EndNode {
  return { next: null, flags: 0, role: null, wordRole: null };
}

function addEnding(root: EndNode, s: string, flag: number, role: RoleEntry | null = null): void {
  let n = root;
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    let m = n.next?.get(c);
    if (!m) {
      m = endNode();
      (n.next ??= new Map()).set(c, m);
    }
    n = m;
  }
  n.flags |= flag;
  if (role && flag === ROLE_HEAD && !n.role) n.role = role;
  if (role && flag === WORD_ROLE && !n.wordRole) n.wordRole = role;
}

/**
 * The ending trie packed into typed arrays (node 0 is the root): the children of a node are
 * consecutive edges sorted by code unit. A walk reads a few neighbouring array slots per letter
 * instead of a Map and an object per letter, which matters for a new word in a long pipeline
 * run, where those objects are no longer in the processor's cache.
 */
interface EndTrie {
  /** first edge of each node's children */
  firstEdge: Int32Array;
  /** number of children of each node */
  edgeCount: Int32Array;
  flags: Uint8Array;
  /** ROLE_HEAD and WORD_ROLE roles by node (null where the flag is not set) */
  roles: (RoleEntry | null)[];
  wordRoles: (RoleEntry | null)[];
  /** code unit and child node of each edge */
  edgeChar: Uint16Array;
  edgeNode: Int32Array;
}

/** Packs a built trie, numbering nodes breadth first. */
function packTrie(root: EndNode): EndTrie {
  const nodes: EndNode[] = [root];
  for (let i = 0; i < nodes.length; i++) for (const m of nodes[i].next?.values() ?? []) nodes.push(m);
  const t: EndTrie = {
    firstEdge: new Int32Array(nodes.length), edgeCount: new Int32Array(nodes.length), flags: new Uint8Array(nodes.length),
    roles: nodes.map((n) => n.role), wordRoles: nodes.map((n) => n.wordRole),
    edgeChar: new Uint16Array(nodes.length), edgeNode: new Int32Array(nodes.length),
  };
  const idOf = new Map<EndNode, number>(nodes.map((n, i) => [n, i]));
  let e = 0;
  nodes.forEach((n, i) => {
    t.flags[i] = n.flags;
    t.firstEdge[i] = e;
    const kids = [...(n.next ?? new Map<number, EndNode>())].sort((a, b) => a[0] - b[0]);
    t.edgeCount[i] = kids.length;
    for (const [c, m] of kids) {
      t.edgeChar[e] = c;
      t.edgeNode[e++] = idOf.get(m)!;
    }
  });
  return t;
}

/** The child of `node` by code unit `c`, or -1 (a short scan; a binary search for wide nodes). */
function childOf(t: EndTrie, node: number, c: number): number {
  let lo = t.firstEdge[node];
  let hi = lo + t.edgeCount[node];
  const chars = t.edgeChar;
  // narrow [lo, hi) to a few edges around the first code unit >= c
  while (hi - lo > 8) {
    const mid = (lo + hi) >> 1;
    if (chars[mid] < c) lo = mid + 1;
    else hi = mid + 1;
  }
  for (; lo < hi; lo++) {
    const x = chars[lo];
    if (x === c) return t.edgeNode[lo];
    if (x > c) return -1;
  }
  return -1;
}

interface Forms {
  /**
   * endings: listed nouns of 4+ letters with inflections (compound heads), name heads ("-burg"),
   * noun suffixes, roles of 5+ letters with inflections (role compound heads); whole words:
   * every listed noun with every inflection ending (NOUN_WORD), role nouns with inflection
   * endings (WORD_ROLE)
   */
  endings: EndTrie;
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
  const root = endNode();
  for (const n of d.stopWords) {
    if (n.length < 3) continue;
    for (const inf of INFLECTIONS) {
      addEnding(root, n + inf, NOUN_WORD);
      if (n.length >= 4) addEnding(root, n + inf, HEAD);
    }
  }
  for (const h of column(d, 'ner-name-heads')) addEnding(root, h, NAME_HEAD);
  for (const x of column(d, 'ner-noun-suffixes')) addEnding(root, x, SUFFIX);
  for (const [r, e] of d.roleWords) {
    for (const inf of INFLECTIONS) {
      addEnding(root, r + inf, WORD_ROLE, e);
      if (r.length >= 5) addEnding(root, r + inf, ROLE_HEAD, e);
    }
  }
  f = { endings: packTrie(root), adjStemEndings: column(d, 'adjective-endings') };
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

/** The word with ä, ö, ü written a, o, u (one scan, no regex and no callback per umlaut). */
function plain(lower: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c === 228 || c === 246 || c === 252) {
      out += lower.slice(from, i) + (c === 228 ? 'a' : c === 246 ? 'o' : 'u');
      from = i + 1;
    }
  }
  return from === 0 ? lower : out + lower.slice(from);
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

/**
 * Flags of the endings of a word by start index, reused between calls; the role heads' roles by
 * start index (only read where this word's flags say ROLE_HEAD, so never cleared).
 */
let flagsAt = new Uint8Array(64);
let rolesAt: (RoleEntry | null)[] = new Array<RoleEntry | null>(64).fill(null);
let flatFlagsAt = new Uint8Array(64);

/**
 * Walks the ending trie from the end of `w`, writing the flags of w.slice(k) to out[k] for
 * k >= 1 (and role heads' roles); returns the node of the whole word, or -1 when it is none.
 */
function walkEndings(t: EndTrie, w: string, out: Uint8Array, roles: (RoleEntry | null)[] | null): number {
  out.fill(0, 0, w.length);
  let node = 0;
  for (let k = w.length - 1; k >= 0; k--) {
    node = childOf(t, node, w.charCodeAt(k));
    if (node < 0) return -1;
    if (k === 0) return node;
    const fl = t.flags[node];
    out[k] = fl;
    if (roles !== null && (fl & ROLE_HEAD) !== 0) roles[k] = t.roles[node];
  }
  return -1;
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
  const t = forms(d).endings;
  const n = lower.length;
  const umlaut = hasUmlaut(lower);
  if (n > flagsAt.length) {
    flagsAt = new Uint8Array(n * 2);
    flatFlagsAt = new Uint8Array(n * 2);
    rolesAt = new Array<RoleEntry | null>(n * 2).fill(null);
  }
  // the whole word's node answers "a listed noun or role noun, inflected?" (also without umlauts)
  const whole = walkEndings(t, lower, flagsAt, rolesAt);
  let noun = whole >= 0 && (t.flags[whole] & NOUN_WORD) !== 0;
  let role = whole >= 0 && (t.flags[whole] & WORD_ROLE) !== 0 ? t.wordRoles[whole] : null;
  if (umlaut) {
    const flatWhole = walkEndings(t, plain(lower), flatFlagsAt, null);
    if (!noun && flatWhole >= 0 && (t.flags[flatWhole] & NOUN_WORD) !== 0) noun = true;
  }
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
