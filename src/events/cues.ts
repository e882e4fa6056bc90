/**
 * Cue phrases of the PLOVER coding lexicons (event-contexts.tsv, coding-cues.tsv) compiled into a
 * matcher over lower-cased tokens: `x*` a word starting with x, `*x` a word ending with x, `...` a gap
 * of up to four tokens, anything else the word itself; several words must follow each other.
 *
 * @example
 * const m = compileCues([['nicht mehr', 'background'], ['*zölle', 'sanction']]);
 * m.find(['die', 'us-zölle'], 0, 2); // [{ tag: 'sanction', first: 1, last: 1 }]
 */
import { key3 } from './patterns.js';

/** One element of a cue: exact word, prefix, suffix or a gap. */
type Element = { kind: 'word' | 'prefix' | 'suffix'; s: string } | { kind: 'gap' };

export interface CueHit { tag: string; first: number; last: number }

export interface CueMatcher {
  /** every cue occurrence starting in [from, to) and ending before `to`, in text order */
  find(words: readonly string[], from: number, to: number): CueHit[];
}

const GAP = 4;

function element(s: string): Element {
  if (s === '...') return { kind: 'gap' };
  if (s.length > 1 && s.endsWith('*')) return { kind: 'prefix', s: s.slice(0, -1) };
  if (s.length > 1 && s.startsWith('*')) return { kind: 'suffix', s: s.slice(1) };
  return { kind: 'word', s };
}

function matches(e: Element, w: string): boolean {
  if (e.kind === 'word') return w === e.s;
  if (e.kind === 'prefix') return w.startsWith(e.s);
  if (e.kind === 'suffix') return w.length > e.s.length && w.endsWith(e.s);
  return false;
}

/** Last token index of cue `els` matched from token i, or -1. */
function matchFrom(els: Element[], words: readonly string[], i: number, to: number): number {
  let k = i;
  for (let e = 0; e < els.length; e++) {
    const el = els[e];
    if (el.kind === 'gap') {
      const next = els[e + 1];
      if (!next) return -1;
      let hit = -1;
      for (let g = k; g < Math.min(to, k + GAP + 1); g++) if (matches(next, words[g])) { hit = g; break; }
      if (hit < 0) return -1;
      k = hit + 1;
      e++;
      continue;
    }
    if (k >= to || !matches(el, words[k])) return -1;
    k++;
  }
  return k - 1;
}

interface Cue { els: Element[]; tag: string; ord: number }

function push<K>(m: Map<K, Cue[]>, k: K, c: Cue): void {
  const list = m.get(k);
  if (list) list.push(c);
  else m.set(k, [c]);
}

/**
 * Compiles rows [cue, tag] (cues lower-cased by the caller's files). Cues opening with a word are
 * looked up by the word; those opening with x* or *x by the first resp. last three letters of x
 * (key3, packed into a number), shorter ones by their first resp. last letter: a token is tried
 * only against the cues that can match it. (A first-letter index alone left a dozen startsWith per
 * token; a memo per word was slower in the pipeline, its table outgrowing the cache.)
 */
export function compileCues(rows: readonly (readonly string[])[]): CueMatcher {
  const byWord = new Map<string, Cue[]>();
  const byPrefix3 = new Map<number, Cue[]>();
  const bySuffix3 = new Map<number, Cue[]>();
  const byFirst = new Map<string, Cue[]>();
  const byLast = new Map<string, Cue[]>();
  let ord = 0;
  for (const [cue, tag] of rows) {
    if (!cue || !tag) continue;
    const els = cue.toLowerCase().split(/\s+/).map(element);
    const first = els[0];
    const c = { els, tag, ord: ord++ };
    // (a cue opening with a gap never matches)
    if (first.kind === 'word') push(byWord, first.s, c);
    else if (first.kind === 'prefix') {
      if (first.s.length >= 3) push(byPrefix3, key3(first.s, 0), c);
      else push(byFirst, first.s[0], c);
    } else if (first.kind === 'suffix') {
      if (first.s.length >= 3) push(bySuffix3, key3(first.s, first.s.length - 3), c);
      else push(byLast, first.s[first.s.length - 1], c);
    }
  }
  const shortPrefixes = byFirst.size > 0;
  const shortSuffixes = byLast.size > 0;
  return {
    find(words, from, to) {
      const hits: CueHit[] = [];
      for (let i = from; i < to; i++) {
        const w = words[i];
        const exact = byWord.get(w);
        if (exact) for (const c of exact) tryCue(c, words, i, to, hits);
        if (!w) continue;
        // prefix and suffix cues in file order, as one list would give them (lists sorted by ord)
        const long = w.length >= 3;
        merge(words, i, to, hits,
          long ? byPrefix3.get(key3(w, 0)) : undefined,
          long ? bySuffix3.get(key3(w, w.length - 3)) : undefined,
          shortPrefixes ? byFirst.get(w[0]) : undefined,
          shortSuffixes ? byLast.get(w[w.length - 1]) : undefined);
      }
      return hits;
    },
  };
}

function tryCue(c: Cue, words: readonly string[], i: number, to: number, hits: CueHit[]): void {
  const last = matchFrom(c.els, words, i, to);
  if (last >= 0) hits.push({ tag: c.tag, first: i, last });
}

/** Tries the cues of up to four lists (each in file order) in file order, those whose first element matches words[i]. */
function merge(words: readonly string[], i: number, to: number, hits: CueHit[], l0: Cue[] | undefined, l1: Cue[] | undefined, l2: Cue[] | undefined, l3: Cue[] | undefined): void {
  if (!l0 && !l1 && !l2 && !l3) return;
  const w = words[i];
  let a = 0, b = 0, c = 0, d = 0;
  const na = l0?.length ?? 0, nb = l1?.length ?? 0, nc = l2?.length ?? 0, nd = l3?.length ?? 0;
  for (;;) {
    // the smallest ord among the four heads
    let next: Cue | null = null;
    let from = -1;
    if (a < na) { next = l0![a]; from = 0; }
    if (b < nb && (!next || l1![b].ord < next.ord)) { next = l1![b]; from = 1; }
    if (c < nc && (!next || l2![c].ord < next.ord)) { next = l2![c]; from = 2; }
    if (d < nd && (!next || l3![d].ord < next.ord)) { next = l3![d]; from = 3; }
    if (!next) return;
    if (from === 0) a++;
    else if (from === 1) b++;
    else if (from === 2) c++;
    else d++;
    if (matches(next.els[0], w)) tryCue(next, words, i, to, hits);
  }
}
