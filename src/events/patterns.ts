/**
 * Event trigger patterns (lexicons/<lang>/event-patterns.tsv) compiled once per language into an
 * index by first element, and matched on a sentence's tokens.
 *
 * @example
 * const m = matchAt(patterns('de'), words, 3); // best pattern starting at token 3, or null
 */
import { hasLexicon, lexicon } from '../lang/lexicon.js';
import type { PloverType } from '../contract/schema.js';
import { altMatches, elementMatches, matchElementsAt, MAX_GAP, parseElements, type Alt, type Element } from './pattern-elements.js';

export { MAX_GAP } from './pattern-elements.js';

/** A compiled pattern row. */
export interface Pattern {
  id: number;
  source: string;
  elements: Element[];
  type: PloverType;
  mode: string | null;
  /** prepositions (lower case) whose object is the target, plus "obj" / "any" */
  targetCues: string[];
  /** prepositions that introduce the source (passives) */
  sourceCues: string[];
  /** index of the element the subject is searched from (marked "!", default the last) */
  anchor: number;
  flags: string[];
}

/**
 * A pattern in one bucket of the index, with the alternatives of its first element that can match
 * a word of that bucket: the ones filed under the bucket's key and those too short to be filed
 * (under three letters, reached only through another bucket). A word that none of them matches
 * cannot match the first element by an alternative of this bucket; when it matches by another
 * one, the pattern is in that alternative's bucket too, so the best match stays the same.
 * Most candidates of a bucket fail on their first element (about 93% on German news), and a
 * first element can have many alternatives.
 */
export interface Candidate {
  p: Pattern;
  checks: Alt[];
}

/** Patterns of a language with an index on the first element. */
export interface PatternSet {
  all: Pattern[];
  exact: Map<string, Candidate[]>;
  /** keyed by the first / last three UTF-16 code units packed into one number (no string slicing per token) */
  prefix: Map<number, Candidate[]>;
  suffix: Map<number, Candidate[]>;
}

/**
 * Three code units of `w` from `i` packed into one number. Code units below 1024 (Latin letters,
 * German and English words) pack into 30 bits, a small integer that needs no heap number and
 * hashes fast; others take 2^40 + a 48-bit packing, so the two ranges never meet.
 */
export function key3(w: string, i: number): number {
  const a = w.charCodeAt(i);
  const b = w.charCodeAt(i + 1);
  const c = w.charCodeAt(i + 2);
  if (a < 1024 && b < 1024 && c < 1024) return (a << 20) | (b << 10) | c;
  return 1099511627776 + a * 4294967296 + b * 65536 + c;
}

const sets = new Map<string, PatternSet>();

/** Parses one pattern string (src/events/pattern-elements.ts). */
export const parsePattern = parseElements;

const list = (c: string | undefined) => (!c || c === '-' ? [] : c.split(',').map((x) => x.trim().toLowerCase()).filter(Boolean));

/** The compiled patterns of `lang` (empty when the language has no pattern file). */
export function patterns(lang: string): PatternSet {
  let set = sets.get(lang);
  if (set) return set;
  set = compilePatterns(hasLexicon(lang, 'event-patterns') ? lexicon(lang, 'event-patterns') : []);
  sets.set(lang, set);
  return set;
}

/** Compiles rows of event-patterns.tsv ([pattern, type, mode, target cues, source cues, flags]) with the first-element index. */
export function compilePatterns(rows: readonly (readonly string[])[]): PatternSet {
  const set: PatternSet = { all: [], exact: new Map(), prefix: new Map(), suffix: new Map() };
  for (const row of rows) {
    const [src, type, mode, tgt, srcCues, flags] = row;
    if (!src || !type) continue;
    const p: Pattern = {
      id: set.all.length, source: src, elements: parsePattern(src), type: type as PloverType,
      mode: !mode || mode === '-' ? null : mode, targetCues: list(tgt), sourceCues: list(srcCues), flags: list(flags),
      anchor: 0,
    };
    const marked = src.trim().split(/\s+/).filter((x) => x !== '...').findIndex((x) => x.startsWith('!'));
    p.anchor = marked >= 0 ? marked : p.elements.length - 1;
    if (!p.elements.length) continue;
    set.all.push(p);
    const unfiled = p.elements[0].alts.filter((a) => a.kind !== 'exact' && a.s.length < 3);
    for (const a of p.elements[0].alts) {
      if (a.kind === 'exact') addTo(set.exact, a.s, p, a, unfiled);
      else if (a.s.length >= 3) addTo(a.kind === 'prefix' ? set.prefix : set.suffix, key3(a.s, a.kind === 'prefix' ? 0 : a.s.length - 3), p, a, unfiled);
    }
  }
  return set;
}

