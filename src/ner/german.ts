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
import { fileURLToPath } from 'node:url';
import { hasLexicon, lexicon } from '../lang/lexicon.js';
import { WORD_NOUN_ENDING, type NameMorphology } from '../lang/name-grammar.js';
import { DERIVED_CACHE_SOURCE, derivedBytes, type DerivedSpec } from '../parallel/derived-cache.js';
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

/** isGermanAdjective of a word already in lower case (e.g. Unit.lower): no new string per call. */
export function isGermanAdjectiveLower(d: NerData, lower: string): boolean {
  return adjectiveLower(d, lower);
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
  /** role of a role head (ROLE_HEAD): the first listed role of 5+ letters with this inflected form (index into roleList, -1 none) */
  role: number;
  /** role of the whole word (WORD_ROLE): the first listed role of any length with this inflected form (index into roleList, -1 none) */
  wordRole: number;
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
  return { next: null, flags: 0, role: -1, wordRole: -1 };
}

function addEnding(root: EndNode, s: string, flag: number, role = -1): void {
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
  if (role >= 0 && flag === ROLE_HEAD && n.role < 0) n.role = role;
  if (role >= 0 && flag === WORD_ROLE && n.wordRole < 0) n.wordRole = role;
}

/**
 * The ending trie packed into typed arrays (node 0 is the root): the children of a node are
 * consecutive edges sorted by code unit. A walk reads a few neighbouring array slots per letter
 * instead of a Map and an object per letter, which matters for a new word in a long pipeline
 * run, where those objects are no longer in the processor's cache.
 */
export interface EndTrie {
  /** first edge of each node's children */
  firstEdge: Int32Array;
  /** number of children of each node */
  edgeCount: Int32Array;
  flags: Uint8Array;
  /** ROLE_HEAD and WORD_ROLE roles by node, as indexes into roleList (-1 where the flag is not set) */
  role: Int32Array;
  wordRole: Int32Array;
  /** the roles (the values of NerData.roleWords in order) */
  roleList: readonly RoleEntry[];
  /** code unit and child node of each edge */
  edgeChar: Uint16Array;
  edgeNode: Int32Array;
}

/** The packed trie with its roles as indexes into the role list (the values of NerData.roleWords in order, -1 none): what the cache stores. */
interface PackedTrie {
  firstEdge: Int32Array;
  edgeCount: Int32Array;
  edgeNode: Int32Array;
  role: Int32Array;
  wordRole: Int32Array;
  edgeChar: Uint16Array;
  flags: Uint8Array;
}

/** Packs a built trie, numbering nodes breadth first. */
function packTrie(root: EndNode): PackedTrie {
  const nodes: EndNode[] = [root];
  for (let i = 0; i < nodes.length; i++) for (const m of nodes[i].next?.values() ?? []) nodes.push(m);
  const n = nodes.length;
  const t: PackedTrie = {
    firstEdge: new Int32Array(n), edgeCount: new Int32Array(n), edgeNode: new Int32Array(n),
    role: Int32Array.from(nodes, (x) => x.role), wordRole: Int32Array.from(nodes, (x) => x.wordRole),
    edgeChar: new Uint16Array(n), flags: new Uint8Array(n),
  };
  const idOf = new Map<EndNode, number>(nodes.map((x, i) => [x, i]));
  let e = 0;
  nodes.forEach((x, i) => {
    t.flags[i] = x.flags;
    t.firstEdge[i] = e;
    const kids = [...(x.next ?? new Map<number, EndNode>())].sort((a, b) => a[0] - b[0]);
    t.edgeCount[i] = kids.length;
    for (const [c, m] of kids) {
      t.edgeChar[e] = c;
      t.edgeNode[e++] = idOf.get(m)!;
    }
  });
  return t;
}

/** 'LET1': the first word of a packed trie's bytes */
const TRIE_MAGIC = 0x3154454c;
/** Bytes of a packed trie of `n` nodes: a 16-byte header, five Int32 arrays, the code units (padded to 4 bytes), the flags. */
const trieBytes = (n: number) => 16 + 20 * n + ((2 * n + 3) & ~3) + n;

/** The packed trie as bytes (the layout trieBytes gives, little-endian as the platform's typed arrays). */
function trieToBytes(t: PackedTrie): Uint8Array {
  const n = t.flags.length;
  const out = new Uint8Array(trieBytes(n));
  new Int32Array(out.buffer, 0, 4).set([TRIE_MAGIC, n, 0, 0]);
  let off = 16;
  for (const a of [t.firstEdge, t.edgeCount, t.edgeNode, t.role, t.wordRole]) {
    new Int32Array(out.buffer, off, n).set(a);
    off += 4 * n;
  }
  new Uint16Array(out.buffer, off, n).set(t.edgeChar);
  off += (2 * n + 3) & ~3;
  out.set(t.flags, off);
  return out;
}

