/**
 * Token patterns of the lever lexicons (lexicons/<lang>/lever-*.tsv), compiled once per file and
 * matched on lower-cased tokens: elements separated by spaces, "a|b" alternatives, "wort*" word
 * beginning, "*wort" compound ending, "..." a gap of up to 12 tokens. An index on the first
 * element (exact word, first or last three letters) keeps the per-token test to one or two map
 * lookups, so sentences without any cue cost almost nothing.
 *
 * @example
 * const set = compilePatterns([['*zölle', 'tariff']], (row) => row[1]);
 * matchPattern(set, ['die', 'strafzölle'], 1, new Uint8Array(2), 2); // { value: 'tariff', at: [1] }
 */
import { key3 } from '../events/patterns.js';
import { matchElementsAt, MAX_GAP, parseElements, type Element } from '../events/pattern-elements.js';


/** A compiled pattern with the value of its lexicon row. */
export interface LeverPattern<T> {
  id: number;
  elements: Element[];
  value: T;
}

/** Patterns indexed by their first element. */
export interface LeverPatternSet<T> {
  all: LeverPattern<T>[];
  exact: Map<string, LeverPattern<T>[]>;
  prefix: Map<number, LeverPattern<T>[]>;
  suffix: Map<number, LeverPattern<T>[]>;
  /** a pattern whose first element is a prefix or suffix shorter than three letters (scanned always) */
  short: LeverPattern<T>[];
}

/** A match: the pattern's value and the token index of each element. */
export interface LeverMatch<T> {
  value: T;
  at: number[];
}

export function compilePatterns<T>(rows: string[][], valueOf: (row: string[]) => T | null): LeverPatternSet<T> {
  const set: LeverPatternSet<T> = { all: [], exact: new Map(), prefix: new Map(), suffix: new Map(), short: [] };
  for (const row of rows) {
    if (!row[0]) continue;
    const value = valueOf(row);
    if (value === null) continue;
    const p: LeverPattern<T> = { id: set.all.length, elements: parseElements(row[0]), value };
    if (!p.elements.length) continue;
    set.all.push(p);
    for (const a of p.elements[0].alts) {
      if (a.kind === 'exact') add(set.exact, a.s, p);
      else if (a.s.length >= 3) add(a.kind === 'prefix' ? set.prefix : set.suffix, key3(a.s, a.kind === 'prefix' ? 0 : a.s.length - 3), p);
      else if (!set.short.includes(p)) set.short.push(p);
    }
  }
  return set;
}

function add<K, T>(map: Map<K, LeverPattern<T>[]>, key: K, p: LeverPattern<T>): void {
  const l = map.get(key);
  if (!l) map.set(key, [p]);
  else if (!l.includes(p)) l.push(p);
}

/** Whether any pattern could start at word `w` (the cheap first pass). */
export function mayStart<T>(set: LeverPatternSet<T>, w: string): boolean {
  if (set.exact.has(w) || set.short.length) return true;
  return w.length >= 3 && (set.prefix.has(key3(w, 0)) || set.suffix.has(key3(w, w.length - 3)));
}

/**
 * The best pattern starting at words[i] (most elements, then the earlier row), with tokens marked
 * in `used` skipped, ending before `end`; `gap` overrides the longest gap. Null when none.
 */
export function matchPattern<T>(set: LeverPatternSet<T>, words: readonly string[], i: number, used: ArrayLike<number>, end: number, gap = MAX_GAP): LeverMatch<T> | null {
  const w = words[i];
  if (!w || used[i]) return null;
  // no closures here: this runs for every word of a sentence with a cue
  let best: LeverPattern<T> | null = null;
  let bestAt: number[] | null = null;
  for (let k = 0; k < 4; k++) {
    const list = k === 0 ? set.exact.get(w)
      : k === 3 ? set.short
        : w.length < 3 ? undefined
          : k === 1 ? set.prefix.get(key3(w, 0)) : set.suffix.get(key3(w, w.length - 3));
    if (!list) continue;
    // (indexed: a for-of not yet optimised allocates an iterator and a result per step)
    for (let n = 0; n < list.length; n++) {
      const p = list[n];
      if (bestAt && best && (p.elements.length < bestAt.length || (p.elements.length === bestAt.length && p.id >= best.id))) continue;
      const at = matchElementsAt(p.elements, words, i, used, end, gap);
      if (at) { best = p; bestAt = at; }
    }
  }
  return best && bestAt ? { value: best.value, at: bestAt } : null;
}