function addTo<K>(map: Map<K, Candidate[]>, key: K, p: Pattern, a: Alt, unfiled: Alt[]): void {
  const l = map.get(key) ?? [];
  const c = l.find((x) => x.p === p);
  if (c) c.checks.splice(c.checks.length - unfiled.length, 0, a);
  else l.push({ p, checks: [a, ...unfiled] });
  map.set(key, l);
}

/** True when the word can match the candidate's first element by an alternative of its bucket. */
function mayMatch(c: Candidate, w: string): boolean {
  // (indexed loops in this file's matchers: a for-of not yet optimised allocates an iterator and a
  // result object per step, ~10 % of the events stage's allocation in a worker's first hundreds of articles)
  const checks = c.checks;
  for (let k = 0; k < checks.length; k++) if (altMatches(checks[k], w)) return true;
  return false;
}

/** A pattern matched on token indexes (into the `words` array passed to matchAt). */
export interface PatternMatch {
  pattern: Pattern;
  /** index of the token matched by each element */
  at: number[];
  /**
   * token the subject is searched from when it is not at[pattern.anchor] (a verb-final match: the
   * verb); -1 when it is. Always set, so that every match has one hidden class (bestOf's and
   * bestBefore's matches meet in matchAtOrBefore: two shapes there were a 'wrong map' deopt loop).
   */
  anchor: number;
}

/**
 * The best pattern whose first element matches words[i] (lower-cased word forms; `used[k]` marks
 * tokens already taken by an earlier match; matches end before `end`, the sentence's end): the one
 * with most elements, then the earliest in the file. Null if none.
 */
export function matchAt(set: PatternSet, words: string[], i: number, used: ArrayLike<number | boolean>, end: number = words.length): PatternMatch | null {
  return matchAtOrBefore(set, words, i, used, 0, end, false);
}

/**
 * matchAt, and for a word that may end a verb-final clause (`before`) matchBefore, with the index
 * looked up once: the verb-final match wins when it has more elements (the events stage's rule).
 * The three bucket lookups were about a third of the two calls' time on German news.
 */
export function matchAtOrBefore(set: PatternSet, words: string[], i: number, used: ArrayLike<number | boolean>, from: number, end: number, before: boolean, check?: MatchCheck): PatternMatch | null {
  const w = words[i];
  if (!w || used[i]) return null;
  const a = set.exact.get(w);
  const long = w.length >= 3;
  const b = long ? set.prefix.get(key3(w, 0)) : undefined;
  const c = long ? set.suffix.get(key3(w, w.length - 3)) : undefined;
  if (!a && !b && !c) return null;
  let m: PatternMatch | null = null;
  if (a) m = bestOf(a, words, i, used, end, m, check);
  if (b) m = bestOf(b, words, i, used, end, m, check);
  if (c) m = bestOf(c, words, i, used, end, m, check);
  if (!before) return m;
  let mb = bestBefore(a, words, i, used, from, null, check);
  if (long) {
    mb = bestBefore(b, words, i, used, from, mb, check);
    mb = bestBefore(c, words, i, used, from, mb, check);
  }
  return mb && (!m || mb.at.length > m.at.length) ? mb : m;
}

/**
 * A check of a match of two or more words by the caller (the language's grammar): the match as it
 * is, a corrected one (other token indexes), or null to let shorter or later patterns compete as if
 * it had not matched. Verb-final matches (matchBefore) have `anchor` ≥ 0.
 */
export type MatchCheck = (m: PatternMatch) => PatternMatch | null;

function bestOf(list: Candidate[], words: string[], i: number, used: ArrayLike<number | boolean>, end: number, best: PatternMatch | null, check?: MatchCheck): PatternMatch | null {
  const w = words[i];
  for (let k = 0; k < list.length; k++) {
    const c = list[k];
    if (!mayMatch(c, w)) continue;
    const p = c.p;
    if (best && (p.elements.length < best.at.length || (p.elements.length === best.at.length && p.id >= best.pattern.id))) continue;
    const at = matchElementsAt(p.elements, words, i, used, end);
    if (at && (!best || at.length > best.at.length || (at.length === best.at.length && p.id < best.pattern.id))) {
      const m: PatternMatch | null = check && at.length > 1 ? check({ pattern: p, at, anchor: -1 }) : { pattern: p, at, anchor: -1 };
      if (m) best = m;
    }
  }
  return best;
}

