/**
 * Clause helpers of the quote rules over one document's working view (token ranges [a, b) into
 * doc.tokens): word counts, clause boundaries and starts, Konjunktiv, relative and subordinate
 * clauses, content ranges, and the noun phrases of attribution phrases.
 *
 * @example
 * const end = nextBoundary(cx, cueIndex, sentenceEnd); // the comma/colon/dash closing the cue clause
 */
import { isBoundary, isMark, konjAt, sameFirstChar, type QuoteContext } from './context.js';

/** Number of non-punctuation tokens in [a, b). */
export function words(cx: QuoteContext, a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) if (cx.tokens[i].kind !== 'punct') n++;
  return n;
}

/** Index of the first clause boundary in [i, to), or `to`. */
export function nextBoundary(cx: QuoteContext, i: number, to: number): number {
  while (i < to && !isBoundary(cx, i)) i++;
  return i;
}

/** Index just after the last clause boundary in [from, i), or `from`. */
export function clauseStart(cx: QuoteContext, i: number, from: number): number {
  for (let j = i - 1; j >= from; j--) if (isBoundary(cx, j)) return j + 1;
  return from;
}

/** True when [a, b) holds a Konjunktiv form outside quotes (mood II counts when `weak`). */
export function hasKonj(cx: QuoteContext, a: number, b: number, weak: boolean): boolean {
  for (let i = a; i < b; i++) {
    if (cx.inQuote[i] >= 0) continue;
    const m = konjAt(cx, i); // 1: mood I, 2: mood II
    if (m === 0) continue;
    // "als wäre", "als ob er hätte": a comparison, not reported speech
    if (m === 2 && i > 0 && (cx.low[i - 1] === 'als' || cx.low[i - 1] === 'ob')) continue;
    // "ich habe", "halte ich": first person singular forms are the same as the indicative
    if (m === 1 && (cx.low[i - 1] === 'ich' || cx.low[i + 1] === 'ich')) continue;
    if (m === 1 || (m === 2 && weak)) return true;
  }
  return false;
}

/**
 * True when a clause starting at i is a relative clause: a pronoun that opens one alone ("who"),
 * or one that is also an article right after a noun ("der dort …", not "der Plan …").
 */
export function relativeStart(cx: QuoteContext, i: number, to: number): boolean {
  const rel = cx.lx.relatives;
  if (rel.get(cx.low[i]) === 'opens') return true;
  // "…, nach denen …", "…, in dem …": a preposition before the relative pronoun
  if (cx.lx.words.get(cx.low[i]) === 'prep' && i + 1 < to && rel.get(cx.low[i + 1]) === 'after-noun' && i + 2 < to &&
    sameFirstChar(cx.tokens[i + 2].text, cx.low[i + 2])) return true;
  if (rel.get(cx.low[i]) !== 'after-noun') return false;
  // a relative clause attaches to a noun right before the comma and goes on in lower case
  let p = i - 1;
  while (p >= 0 && cx.tokens[p].kind === 'punct') p--;
  const before = p >= 0 ? cx.tokens[p].text : '';
  const n = i + 1 < to ? cx.tokens[i + 1].text : '';
  const capBefore = before !== '' && before[0] !== before[0].toLowerCase();
  return capBefore && !(n && n[0] !== n[0].toLowerCase());
}

/**
 * A word opening a subordinate clause: a subordinator, or in verb-second languages the
 * complementiser (a "dass" clause is verb-final; English "that" also opens relative and main
 * clauses, so it does not count there).
 */
export function subordinate(cx: QuoteContext, w: string): boolean {
  return cx.lx.subordinators.has(w) || (cx.lx.grammar.clauseOrder === 'verb-second' && cx.lx.complementisers.has(w));
}

/** End of the content that starts at `i`: the sentence end or a hard stop (semicolon, unpaired dash). */
export function contentEnd(cx: QuoteContext, i: number, to: number): number {
  return contentRanges(cx, i, to).reduce((e, r) => Math.max(e, r[1]), i);
}

/**
 * The content ranges from token `i` to the sentence end: a semicolon or an unpaired dash ends it,
 * a dash pair (– … –) is left out as a parenthesis, and ", sagte X" (a comma and a cue verb) ends it.
 */
export function contentRanges(cx: QuoteContext, i: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let start = i;
  for (let k = i; k < to; k++) {
    if (cx.inQuote[k] >= 0) continue;
    const t = cx.tokens[k].text;
    if (t === ';') { out.push([start, k]); return out; }
    if (t === '–' || t === '—' || t === '--') {
      let m = k + 1;
      while (m < to && !(cx.inQuote[m] < 0 && cx.tokens[m].text === t)) m++;
      out.push([start, k]);
      if (m >= to) return out;
      k = m;
      start = m + 1;
      continue;
    }
    if (t === ',' && k + 1 < to && cx.inQuote[k + 1] < 0 && cx.lx.verbs.has(cx.low[k + 1]) && k > i) { out.push([start, k]); return out; }
  }
  out.push([start, to]);
  return out;
}

