/**
 * A first-token index for multi-word names: entries are keyed by their first token and kept
 * longest first, so a lookup at a position costs one Map access plus a few array compares.
 *
 * @example
 * const t = new NameIndex<string>();
 * t.add(['Vereinigte', 'Staaten'], 'USA');
 * t.longest(['die', 'Vereinigte', 'Staaten'], 1); // { length: 2, value: 'USA' }
 */
export class NameIndex<V> {
  private readonly byFirst = new Map<string, { tokens: string[]; value: V }[]>();

  /** Adds a name; an existing identical name keeps its first value (higher-priority sources load first). */
  add(tokens: string[], value: V): void {
    if (!tokens.length) return;
    let list = this.byFirst.get(tokens[0]);
    if (!list) this.byFirst.set(tokens[0], (list = []));
    if (list.some((e) => e.tokens.length === tokens.length && e.tokens.every((t, i) => t === tokens[i]))) return;
    list.push({ tokens, value });
    list.sort((a, b) => b.tokens.length - a.tokens.length);
  }

  /** True when some name starts with this token. */
  has(first: string): boolean {
    return this.byFirst.has(first);
  }

  /** Longest name starting at words[at]; `key` maps a word to its index form (e.g. lower case). */
  longest(words: readonly string[], at: number, key: (w: string) => string = (w) => w): { length: number; value: V } | null {
    const list = this.byFirst.get(key(words[at]));
    if (!list) return null;
    for (const e of list) {
      if (at + e.tokens.length > words.length) continue;
      let ok = true;
      for (let k = 1; k < e.tokens.length && ok; k++) ok = key(words[at + k]) === e.tokens[k];
      if (ok) return { length: e.tokens.length, value: e.value };
    }
    return null;
  }

  /** Number of distinct first tokens (for tests and diagnostics). */
  get size(): number {
    return this.byFirst.size;
  }
}

/** Splits a lexicon surface form into tokens the way the segmenter does for names ("U.S." stays whole). */
export function nameTokens(surface: string): string[] {
  return surface.split(/\s+/).filter(Boolean);
}
