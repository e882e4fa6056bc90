/**
 * The word-pattern language shared by the event patterns (src/events/patterns.ts) and the lever
 * cues (src/levers/patterns.ts): a pattern string is elements separated by spaces, "..." allows a
 * gap of up to MAX_GAP words before the next element, an element is alternatives separated by "|",
 * each an exact word, a prefix ("wort*") or a suffix ("*wort"); a leading "!" (the event patterns'
 * marker) is not part of the word.
 *
 * @example
 * const els = parseElements('telefongespräch* ... führ*');
 * elementMatches(els[0], 'telefongespräche'); // true
 */

/** One alternative of a pattern element: exact word, prefix ("wort*") or suffix ("*wort"). */
export interface Alt {
  kind: 'exact' | 'prefix' | 'suffix';
  s: string;
}

/** A pattern element: alternatives, and whether a gap may precede it. */
export interface Element {
  alts: Alt[];
  gapBefore: boolean;
}

/** Maximum number of tokens a "..." gap may skip. */
export const MAX_GAP = 12;

function parseElement(el: string, gapBefore: boolean): Element {
  const alts: Alt[] = el.split('|').filter(Boolean).map((a) => {
    const w = a.toLowerCase();
    if (w.length > 1 && w.endsWith('*')) return { kind: 'prefix', s: w.slice(0, -1) };
    if (w.length > 1 && w.startsWith('*')) return { kind: 'suffix', s: w.slice(1) };
    return { kind: 'exact', s: w };
  });
  return { alts, gapBefore };
}

/** Parses one pattern string ("telefongespräch* ... führ*") into elements. */
export function parseElements(src: string): Element[] {
  const out: Element[] = [];
  let gap = false;
  for (const part of src.trim().split(/\s+/)) {
    if (part === '...') { gap = true; continue; }
    out.push(parseElement(part.replace(/^!/, ''), gap));
    gap = false;
  }
  return out;
}

/** True when word `w` (lower-cased) matches the alternative. */
export function altMatches(a: Alt, w: string): boolean {
  if (a.kind === 'exact') return w === a.s;
  if (a.kind === 'prefix') return w.length >= a.s.length && w.startsWith(a.s);
  return w.length > a.s.length && w.endsWith(a.s);
}

/** True when word `w` (lower-cased) is one of the element's alternatives. */
export function elementMatches(e: Element, w: string): boolean {
  // (indexed: see mayMatch in ./patterns.ts)
  const alts = e.alts;
  for (let k = 0; k < alts.length; k++) if (altMatches(alts[k], w)) return true;
  return false;
}

/**
 * Token indexes matched by each of `elements` starting at words[i], or null: an element with a gap
 * before it may skip up to `gap` words; words marked in `used` and words at or after `end` never match.
 */
export function matchElementsAt(
  elements: readonly Element[], words: readonly string[], i: number, used: ArrayLike<number | boolean>, end: number, gap = MAX_GAP,
): number[] | null {
  if (!elementMatches(elements[0], words[i])) return null;
  const at = [i];
  let pos = i;
  for (let k = 1; k < elements.length; k++) {
    const e = elements[k];
    const limit = e.gapBefore ? pos + gap + 1 : pos + 1;
    let found = -1;
    for (let j = pos + 1; j <= limit && j < end; j++) {
      if (!used[j] && elementMatches(e, words[j])) { found = j; break; }
    }
    if (found < 0) return null;
    at.push(found);
    pos = found;
  }
  return at;
}
