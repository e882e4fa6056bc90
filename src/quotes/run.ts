/**
 * The state of one pass of the quote rules over a document: the drafts made so far, which tokens
 * they claimed, the last draft (whose speaker later sentences may carry on), and the sentence
 * being read ([a, b) token range, `floor` = where content before a cue may start). The rules
 * (src/quotes/rules/) read and extend it; `emit` turns token ranges into a draft.
 *
 * @example
 * const run = new QuoteRun(quoteContext(doc));
 * run.emit({ type: 'indirect', ranges: [[3, 9]], cue, speaker: null, actor: null, sentence: 0, at: 2 });
 */
import type { Quote, QuoteType, Span, TextSpan } from '../contract/schema.js';
import type { Doc } from '../doc/doc.js';
import type { QuoteContext } from './context.js';
import type { Cue } from './cues.js';
import { titleLike, trim, words } from './clause.js';
import { findSpeaker, phraseSpan, resolveSpeaker, type SpeakerPhrase } from './speaker.js';

/** A quote under construction; token ranges into doc.tokens. */
export interface Draft {
  type: QuoteType;
  ranges: [number, number][];
  cue: Cue | null;
  speaker: Span | null;
  actor: string | null;
  via?: Span;
  addressee?: Span;
  sentence: number;
  at: number;
  /** the rule that made it (a cue reading, a sentence rule; "/verbatim" for the direct fragments of a quote) */
  rule: string;
}

/** A speaker span with its actor. */
export interface SpeakerOf {
  span: Span | null;
  actor: string | null;
}

export class QuoteRun {
  readonly doc: Doc;
  readonly claimed: Uint8Array;
  readonly drafts: Draft[] = [];
  last: Draft | null = null;
  /** the sentence being read: its index and token range [a, b) */
  si = 0;
  a = 0;
  b = 0;
  /** content before a cue never reaches back past an earlier quote of this sentence */
  floor = 0;
  /** number of drafts when the sentence began: the uncued rules act only on a sentence still without a quote */
  before = 0;
  /** the cues of the sentence, and the attribution phrases that only relay a verb's statement */
  cues: Cue[] = [];
  readonly viaCues = new Set<Cue>();

  constructor(readonly cx: QuoteContext) {
    this.doc = cx.doc;
    this.claimed = new Uint8Array(cx.tokens.length);
  }

  claim(a: number, b: number): void {
    this.claimed.fill(1, a, b);
  }

  /** True when no draft claimed a token of [a, b). */
  free(a: number, b: number): boolean {
    for (let i = a; i < b; i++) if (this.claimed[i]) return false;
    return true;
  }

  /** Grows a token range to cover the quoted segments it touches. */
  grow(a: number, b: number): [number, number] {
    const cx = this.cx;
    if (b <= a) return [a, b];
    const s1 = cx.inQuote[a];
    const s2 = cx.inQuote[b - 1];
    if (s1 >= 0) while (a > 0 && cx.inQuote[a - 1] === s1) a--;
    if (s2 >= 0) while (b < cx.tokens.length && cx.inQuote[b] === s2) b++;
    return [a, b];
  }

  speakerOf(p: SpeakerPhrase | null): SpeakerOf {
    if (!p) return { span: null, actor: null };
    const last = this.last;
    return { span: phraseSpan(this.cx, p), actor: resolveSpeaker(this.cx, p, last ? { actor: last.actor, at: last.at } : null) };
  }

  /**
   * Source of an uncued reported sentence: the subject of the sentence before, in the same
   * paragraph ("Der Bericht schildert … . X sei …"); else the speaker and actor given.
   */
  subjectBefore(si: number, span: Span | null, actor: string | null): SpeakerOf {
    const { doc, cx } = this;
    if (si > 0 && !doc.sentences[si - 1].header && doc.sentences[si - 1].paragraph === doc.sentences[si].paragraph) {
      const p = findSpeaker(cx, cx.sentTok[si - 1][0], cx.sentTok[si - 1][1], 'first');
      if (p) return this.speakerOf(p);
    }
    return { span, actor };
  }

  /** The first person mention outside quotes in tokens [x, y), as a speaker phrase. */
  personIn(x: number, y: number): SpeakerPhrase | null {
    const cx = this.cx;
    for (let k = x; k < y; k++) {
      const m = cx.mentionAt[k];
      if (m < 0 || cx.inQuote[k] >= 0 || this.doc.mentions[m].type !== 'PER') continue;
      let j = k;
      while (j < y && cx.mentionAt[j] === m) j++;
      return { from: k, to: j, mention: m, pronoun: false, relative: false };
    }
    return null;
  }

  /** Index of the first token of this sentence starting at or after `offset`, else b. */
  tokenAt(offset: number): number {
    for (let k = this.a; k < this.b; k++) if (this.cx.tokens[k].start >= offset) return k;
    return this.b;
  }

