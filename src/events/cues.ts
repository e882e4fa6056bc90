/**
 * Cue phrases of the PLOVER coding lexicons (event-contexts.tsv, coding-cues.tsv) compiled into a
 * matcher over lower-cased tokens: `x*` a word starting with x, `*x` a word ending with x, `...` a gap
 * of up to four tokens, anything else the word itself; several words must follow each other.
 *
 * @example
 * const m = compileCues([['nicht mehr', 'background'], ['*zölle', 'sanction']]);
 * m.find(['die', 'us-zölle'], 0, 2); // [{ tag: 'sanction', first: 1, last: 1 }]
 */

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

/** Compiles rows [cue, tag] (cues lower-cased by the caller's files). */
export function compileCues(rows: readonly (readonly string[])[]): CueMatcher {
  const byWord = new Map<string, Cue[]>();
  // cues opening with x* or *x, by the first resp. last character (a token is tried only against
  // the cues that can match it, not against all of them); a cue opening with a gap never matches
  const byFirst = new Map<string, Cue[]>();
  const byLast = new Map<string, Cue[]>();
  let ord = 0;
  for (const [cue, tag] of rows) {
    if (!cue || !tag) continue;
    const els = cue.toLowerCase().split(/\s+/).map(element);
    const first = els[0];
    const c = { els, tag, ord: ord++ };
    if (first.kind === 'word') push(byWord, first.s, c);
    else if (first.kind === 'prefix') push(byFirst, first.s[0], c);
    else if (first.kind === 'suffix') push(byLast, first.s[first.s.length - 1], c);
  }
  const NONE: Cue[] = [];
  // the cues a word can open, in the order they are tried (exact ones, then prefix and suffix cues
  // in file order), remembered per word: several events of a sentence ask for the same words, and
  // the bucket walk with a startsWith per candidate was most of find's time (bounded like the
  // other per-word memos)
  const opening = new Map<string, Cue[]>();
  const openedBy = (w: string): Cue[] => {
    let list = opening.get(w);
    if (list) return list;
    list = openingCues(byWord, byFirst, byLast, NONE, w);
    if (opening.size > 50000) opening.clear();
    opening.set(w, list);
    return list;
  };
  return {
    find(words, from, to) {
      const hits: CueHit[] = [];
      for (let i = from; i < to; i++) {
        const list = openedBy(words[i]);
        for (let k = 0; k < list.length; k++) {
          const c = list[k];
          const last = matchFrom(c.els, words, i, to);
          if (last >= 0) hits.push({ tag: c.tag, first: i, last });
        }
      }
      return hits;
    },
  };
}

/** The cues whose first element matches `w`: exact ones first, then prefix and suffix cues in file order; `none` when there are none. */
function openingCues(byWord: Map<string, Cue[]>, byFirst: Map<string, Cue[]>, byLast: Map<string, Cue[]>, none: Cue[], w: string): Cue[] {
  const exact = byWord.get(w);
  const out: Cue[] = exact ? [...exact] : [];
  if (w) {
    const ps = byFirst.get(w[0]) ?? none;
    const ss = byLast.get(w[w.length - 1]) ?? none;
    let a = 0, b = 0;
    while (a < ps.length || b < ss.length) {
      const c = b >= ss.length || (a < ps.length && ps[a].ord < ss[b].ord) ? ps[a++] : ss[b++];
      if (matches(c.els[0], w)) out.push(c);
    }
  }
  return out.length ? out : none;
}
