/**
 * Finds the quote cues of a sentence: cue verbs (with their separable particle when the lexicon
 * asks for one: "stellte … fest" only counts when "fest" closes the clause) and attribution
 * phrases ("laut", "nach Angaben", "zufolge", "hieß es", "according to", "…, so der Minister").
 * Tokens inside quotation marks are never cues.
 *
 * @example
 * const cues = findCues(cx, from, to); // [{ from: 3, to: 4, particle: 9, kind: 'speech', ... }]
 */
import type { QuoteContext } from './context.js';
import { isBoundary, isMark, sameFirstChar } from './context.js';
import type { CueKind, PhraseRole } from './lexicon.js';

/** One cue occurrence; token indexes into doc.tokens. */
export interface Cue {
  from: number;
  to: number;
  /** token index of the separable particle, or -1 */
  particle: number;
  kind: CueKind | 'phrase';
  /** for phrases: where the source stands */
  role: PhraseRole | null;
}

function isCap(s: string): boolean {
  return s[0] !== undefined && s[0] !== s[0].toLowerCase();
}

/** Previous token index skipping closing quote marks. */
function prevReal(cx: QuoteContext, i: number, from: number): number {
  let j = i - 1;
  while (j >= from && isMark(cx.tokens[j])) j--;
  return j;
}

/** True when a phrase of `role` fits its context at tokens [i, j). */
function phraseFits(cx: QuoteContext, role: PhraseRole, i: number, j: number, from: number, to: number): boolean {
  const next = j < to ? cx.tokens[j] : null;
  const nextLow = j < to ? cx.low[j] : '';
  const nextClass = cx.lx.words.get(nextLow);
  switch (role) {
    case 'source-after':
      // "laut X": X follows (a determiner or a capitalised noun; without capitalised nouns: anything but punctuation)
      return !!next && next.kind !== 'punct' && (!cx.lx.grammar.capitalisedNouns || nextClass === 'det' || isCap(next.text) || j - i > 1);
    case 'source-before':
      return j - 1 > from;
    case 'so': {
      const p = prevReal(cx, i, from);
      if (p < from || cx.tokens[p].text !== ',' || !next || next.kind === 'punct') return false;
      if (!(nextClass === 'det' || nextClass === 'pronoun' || isCap(next.text))) return false;
      let k = j;
      while (k < to && !isBoundary(cx, k) && cx.tokens[k].text !== '.') k++;
      return k - j <= 12;
    }
    case 'lead':
      return i === from && !!next && next.kind === 'word';
    case 'noun':
      // a quote noun: "die Behauptung, …" / "the claim that …"
      if (cx.lx.grammar.capitalisedNouns && !isCap(cx.tokens[j - 1].text)) return false;
      if (cx.lx.grammar.clauseOrder === 'verb-second') return !!next && (next.text === ',' || next.text === ':');
      return cx.lx.complementisers.has(nextLow);
    default:
      return true;
  }
}

/**
 * End token of phrase `words` matched at token i (lower-cased, outside quotes), or -1. A '*'
 * matches up to two lower-case words (articles, adjectives: "nach ersten Angaben").
 */
function matchPhrase(cx: QuoteContext, words: string[], i: number, to: number): number {
  let k = i;
  for (let w = 0; w < words.length; w++) {
    if (words[w] === '*') {
      const want = words[w + 1];
      let skip = 0;
      while (skip < 2 && k + skip < to && cx.low[k + skip] !== want && cx.tokens[k + skip].kind === 'word' &&
        sameFirstChar(cx.tokens[k + skip].text, cx.low[k + skip])) skip++;
      k += skip;
      continue;
    }
    if (k >= to || cx.low[k] !== words[w] || cx.inQuote[k] >= 0) return -1;
    k++;
  }
  return k;
}

/** Cues of tokens [from, to) (one sentence), in text order. */
export function findCues(cx: QuoteContext, from: number, to: number): Cue[] {
  const out: Cue[] = [];
  const { lx, low, tokens } = cx;
  for (let i = from; i < to; i++) {
    if (cx.inQuote[i] >= 0 || tokens[i].kind !== 'word') continue;
    const entry = lx.cueWords.get(low[i]);
    if (entry === undefined) continue; // neither a phrase start nor a cue verb (most words)
    const phrases = entry.phrases;
    let matched = false;
    if (phrases) {
      for (let n = 0; n < phrases.length; n++) {
        const ph = phrases[n];
        const j = matchPhrase(cx, ph.words, i, to);
        if (j < 0 || !phraseFits(cx, ph.role, i, j, from, to)) continue;
        out.push({ from: i, to: j, particle: -1, kind: 'phrase', role: ph.role });
        i = j - 1;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    const readings = entry.verbs;
    if (!readings) continue;
    const p = prevReal(cx, i, from);
    // a noun, not a verb: capitalised after a word ("die Aussage"), else after a determiner ("the call")
    if (lx.grammar.capitalisedNouns ? isCap(tokens[i].text) && p >= from && tokens[p].kind === 'word' : p >= from && lx.words.get(low[p]) === 'det') continue;
    for (let n = 0; n < readings.length; n++) {
      const r = readings[n];
      if (!r.particle) {
        out.push({ from: i, to: i + 1, particle: -1, kind: r.kind, role: null });
        break;
      }
      // old split spelling at the end of a subordinate clause: "wie die Firma bekannt gab"
      if (lx.grammar.clauseOrder === 'verb-second' && p >= from && low[p] === r.particle && cx.inQuote[p] < 0 && (i + 1 >= to || tokens[i + 1].kind === 'punct')) {
        out.push({ from: p, to: i + 1, particle: -1, kind: r.kind, role: null });
        break;
      }
      let k = i + 1;
      let found = -1;
      for (; k < to && k < i + 40; k++) {
        if (cx.inQuote[k] >= 0) continue;
        if (low[k] === r.particle && (k === i + 1 || k + 1 >= to || tokens[k + 1].kind === 'punct')) {
          found = k;
          break;
        }
        if (tokens[k].text === ':' || tokens[k].text === ';' || low[k] === 'dass' || low[k] === 'that') break;
      }
      if (found >= 0) {
        out.push({ from: i, to: i + 1, particle: found, kind: r.kind, role: null });
        break;
      }
    }
  }
  return out;
}