/** The packed trie viewing `bytes` (trieToBytes' layout), or null when they are not one with roles below `roles`. */
function trieFromBytes(bytes: Uint8Array, roles: number): PackedTrie | null {
  if (bytes.byteOffset % 4 !== 0) bytes = new Uint8Array(bytes); // typed views need alignment
  if (bytes.length < 16) return null;
  const [magic, n] = new Int32Array(bytes.buffer, bytes.byteOffset, 4);
  if (magic !== TRIE_MAGIC || n < 1 || bytes.length !== trieBytes(n)) return null;
  let off = bytes.byteOffset + 16;
  const int32 = () => {
    const a = new Int32Array(bytes.buffer, off, n);
    off += 4 * n;
    return a;
  };
  const firstEdge = int32(), edgeCount = int32(), edgeNode = int32(), role = int32(), wordRole = int32();
  const edgeChar = new Uint16Array(bytes.buffer, off, n);
  off += (2 * n + 3) & ~3;
  const flags = new Uint8Array(bytes.buffer, off, n);
  for (let i = 0; i < n; i++) {
    if (firstEdge[i] < 0 || edgeCount[i] < 0 || firstEdge[i] + edgeCount[i] > n) return null;
    if (role[i] < -1 || role[i] >= roles || wordRole[i] < -1 || wordRole[i] >= roles) return null;
    if (edgeNode[i] < 0 || edgeNode[i] >= n) return null;
  }
  return { firstEdge, edgeCount, edgeNode, role, wordRole, edgeChar, flags };
}

/** The trie the walks read: the packed arrays and the role entries their indexes name. */
function endTrieOf(t: PackedTrie, roleList: readonly RoleEntry[]): EndTrie {
  return { ...t, roleList };
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
  f = { endings: endingTrie(d), adjStemEndings: column(d, 'adjective-endings') };
  formsCache.set(d, f);
  return f;
}

/** What the ending trie is built from, in the order it is built. */
interface TrieInputs {
  nouns: string[];
  nameHeads: string[];
  suffixes: string[];
  roleWords: string[];
  roleList: RoleEntry[];
}

function trieInputs(d: NerData): TrieInputs {
  return {
    nouns: [...d.stopWords], nameHeads: column(d, 'ner-name-heads'), suffixes: column(d, 'ner-noun-suffixes'),
    roleWords: [...d.roleWords.keys()], roleList: [...d.roleWords.values()],
  };
}

/** Builds the ending trie (entries in the order of the inputs: which role a node keeps and how nodes are numbered depend on it). */
function buildTrie(x: TrieInputs): PackedTrie {
  const root = endNode();
  for (const n of x.nouns) {
    if (n.length < 3) continue;
    for (const inf of INFLECTIONS) {
      addEnding(root, n + inf, NOUN_WORD);
      if (n.length >= 4) addEnding(root, n + inf, HEAD);
    }
  }
  for (const h of x.nameHeads) addEnding(root, h, NAME_HEAD);
  for (const s of x.suffixes) addEnding(root, s, SUFFIX);
  x.roleWords.forEach((r, i) => {
    for (const inf of INFLECTIONS) {
      addEnding(root, r + inf, WORD_ROLE, i);
      if (r.length >= 5) addEnding(root, r + inf, ROLE_HEAD, i);
    }
  });
  return packTrie(root);
}

/** this module's source: the code that builds the trie (buildTrie, addEnding, packTrie, INFLECTIONS, the flags) */
const HERE = fileURLToPath(import.meta.url);

/**
 * The cache entry of the trie of `x` (src/parallel/derived-cache.ts): every pool worker would
 * build the same trie again (~0.1 s of CPU and its garbage). The key holds the inputs themselves
 * (the noun list, name heads, suffixes and role words in the order they are entered: exactly
 * what buildTrie reads, wherever in the lexicons and code they came from), this module's source
 * (the code that builds and packs) and the byte layout's version.
 */
function trieSpec(lang: string, x: TrieInputs): DerivedSpec {
  const extra = [x.nouns, x.nameHeads, x.suffixes, x.roleWords].map((l) => l.join('\n')).join('\0');
  return { name: `ner-endings-${lang}`, version: 1, files: [HERE, DERIVED_CACHE_SOURCE], extra };
}

/** The ending trie of `d`: from the per-install cache when it holds a whole one for the same inputs and code, else built (and cached). */
function endingTrie(d: NerData): EndTrie {
  const x = trieInputs(d);
  const built: { trie: PackedTrie | null } = { trie: null };
  const bytes = derivedBytes(trieSpec(d.lang, x), () => trieToBytes((built.trie = buildTrie(x))));
  // a file that passed its checksum but does not hold a trie of these roles would be a bug: built instead
  const t = built.trie ?? trieFromBytes(bytes, x.roleList.length) ?? buildTrie(x);
  return endTrieOf(t, x.roleList);
}

/** The ending trie of `d` built without the cache (tests compare it with the cached one). */
export function builtEndingTrieForTest(d: NerData): EndTrie {
  const x = trieInputs(d);
  return endTrieOf(buildTrie(x), x.roleList);
}

/** The ending trie of `d` as forms() gets it (from the cache when there). */
export function endingTrieForTest(d: NerData): EndTrie {
  return endingTrie(d);
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
    if (roles !== null && (fl & ROLE_HEAD) !== 0) roles[k] = t.roleList[t.role[node]] ?? null;
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
  let role = whole >= 0 && (t.flags[whole] & WORD_ROLE) !== 0 ? t.roleList[t.wordRole[whole]] ?? null : null;
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