  /**
   * Makes a draft of token ranges (grown over touched quoted segments, trimmed of punctuation);
   * mostly quoted content is direct, partly quoted indirect content mixed. In a language with a
   * reported-speech mood the verbatim fragments of a mixed or reported quote are direct quotes too.
   */
  emit(d: Draft): void {
    const { cx } = this;
    const ranges: [number, number][] = [];
    // (indexed loops: a for-of not yet optimised allocates an iterator and a result per step)
    for (let k = 0; k < d.ranges.length; k++) {
      // (no array destructuring either: it steps an iterator too)
      const g = this.grow(d.ranges[k][0], d.ranges[k][1]);
      const t = trim(cx, g[0], g[1]);
      const a = t[0];
      const b = t[1];
      if (b > a && words(cx, a, b) > 0) ranges.push([a, b]);
    }
    if (!ranges.length || words(cx, ranges[0][0], ranges[ranges.length - 1][1]) < 2) return;
    for (let k = 0; k < ranges.length; k++) this.claim(ranges[k][0], ranges[k][1]);
    let inQ = 0;
    let all = 0;
    for (let k = 0; k < ranges.length; k++) {
      const a = ranges[k][0];
      const b = ranges[k][1];
      for (let i = a; i < b; i++) {
        if (cx.tokens[i].kind === 'punct') continue;
        all++;
        if (cx.inQuote[i] >= 0) inQ++;
      }
    }
    let type = d.type;
    if (inQ >= 0.8 * all) type = 'direct';
    else if (inQ > 0 && (type === 'indirect' || type === 'free-indirect')) type = 'mixed';
    const draft = { ...d, ranges, type };
    this.drafts.push(draft);
    this.last = draft;
    if (type !== 'direct' && inQ > 0 && cx.lx.grammar.reportedMood) {
      for (let k = 0; k < ranges.length; k++) {
        const a = ranges[k][0];
        const b = ranges[k][1];
        for (let i = a; i < b; i++) {
          const sg = cx.inQuote[i];
          if (sg < 0) continue;
          let j = i;
          while (j < b && cx.inQuote[j] === sg) j++;
          if (words(cx, i, j) > 0 && (!titleLike(cx, i, j) || (d.cue?.kind === 'name' && words(cx, i, j) === 1))) this.drafts.push({ ...d, type: 'direct', ranges: [[i, j]], rule: `${d.rule}/verbatim` });
          i = j - 1;
        }
      }
    }
  }

  /** Emits and returns the token index after the new quote, or 0 when none came out. */
  emitAfter(d: Draft): number {
    const n = this.drafts.length;
    this.emit(d);
    return this.drafts.length > n ? Math.max(...d.ranges.map((r) => r[1])) + 1 : 0;
  }

  /** Adds sentence [a, b) to a run of Konjunktiv sentences (one quote); its verbatim fragments become direct quotes. */
  extendRun(prev: Draft): void {
    const { cx, a, b } = this;
    prev.ranges.push([a, b]);
    prev.sentence = this.si;
    this.claim(a, b);
    for (let i = a; i < b; i++) {
      const sg = cx.inQuote[i];
      if (sg < 0) continue;
      let j = i;
      while (j < b && cx.inQuote[j] === sg) j++;
      if (prev.type === 'free-indirect') prev.type = 'mixed';
      if (cx.lx.grammar.reportedMood && words(cx, i, j) > 0 && !titleLike(cx, i, j)) this.drafts.push({ ...prev, type: 'direct', ranges: [[i, j]], rule: `${prev.rule}/verbatim` });
      i = j - 1;
    }
  }
}

/** A span with its text (a module function: no closure per quote). */
function textSpan(text: string, s: Span): TextSpan {
  return { start: s.start, end: s.end, text: text.slice(s.start, s.end) };
}

/** Contract quote of a draft. */
export function toQuote(cx: QuoteContext, d: Draft, k: number): Quote {
  const text = cx.doc.text;
  const spans = d.ranges.map(([a, b]) => ({ start: cx.tokens[a].start, end: cx.tokens[b - 1].end }));
  let cue: TextSpan | null = null;
  if (d.cue) {
    const c = d.cue;
    const start = cx.tokens[c.from].start;
    const endTok = c.particle >= 0 ? c.particle : c.to - 1;
    const words = cx.tokens.slice(c.from, c.to).map((t) => t.text).join(' ');
    cue = { start, end: cx.tokens[endTok].end, text: c.particle >= 0 ? `${words} … ${cx.tokens[c.particle].text}` : text.slice(start, cx.tokens[endTok].end) };
  }
  const q: Quote = {
    id: `q${k + 1}`,
    type: d.type,
    spans,
    text: spans.map((s) => text.slice(s.start, s.end)).join(' … '),
    cue,
    speaker: d.speaker ? textSpan(text, d.speaker) : null,
    speakerActor: d.actor,
  };
  if (d.via) q.via = textSpan(text, d.via);
  if (d.addressee) q.addressee = textSpan(text, d.addressee);
  return q;
}