/**
 * German verb-final clauses put a verb pattern's other elements before the verb ("... zu sieben
 * Jahren Haft verurteilt", "..., weil er die Regierung scharf kritisiert hatte"): the best pattern
 * whose first element matches the verb words[i] and whose other elements stand, in their order,
 * within MAX_GAP tokens before it (from `from`, the sentence start, on). The match's anchor is the
 * verb. Only for patterns of two or more elements; null if none.
 */
export function matchBefore(set: PatternSet, words: string[], i: number, used: ArrayLike<number | boolean>, from: number): PatternMatch | null {
  const w = words[i];
  if (!w || used[i]) return null;
  // the three candidate lists in turn (no array of them per call: this runs on every lower-case word)
  let best = bestBefore(set.exact.get(w), words, i, used, from, null);
  if (w.length >= 3) {
    best = bestBefore(set.prefix.get(key3(w, 0)), words, i, used, from, best);
    best = bestBefore(set.suffix.get(key3(w, w.length - 3)), words, i, used, from, best);
  }
  return best;
}

function bestBefore(list: Candidate[] | undefined, words: string[], i: number, used: ArrayLike<number | boolean>, from: number, best: PatternMatch | null, check?: MatchCheck): PatternMatch | null {
  if (!list) return best;
  const w = words[i];
  for (let n = 0; n < list.length; n++) {
    const c = list[n];
    const p = c.p;
    if (p.elements.length < 2 || !mayMatch(c, w) || !elementMatches(p.elements[0], w)) continue;
    if (best && (p.elements.length < best.at.length || (p.elements.length === best.at.length && p.id >= best.pattern.id))) continue;
    const at = [i];
    let pos = Math.max(from, i - MAX_GAP - p.elements.length) - 1;
    for (let k = 1; k < p.elements.length && at.length === k; k++) {
      for (let j = pos + 1; j < i; j++) if (!used[j] && elementMatches(p.elements[k], words[j])) { at.push(j); pos = j; break; }
    }
    if (at.length === p.elements.length) {
      const m: PatternMatch | null = check ? check({ pattern: p, at, anchor: i }) : { pattern: p, at, anchor: i };
      if (m) best = m;
    }
  }
  return best;
}

/**
 * For a German compound noun `w` (lower case) whose head starts at `head` (morphology layer): true when
 * the pattern's first element also means the head ("Raketenangriff" for "*angriff", "Gipfeltreffen"
 * for "treffen") or matches by a suffix alternative, false when only the modifier matched a prefix
 * alternative ("Verhandlungsposition" is a position, not talks; "Streikmaßnahmen" are measures).
 */
export function compoundHeadAgrees(p: Pattern, w: string, head: number): boolean {
  const e = p.elements[0];
  if (e.alts.some((a) => a.kind === 'suffix' && altMatches(a, w))) return true;
  // a prefix alternative that reaches into the head names the compound itself ("telefongespräch*")
  if (e.alts.some((a) => a.kind !== 'suffix' && a.s.length > head && altMatches(a, w))) return true;
  return elementMatches(e, w.slice(head).replace(/^-/, ''));
}

/**
 * True when a lower-case trigger word `w` matched the pattern's first element only as the end of a
 * longer word ("*treffen" in "betreffen", "übertreffen"): where nouns are capitalised a compound is a
 * noun, so a lower-case word with more before the ending is a prefixed verb, not the compound.
 */
export function suffixOnlyMatch(p: Pattern, w: string): boolean {
  // one pass, no closures (altMatches has no effects, so asking the other alternatives too gives the
  // same answer): the second `some` ran so seldom that extractEvents, which inlines this, was
  // optimised without feedback for it and deoptimised when it first ran
  let suffix = false;
  for (const a of p.elements[0].alts) {
    if (a.kind !== 'suffix') { if (altMatches(a, w)) return false; }
    else if (!suffix && altMatches(a, w) && w.length > a.s.length && !w.startsWith('-', w.length - a.s.length - 1)) suffix = true;
  }
  return suffix;
}

/**
 * True when a capitalised trigger word `w` (lower case) matched the pattern's first element only
 * through verb prefixes followed by an agent-noun ending of `endings` ("unterstütz*" in
 * "Unterstützer", "streik*" in "Streikenden"): it names people, not their act.
 */
export function agentNounMatch(p: Pattern, w: string, endings: ReadonlySet<string>): boolean {
  if (!endings.size) return false;
  let agent = false;
  for (const a of p.elements[0].alts) {
    if (!altMatches(a, w)) continue;
    if (a.kind !== 'prefix' || !endings.has(w.slice(a.s.length))) return false;
    agent = true;
  }
  return agent;
}
