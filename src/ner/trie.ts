/**
 * A first-token index for multi-word names: entries are keyed by their first token and kept
 * longest first, so a lookup at a position costs one Map access plus a few array compares.
 *
 * @example
 * const t = new NameIndex<string>();
 * t.add(['Vereinigte', 'Staaten'], 'USA');
 * t.longest(['die', 'Vereinigte', 'Staaten'], 1); // { length: 2, value: 'USA' }
 * t.single('USA'); // null (only the two-word name is listed)
 */
export class NameIndex<V> {
  /** entries by first token, longest first; `hit` is the answer for the entry, made once (callers only read it) */
  private readonly byFirst = new Map<string, { tokens: string[]; value: V; hit: { length: number; value: V } }[]>();
  /**
   * 1 for each code unit some first token starts with: a lookup at a word no name starts like
   * (a lower-case word in a gazetteer of capitalised names) is answered without hashing the word
   * into a map of many thousand entries. Empty first tokens are flagged apart.
   */
  private readonly initials = new Uint8Array(65536);
  private emptyFirst = false;

  /** Adds a name; an existing identical name keeps its first value (higher-priority sources load first). */
  add(tokens: string[], value: V): void {
    const n = tokens.length;
    if (!n) return;
    const first = tokens[0];
    const list = this.byFirst.get(first);
    if (!list) {
      // a list made with its one entry holds one slot; an empty one grown by push holds 17, and
      // most first tokens of a gazetteer (~11,000 per index) start one name only
      this.byFirst.set(first, [{ tokens, value, hit: { length: n, value } }]);
      if (first.length) this.initials[first.charCodeAt(0)] = 1;
      else this.emptyFirst = true;
      return;
    }
    for (const e of list) {
      if (e.tokens.length !== n) continue;
      let same = true;
      for (let i = 1; i < n && same; i++) same = e.tokens[i] === tokens[i];
      if (same) return;
    }
    // longest first; a new entry goes after every entry at least as long (where a stable sort puts it)
    let at = list.length;
    while (at > 0 && list[at - 1].tokens.length < n) at--;
    const entry = { tokens, value, hit: { length: n, value } };
    if (at === list.length) list.push(entry);
    else list.splice(at, 0, entry);
  }

  /** True when some name starts with this token. */
  has(first: string): boolean {
    return this.byFirst.has(first);
  }

  /** Longest name starting at words[at] (exact spelling). */
  longest(words: readonly string[], at: number): { length: number; value: V } | null {
    const w = words[at];
    if (w === undefined || (w.length ? this.initials[w.charCodeAt(0)] === 0 : !this.emptyFirst)) return null;
    const list = this.byFirst.get(w);
    if (!list) return null;
    for (const e of list) {
      const n = e.tokens.length;
      if (at + n > words.length) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) ok = words[at + k] === e.tokens[k];
      if (ok) return e.hit;
    }
    return null;
  }

  /** The longest name of the one word `w`: what longest([w], 0) answers, without making an array. */
  word(w: string): { length: number; value: V } | null {
    if (w.length ? this.initials[w.charCodeAt(0)] === 0 : !this.emptyFirst) return null;
    const list = this.byFirst.get(w);
    if (!list) return null;
    for (const e of list) if (e.tokens.length === 1) return e.hit;
    return null;
  }

  /** Longest name starting at words[at], comparing lower-case forms (`lower` holds them). */
  longestLower(lower: readonly string[], at: number): { length: number; value: V } | null {
    return this.longest(lower, at);
  }

  /** The one-word name spelled exactly `token`, if any. */
  single(token: string): V | null {
    return this.word(token)?.value ?? null;
  }

  /** The distinct first tokens of all names. */
  firstTokens(): IterableIterator<string> {
    return this.byFirst.keys();
  }

  /** Number of distinct first tokens (for tests and diagnostics). */
  get size(): number {
    return this.byFirst.size;
  }
}

/** Splits a lexicon surface form into tokens the way the segmenter does for names ("U.S." stays whole). */
export function nameTokens(surface: string): string[] {
  // one word (most names): what the split gives, without the split's and the filter's arrays
  if (!/\s/.test(surface)) return surface ? [surface] : [];
  return surface.split(/\s+/).filter(Boolean);
}
