/**
 * Offset helpers over the document's tokens and sentences (binary search, no text scans).
 *
 * @example
 * const i = tokenIndexAt(doc, mention.start); // index of the token the mention starts in
 */
import type { Doc, Token } from './doc.js';

/** Index of the first token whose end is after `offset` (the token at or after it), or tokens.length. */
export function tokenIndexAt(doc: Doc, offset: number): number {
  const t = doc.tokens;
  let lo = 0;
  let hi = t.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the sentence containing `offset`, or -1. */
export function sentenceIndexAt(doc: Doc, offset: number): number {
  const s = doc.sentences;
  let lo = 0;
  let hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid].end <= offset) lo = mid + 1;
    else if (s[mid].start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** The word token right before index `i` in the same sentence, or null. */
export function previousWord(doc: Doc, i: number): Token | null {
  const cur = doc.tokens[i];
  const prev = doc.tokens[i - 1];
  if (!prev || !cur || prev.sentence !== cur.sentence || prev.kind !== 'word') return null;
  return prev;
}