/** Trims punctuation (not quote marks) off both ends of a token range. */
export function trim(cx: QuoteContext, a: number, b: number): [number, number] {
  while (a < b && cx.tokens[a].kind === 'punct' && !isMark(cx.tokens[a])) a++;
  while (b > a && cx.tokens[b - 1].kind === 'punct' && !isMark(cx.tokens[b - 1])) b--;
  return [a, b];
}

/** The noun phrase after an attribution phrase ("laut [dem Ministerium]"), as [from, to). */
export function sourcePhrase(cx: QuoteContext, i: number, to: number): [number, number] {
  const a = i;
  const nounShape = cx.lx.grammar.capitalisedNouns;
  while (i < to && i - a < 14) {
    const t = cx.tokens[i];
    if (t.kind === 'punct' && t.text !== '-' && t.text !== '.') break;
    if (cx.inQuote[i] >= 0) break;
    if (nounShape) {
      const c = cx.lx.words.get(cx.low[i]);
      const cap = t.text[0] !== t.text[0].toLowerCase();
      const next = i + 1 < to ? cx.tokens[i + 1].text : '';
      const adj = /(e|en|er|es|em)$/.test(cx.low[i]) && next && next[0] !== next[0].toLowerCase();
      if (!(cap || c === 'det' || adj || cx.low[i] === 'von' || cx.low[i] === 'vom' || cx.low[i] === 'aus' || t.kind === 'num')) break;
      if (cap && i > a && cx.lx.konjunktiv.has(cx.low[i])) break;
    } else if (cx.lx.verbs.has(cx.low[i]) && i > a) break;
    i++;
  }
  return [a, i];
}

/** The noun phrase right before "zufolge" ("dem Bericht zufolge"), back to the clause start. */
export function sourceBefore(cx: QuoteContext, i: number, from: number): [number, number] {
  let k = i;
  while (k > from) {
    const t = cx.tokens[k - 1];
    const c = cx.lx.words.get(cx.low[k - 1]);
    const cap = t.text[0] !== t.text[0].toLowerCase();
    const link = cx.low[k - 1] === 'von' || cx.low[k - 1] === 'vom' || cx.low[k - 1] === 'des' || cx.low[k - 1] === 'der';
    if (t.kind === 'punct' || !(cap || link || c === 'det' || /(e|en|er|es|em)$/.test(cx.low[k - 1]))) break;
    k--;
    // a genitive or "von" link continues to the noun before it ("Angaben des Instituts von X")
    const nounBefore = k > from && cx.tokens[k - 1].kind === 'word' && cx.tokens[k - 1].text[0] !== cx.low[k - 1][0];
    if (link ? !nounBefore : c === 'det') break;
  }
  return [k, i];
}

/** True when [x, y) reads as a clause, not a bare noun phrase: quoted, or with a lower-case non-adjective word. */
export function clauseLike(cx: QuoteContext, x: number, y: number): boolean {
  if (!cx.lx.grammar.capitalisedNouns) return true;
  for (let k = x; k < y; k++) {
    const t = cx.tokens[k];
    if (cx.inQuote[k] >= 0) return true;
    if (t.kind !== 'word' || t.text[0] !== cx.low[k][0] || cx.lx.words.has(cx.low[k])) continue;
    if (!/(e|en|er|es|em)$/.test(cx.low[k]) || cx.lx.konjunktiv.has(cx.low[k]) || cx.lx.verbs.has(cx.low[k])) return true;
    if (/(ieren|ern|eln)$/.test(cx.low[k]) || k === y - 1) return true;
  }
  return false;
}

/** A quoted name or title rather than words someone said: every word capitalised ("Omni-Sport", "Brandnew Oldies"). */
export function titleLike(cx: QuoteContext, x: number, y: number): boolean {
  let n = 0;
  for (let k = x; k < y; k++) {
    const t = cx.tokens[k];
    if (t.kind === 'punct') continue;
    if (sameFirstChar(t.text, cx.low[k]) && t.kind === 'word') return false;
    n++;
  }
  return n >= 1;
}

/** True when every Konjunktiv I form of [x, y) sits in a subordinate clause ("…, weil er … fühle"). */
export function subordinateOnly(cx: QuoteContext, x: number, y: number, weak = false): boolean {
  let sub = false;
  for (let k = x; k < y; k++) {
    if (k === x || isBoundary(cx, k - 1)) sub = subordinate(cx, cx.low[k]) || relativeStart(cx, k, y);
    const m = cx.lx.konjunktiv.get(cx.low[k]);
    if (cx.inQuote[k] < 0 && (m === 'I' || (weak && m === 'II')) && !sub) return false;
  }
  return true;
}

/** True when lower-cased word `w` occurs outside quotes in [x, y). */
export function hasWord(cx: QuoteContext, x: number, y: number, w: string): boolean {
  for (let k = x; k < y; k++) if (cx.low[k] === w && cx.inQuote[k] < 0) return true;
  return false;
}

/** True when a token of [x, y) lies in a quoted segment. */
export function hasQuoted(cx: QuoteContext, x: number, y: number): boolean {
  for (let k = x; k < y; k++) if (cx.inQuote[k] >= 0) return true;
  return false;
}
