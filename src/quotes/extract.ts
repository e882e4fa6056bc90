/**
 * The quote rules: direct, indirect, mixed, reported and free-indirect quotes of a document with
 * cue, speaker and speaker actor. Sentences are read in order; for each cue (cues.ts) the clause
 * around it decides where the content is:
 * - content after the cue clause: "X sagte, (dass) …", "X said (that) …", "X sagte: „…“";
 * - content before it: "„…“, sagte X.", "…, X said.", "…, wie X mitteilte.", "…, so X.";
 * - around an attribution phrase: "Laut X …", "… nach Angaben von X …", "according to X";
 * - a speech act with its object: "X forderte die Regierung auf, …", "X warnte vor …" (reported);
 * - German sentences in Konjunktiv without a cue right after a quote carry on its speaker
 *   (free-indirect); quoted segments left over take the speaker of the quote before them.
 * Content that touches a quoted segment grows to cover all of it (multi-sentence quotes); a
 * content mostly in quotation marks is direct, partly quoted is mixed.
 *
 * @example
 * const quotes = extractQuotes(doc); // Quote[] (contract shape plus optional via/addressee)
 */
import type { Quote, QuoteType, Span, TextSpan } from '../contract/schema.js';
import type { Doc } from '../doc/doc.js';
import { isBoundary, isMark, konjAt, quoteContext, type QuoteContext } from './context.js';
import { findCues, type Cue } from './cues.js';
import { documentIn, findSpeaker, mentionIn, phraseSpan, resolveSpeaker, type SpeakerPhrase } from './speaker.js';

/** A quote under construction; token ranges into doc.tokens. */
interface Draft {
  type: QuoteType;
  ranges: [number, number][];
  cue: Cue | null;
  speaker: Span | null;
  actor: string | null;
  via?: Span;
  addressee?: Span;
  sentence: number;
  at: number;
}

/** How many sentences after a quote a main clause with "soll" still continues it. */
const SOLL_REACH = 2;

function words(cx: QuoteContext, a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) if (cx.tokens[i].kind !== 'punct') n++;
  return n;
}

/** Index of the first clause boundary in [i, to), or `to`. */
function nextBoundary(cx: QuoteContext, i: number, to: number): number {
  while (i < to && !isBoundary(cx, i)) i++;
  return i;
}

/** Index just after the last clause boundary in [from, i), or `from`. */
function clauseStart(cx: QuoteContext, i: number, from: number): number {
  for (let j = i - 1; j >= from; j--) if (isBoundary(cx, j)) return j + 1;
  return from;
}

/** True when [a, b) holds a Konjunktiv form outside quotes (mood II counts when `weak`). */
function hasKonj(cx: QuoteContext, a: number, b: number, weak: boolean): boolean {
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
function relativeStart(cx: QuoteContext, i: number, to: number): boolean {
  const rel = cx.lx.relatives;
  if (rel.get(cx.low[i]) === 'opens') return true;
  // "…, nach denen …", "…, in dem …": a preposition before the relative pronoun
  if (cx.lx.words.get(cx.low[i]) === 'prep' && i + 1 < to && rel.get(cx.low[i + 1]) === 'after-noun' && i + 2 < to &&
    cx.tokens[i + 2].text[0] === cx.low[i + 2][0]) return true;
  if (rel.get(cx.low[i]) !== 'after-noun') return false;
  // a relative clause attaches to a noun right before the comma and goes on in lower case
  let p = i - 1;
  while (p >= 0 && cx.tokens[p].kind === 'punct') p--;
  const before = p >= 0 ? cx.tokens[p].text : '';
  const n = i + 1 < to ? cx.tokens[i + 1].text : '';
  const capBefore = before !== '' && before[0] !== before[0].toLowerCase();
  return capBefore && !(n && n[0] !== n[0].toLowerCase());
}

/** End of the content that starts at `i`: the sentence end or a hard stop (semicolon, unpaired dash). */
function contentEnd(cx: QuoteContext, i: number, to: number): number {
  return contentRanges(cx, i, to).reduce((e, r) => Math.max(e, r[1]), i);
}

/**
 * The content ranges from token `i` to the sentence end: a semicolon or an unpaired dash ends it,
 * a dash pair (– … –) is left out as a parenthesis, and ", sagte X" (a comma and a cue verb) ends it.
 */
function contentRanges(cx: QuoteContext, i: number, to: number): [number, number][] {
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
function trim(cx: QuoteContext, a: number, b: number): [number, number] {
  while (a < b && cx.tokens[a].kind === 'punct' && !isMark(cx.tokens[a])) a++;
  while (b > a && cx.tokens[b - 1].kind === 'punct' && !isMark(cx.tokens[b - 1])) b--;
  return [a, b];
}

/** The noun phrase after an attribution phrase ("laut [dem Ministerium]"), as [from, to). */
function sourcePhrase(cx: QuoteContext, i: number, to: number): [number, number] {
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

/** Builds the quotes of a document (see module comment). */
export function extractQuotes(doc: Doc): Quote[] {
  if (!doc.tokens.length || !doc.sentences.length) return [];
  const cx = quoteContext(doc);
  const g = cx.lx.grammar;
  /** verb-second clauses: the subject may follow the verb, content needs an opener (German) */
  const v2 = g.clauseOrder === 'verb-second';
  /**
   * A word opening a subordinate clause: a subordinator, or in verb-second languages the
   * complementiser (a "dass" clause is verb-final; English "that" also opens relative and main
   * clauses, so it does not count there).
   */
  const subordinate = (w: string) => cx.lx.subordinators.has(w) || (v2 && cx.lx.complementisers.has(w));
  const claimed = new Uint8Array(cx.tokens.length);
  const drafts: Draft[] = [];
  let last: Draft | null = null;

  const claim = (a: number, b: number) => claimed.fill(1, a, b);
  const free = (a: number, b: number) => {
    for (let i = a; i < b; i++) if (claimed[i]) return false;
    return true;
  };
  /** grows a token range to cover the quoted segments it touches */
  const grow = (a: number, b: number): [number, number] => {
    if (b <= a) return [a, b];
    const s1 = cx.inQuote[a];
    const s2 = cx.inQuote[b - 1];
    if (s1 >= 0) while (a > 0 && cx.inQuote[a - 1] === s1) a--;
    if (s2 >= 0) while (b < cx.tokens.length && cx.inQuote[b] === s2) b++;
    return [a, b];
  };
  const speakerOf = (p: SpeakerPhrase | null): { span: Span | null; actor: string | null } => {
    if (!p) return { span: null, actor: null };
    return { span: phraseSpan(cx, p), actor: resolveSpeaker(cx, p, last ? { actor: last.actor, at: last.at } : null) };
  };
  /**
   * Source of an uncued reported sentence: the subject of the sentence before, in the same
   * paragraph ("Der Bericht schildert … . X sei …"); else the speaker and actor given.
   */
  const subjectBefore = (si: number, span: Span | null, actor: string | null): { span: Span | null; actor: string | null } => {
    if (si > 0 && !doc.sentences[si - 1].header && doc.sentences[si - 1].paragraph === doc.sentences[si].paragraph) {
      const p = findSpeaker(cx, cx.sentTok[si - 1][0], cx.sentTok[si - 1][1], 'first');
      if (p) return speakerOf(p);
    }
    return { span, actor };
  };
  const emit = (d: Omit<Draft, 'ranges'> & { ranges: [number, number][] }) => {
    const ranges: [number, number][] = [];
    for (const [a0, b0] of d.ranges) {
      const [a1, b1] = grow(a0, b0);
      const [a, b] = trim(cx, a1, b1);
      if (b > a && words(cx, a, b) > 0) ranges.push([a, b]);
    }
    if (!ranges.length || words(cx, ranges[0][0], ranges[ranges.length - 1][1]) < 2) return;
    for (const [a, b] of ranges) claim(a, b);
    let inQ = 0;
    let all = 0;
    for (const [a, b] of ranges) {
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
    drafts.push(draft);
    last = draft;
    // the verbatim fragments of a mixed or reported quote are direct quotes of their own
    if (type !== 'direct' && inQ > 0 && g.reportedMood) {
      for (const [a, b] of ranges) {
        for (let i = a; i < b; i++) {
          const sg = cx.inQuote[i];
          if (sg < 0) continue;
          let j = i;
          while (j < b && cx.inQuote[j] === sg) j++;
          if (words(cx, i, j) > 0 && (!titleLike(i, j) || (d.cue?.kind === 'name' && words(cx, i, j) === 1))) drafts.push({ ...d, type: 'direct', ranges: [[i, j]] });
          i = j - 1;
        }
      }
    }
  };

  // per-sentence state, shared by the rule functions below (declared once per document)
  let si = 0;
  let a = 0;
  let b = 0;
  let floor = 0; // content before a cue never reaches back past an earlier quote of this sentence
  let cues: Cue[] = [];
  const viaCues = new Set<Cue>();

  /** Applies one cue; returns the token index after its quote, or 0 when none came out. */
  function applyCue(cue: Cue): number {
    const cueEnd = Math.max(cue.to, cue.particle + 1);
    const clStart = clauseStart(cx, cue.from, a);
    const clEnd = nextBoundary(cx, cueEnd, b);
    const bound = clEnd < b ? cx.tokens[clEnd].text : '';
    // attribution phrases in the pre-part relay the statement (kept as `via`)
    let via: Span | undefined;
    let preFrom = clStart;
    for (const other of cues) {
      if (other === cue || other.kind !== 'phrase' || other.role !== 'source-after') continue;
      if (other.from >= clStart && other.to <= cue.from) {
        const [s0, s1] = sourcePhrase(cx, other.to, cue.from);
        via = { start: cx.tokens[other.from].start, end: cx.tokens[Math.max(s1, other.to) - 1].end };
        viaCues.add(other);
        preFrom = Math.max(preFrom, s1, s0);
      }
    }
    const nextTok = clEnd + 1;
    const afterEnd = contentEnd(cx, nextTok, b);
    const hasAfter = bound !== '' && bound !== ';' && bound !== '–' && bound !== '—' && words(cx, nextTok, afterEnd) >= 2;
    const prevFrom = floor;
    const prevBound = clStart > a ? (isMark(cx.tokens[clStart - 1]) ? ',' : cx.tokens[clStart - 1].text) : '';
    const beforeWords = clStart > prevFrom ? words(cx, prevFrom, clStart - 1) : 0;
    const beforeOk = (prevBound === ',' || prevBound === ':' || prevBound === '–' || prevBound === ';') && beforeWords >= 2 &&
      !(cx.lx.subordinators.has(cx.low[prevFrom]) && !hasKonj(cx, prevFrom, clStart, false));

    if (cue.kind === 'phrase') return applyPhrase(cue, clStart, clEnd, hasAfter, beforeOk, via);
    // a verb in an adverbial clause ("Als wollte er dies bestätigen, …") introduces nothing
    if (subordinate(cx.low[clStart])) return 0;
    // nor a generic "man" with an infinitive ("kann man sagen, dass …")
    if (v2 && cx.low[cue.from].endsWith('en')) for (let k = clStart; k < clEnd; k++) if (cx.lx.words.get(cx.low[k]) === 'generic') return 0;
    // nor one in a relative clause ("…, in dem er geurteilt hat, ob …")
    if (v2 && clStart > a && (relativeStart(cx, clStart, b) || (cx.lx.words.get(cx.low[clStart]) === 'prep' && relativeStart(cx, clStart + 1, b)))) return 0;
    // nor a passive participle ("wird auf 400.000 geschätzt")
    if (g.passiveParticiple(cx.low[cue.from]) && cue.kind !== 'impersonal' && !cx.lx.contentOpeners.has(cx.low[clEnd + 1] ?? '')) {
      for (let k = clStart; k < cue.from; k++) if (cx.lx.passiveAux.has(cx.low[k])) return 0;
    }
    // nor does a participle clause opening the sentence ("Asked about it, …")
    if (cue.from === a && clEnd < b && cx.tokens[clEnd].text === ',' && g.openingParticiple(cx.low[cue.from])) return 0;

    const next = nextTok < b ? cx.low[nextTok] : '';
    const nextClauseEnd = nextBoundary(cx, nextTok, b);
    let pattern: 'A' | 'B' | 'R' | 'P' | null = null;
    let contentFrom = nextTok;
    if (v2) {
      const strong = hasAfter && (bound === ':' || cx.lx.contentOpeners.has(next) || cx.inQuote[nextTok] >= 0 || next === 'zu' ||
        ((hasKonj(cx, nextTok, nextClauseEnd, true) || hasKonj(cx, nextTok, afterEnd, false)) && !relativeStart(cx, nextTok, b)));
      const weak = hasAfter && !relativeStart(cx, nextTok, b) && (clStart === a || cue.kind === 'act' || cueEnd === clEnd);
      // content before only for an inverted cue clause: "…, sagte X." / "…, wie X sagte."
      const inverted = cue.from === clStart || (cx.low[clStart] === 'wie' && clEnd - cueEnd <= 1);
      const anaphor = clStart === a && cue.from === a + 1 && (cx.low[a] === 'das' || cx.low[a] === 'dies') &&
        (bound === '' || cx.lx.relatives.has(next));
      const opens = hasAfter && (bound === ':' || cx.lx.contentOpeners.has(next) || cx.inQuote[nextTok] >= 0);
      // a later ", dass …" after an apposition or relative clause ("erklärte der Eigentümer, das …, dass …")
      let dassAt = -1;
      if (!strong && (cue.kind === 'speech' || cue.kind === 'thought')) {
        for (let k = nextTok; k < b - 1; k++) {
          if (cx.tokens[k].text === ';' || (cx.lx.verbs.has(cx.low[k]) && cx.inQuote[k] < 0)) break;
          if (isBoundary(cx, k) && cx.lx.complementisers.has(cx.low[k + 1])) { dassAt = k + 1; break; }
        }
      }
      // both sides could be the content: the side in Konjunktiv or quotation marks wins
      const beforeSpeech = beforeOk && (hasKonj(cx, prevFrom, clStart, true) || hasQuoted(prevFrom, clStart));
      const preferA = (!strong || (beforeSpeech && !hasKonj(cx, nextTok, nextClauseEnd, false))) && clauseLike(prevFrom, clStart - 1);
      // "Hans Muster, der dort arbeitet, wies … zurück": a relative clause right before the cue is no content
      const lastPre = clStart > prevFrom + 1 ? clauseStart(cx, clStart - 1, prevFrom) : prevFrom;
      const relBefore = lastPre > prevFrom && relativeStart(cx, lastPre, clStart);
      if (beforeOk && inverted && !opens && preferA && !relBefore && !(hasAfter && cue.kind === 'act' && cue.particle >= 0)) pattern = 'A';
      else if (anaphor && cx.lx.relatives.has(next) && si > 0 && !doc.sentences[si - 1].header) pattern = 'P';
      else if (strong) pattern = 'B';
      else if (dassAt >= 0) {
        pattern = 'B';
        contentFrom = dassAt;
      } else if (weak) pattern = 'B';
      else if (anaphor && si > 0 && !doc.sentences[si - 1].header) pattern = 'P';
      // a reported speech act without a content clause ("X warnte vor Y"); plain speech verbs need content
      else if ((cue.kind === 'act' || cue.kind === 'cite' || (cue.kind === 'speech' && (cue.particle >= 0 || cx.low[cue.to] === 'von' || cx.low[cue.to] === 'auf' || hasWord(cue.to, clEnd, 'mit'))) || ((cue.kind === 'name' || cue.kind === 'speech') && hasWord(clStart, clEnd, 'als')) || (cue.kind === 'name' && hasQuoted(cue.to, clEnd))) && clEnd - cue.to - (cue.particle >= 0 ? 1 : 0) >= 2) pattern = 'R';
    } else {
      let that = -1;
      for (let k = cueEnd; k < Math.min(b, cueEnd + 8); k++) {
        if (cx.lx.complementisers.has(cx.low[k]) && cx.inQuote[k] < 0) { that = k; break; }
        if (isBoundary(cx, k) || cx.tokens[k].text === '.') break;
      }
      const rest = words(cx, cueEnd, clEnd);
      if (that >= 0 && words(cx, that + 1, b) >= 2) {
        pattern = 'B';
        contentFrom = that + 1;
      } else if (beforeOk && rest <= 5) pattern = 'A';
      else if (hasAfter && (bound === ':' || cx.inQuote[nextTok] >= 0) && rest <= 4) pattern = 'B';
      else if (rest >= 2 && (cue.kind === 'speech' || cue.kind === 'thought' || cue.kind === 'evidence')) {
        pattern = 'B';
        contentFrom = cueEnd;
      } else if (rest >= 1) {
        pattern = 'R';
      }
    }
    if (!pattern) return 0;
    // speaker: verb-second puts it before the verb or right after it; subject-verb before (or "said X")
    const pre = findSpeaker(cx, preFrom, cue.from, 'last');
    const postFrom = cue.to;
    const postTo = cue.particle >= 0 ? cue.particle : pattern === 'B' && contentFrom === cueEnd ? cueEnd : clEnd;
    const post = findSpeaker(cx, postFrom, postTo, 'first');
    let sp: SpeakerPhrase | null;
    if (v2) {
      sp = pattern === 'A' || pattern === 'P' || cue.kind === 'cite' ? (post ?? pre) : (pre ?? post);
      // "Hans Muster, der dort arbeitet, wies den Vorwurf zurück": the verb opens its clause after a
      // relative clause or apposition; the subject stands before them, not after the verb
      if (!pre && (pattern === 'R' || pattern === 'B') && cue.from === clStart && clStart > floor) {
        const head = findSpeaker(cx, floor, clStart - 1, 'first');
        if (head && head.mention >= 0) sp = head;
      }
      // "Ein Sprecher der Polizei, Lars Beringer, sagte, …": the speaker stands before the apposition comma
      if (!sp && clStart > floor && pattern !== 'A') sp = findSpeaker(cx, floor, clStart - 1, 'first');
    } else sp = pre ?? (cx.low[cue.from].endsWith('ing') && clStart > a ? findSpeaker(cx, floor, clStart, 'first') : null) ?? post;
    if (cue.kind === 'impersonal' && sp && sp.mention < 0) sp = null;
    if (cue.kind === 'impersonal' && !sp && v2) sp = documentIn(cx, clStart, clEnd);
    let addressee: Span | undefined;
    const addrAt = v2 ? findWord(cueEnd, clEnd, 'gegenüber') : (cx.low[cue.from].startsWith('tel') || cx.low[cue.from] === 'told') ? cueEnd - 1 : -1;
    if (addrAt >= 0) {
      const ad = findSpeaker(cx, addrAt + 1, pattern === 'B' && contentFrom > addrAt ? Math.min(contentFrom, clEnd) : clEnd, 'first');
      if (ad && ad !== sp && !(sp && ad.from === sp.from)) addressee = phraseSpan(cx, ad);
    }
    let ranges: [number, number][];
    let type: QuoteType = 'indirect';
    if (pattern === 'A') {
      ranges = [[prevFrom, clStart - 1]];
    } else if (pattern === 'P') {
      // "Das berichtete X.": the sentence before is the content
      const [pa, pb] = cx.sentTok[si - 1];
      ranges = [[pa, pb]];
    } else if (pattern === 'B') {
      if (contentFrom === cueEnd && sp && sp.from >= cueEnd) contentFrom = sp.to;
      // English "X told reporters that …": the addressee is not content
      if (addressee) {
        const ai = tokenAt(addressee.end);
        if (ai > contentFrom && ai < b) contentFrom = ai;
      }
      if (cx.lx.subordinators.has(cx.low[contentFrom]) && cue.kind !== 'act') return 0;
      if (cx.low[contentFrom] === 'so' && cx.low[contentFrom + 1] === 'dass') return 0; // a consequence, not speech
      ranges = contentRanges(cx, contentFrom, b);
      const end = ranges[ranges.length - 1][1];
      if (cue.kind === 'act' && !hasKonj(cx, contentFrom, end, false) && !cx.lx.contentOpeners.has(cx.low[contentFrom])) type = 'reported';
    } else if (v2) {
      // a verb-second reported speech act is reported with its whole sentence ("X warnte vor Y, die …")
      ranges = [[floor, b]];
      type = 'reported';
    } else {
      let from = cueEnd;
      if (sp && sp.from >= cueEnd) from = sp.to;
      const parts: [number, number][] = [];
      for (let k = from; k < clEnd; k++) if (k === cue.particle) { parts.push([from, k]); from = k + 1; }
      parts.push([from, clEnd]);
      ranges = parts.filter(([x, y]) => y > x);
      type = 'reported';
    }
    if (!ranges.length || !ranges.every(([x, y]) => free(x, y))) return 0;
    const { span, actor } = speakerOf(sp);
    const n = drafts.length;
    emit({ type, ranges, cue, speaker: span, actor, via, addressee, sentence: si, at: cue.from });
    return drafts.length > n ? Math.max(...ranges.map((r) => r[1])) + 1 : 0;
  }

  /** The first person mention outside quotes in tokens [x, y), as a speaker phrase. */
  function personIn(x: number, y: number): SpeakerPhrase | null {
    for (let k = x; k < y; k++) {
      const m = cx.mentionAt[k];
      if (m < 0 || cx.inQuote[k] >= 0 || doc.mentions[m].type !== 'PER') continue;
      let j = k;
      while (j < y && cx.mentionAt[j] === m) j++;
      return { from: k, to: j, mention: m, pronoun: false, relative: false };
    }
    return null;
  }

  /** True when [x, y) reads as a clause, not a bare noun phrase: quoted, or with a lower-case non-adjective word. */
  function clauseLike(x: number, y: number): boolean {
    if (!g.capitalisedNouns) return true;
    for (let k = x; k < y; k++) {
      const t = cx.tokens[k];
      if (cx.inQuote[k] >= 0) return true;
      if (t.kind !== 'word' || t.text[0] !== cx.low[k][0] || cx.lx.words.has(cx.low[k])) continue;
      if (!/(e|en|er|es|em)$/.test(cx.low[k]) || cx.lx.konjunktiv.has(cx.low[k]) || cx.lx.verbs.has(cx.low[k])) return true;
      if (/(ieren|ern|eln)$/.test(cx.low[k]) || k === y - 1) return true;
    }
    return false;
  }

  /** Adds sentence [a, b) to a run of Konjunktiv sentences (one quote); its verbatim fragments become direct quotes. */
  function extendRun(prev: Draft): void {
    prev.ranges.push([a, b]);
    prev.sentence = si;
    claim(a, b);
    for (let i = a; i < b; i++) {
      const sg = cx.inQuote[i];
      if (sg < 0) continue;
      let j = i;
      while (j < b && cx.inQuote[j] === sg) j++;
      if (prev.type === 'free-indirect') prev.type = 'mixed';
      if (g.reportedMood && words(cx, i, j) > 0 && !titleLike(i, j)) drafts.push({ ...prev, type: 'direct', ranges: [[i, j]] });
      i = j - 1;
    }
  }

  /** A quoted name or title rather than words someone said: every word capitalised ("Omni-Sport", "Brandnew Oldies"). */
  function titleLike(x: number, y: number): boolean {
    let n = 0;
    for (let k = x; k < y; k++) {
      const t = cx.tokens[k];
      if (t.kind === 'punct') continue;
      if (t.text[0] === cx.low[k][0] && t.kind === 'word') return false;
      n++;
    }
    return n >= 1;
  }

  /** True when every Konjunktiv I form of [x, y) sits in a subordinate clause ("…, weil er … fühle"). */
  function subordinateOnly(x: number, y: number, weak = false): boolean {
    let sub = false;
    for (let k = x; k < y; k++) {
      if (k === x || isBoundary(cx, k - 1)) sub = subordinate(cx.low[k]) || relativeStart(cx, k, y);
      const m = cx.lx.konjunktiv.get(cx.low[k]);
      if (cx.inQuote[k] < 0 && (m === 'I' || (weak && m === 'II')) && !sub) return false;
    }
    return true;
  }

  /** "soll(en)" with a perfect infinitive closing the sentence ("soll … geholfen haben"). */
  function reportative(x: number, y: number): boolean {
    let e = y - 1;
    while (e > x && cx.tokens[e].kind === 'punct') e--;
    if (cx.low[e] !== 'haben' && cx.low[e] !== 'sein') return false;
    for (let k = x; k < e; k++) if ((cx.low[k] === 'soll' || cx.low[k] === 'sollen') && cx.inQuote[k] < 0) return true;
    return false;
  }

  /** True when "soll"/"sollen" stands outside quotes in a main clause of [x, y). */
  function mainSoll(x: number, y: number): boolean {
    let sub = false;
    for (let k = x; k < y; k++) {
      if (k === x || isBoundary(cx, k - 1)) sub = subordinate(cx.low[k]) || relativeStart(cx, k, y);
      if (!sub && cx.inQuote[k] < 0 && (cx.low[k] === 'soll' || cx.low[k] === 'sollen')) return true;
    }
    return false;
  }

  /** True when lower-cased word `w` occurs outside quotes in [x, y). */
  function hasWord(x: number, y: number, w: string): boolean {
    for (let k = x; k < y; k++) if (cx.low[k] === w && cx.inQuote[k] < 0) return true;
    return false;
  }

  function hasQuoted(x: number, y: number): boolean {
    for (let k = x; k < y; k++) if (cx.inQuote[k] >= 0) return true;
    return false;
  }

  /** The noun phrase right before "zufolge" ("dem Bericht zufolge"), back to the clause start. */
  function sourceBefore(i: number, from: number): [number, number] {
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

  function findWord(x: number, y: number, w: string): number {
    for (let k = x; k < y; k++) if (cx.low[k] === w) return k;
    return -1;
  }

  function tokenAt(offset: number): number {
    for (let k = a; k < b; k++) if (cx.tokens[k].start >= offset) return k;
    return b;
  }

  /** Attribution phrases: laut/nach Angaben/according to X, X zufolge, hieß es, so X, die Behauptung, … */
  function applyPhrase(cue: Cue, clStart: number, clEnd: number, hasAfter: boolean, beforeOk: boolean, via?: Span): number {
    const end = contentEnd(cx, cue.to, b);
    let ranges: [number, number][] = [];
    let sp: SpeakerPhrase | null = null;
    const role = cue.role;
    if (role === 'source-after' || role === 'source-before') {
      const [s0, s1] = role === 'source-after' ? sourcePhrase(cx, cue.to, b) : sourceBefore(cue.from, clStart);
      if (s1 > s0) {
        sp = findSpeaker(cx, s0, s1, 'first') ?? { from: s0, to: s1, mention: -1, pronoun: false, relative: false };
        if (sp.from > s0 && sp.mention < 0) sp = { ...sp, from: s0 };
      } else if (role === 'source-before') return 0;
      else if (cue.to - cue.from > 1) sp = { from: cue.from + 1, to: cue.to, mention: -1, pronoun: false, relative: false }; // "nach offiziellen Angaben"
      const lo = role === 'source-after' ? cue.from : s0;
      const hi = role === 'source-after' ? s1 : cue.to;
      const startsSentence = lo === floor || (lo > a && cx.tokens[lo - 1].kind === 'punct' && lo - 1 === floor);
      if (startsSentence) ranges = [[hi, end]];
      else if (lo > a && cx.tokens[lo - 1].text === ',' && nextBoundary(cx, hi, b) >= b - 1) ranges = [[floor, lo - 1]];
      else ranges = [[floor, lo], [hi, end]];
    } else if (role === 'own') {
      sp = findSpeaker(cx, floor, cue.from, 'first') ?? findSpeaker(cx, cue.to, end, 'first');
      ranges = [[floor, cue.from], [cue.to, end]];
      if (sp) ranges = ranges.flatMap(([x, y]) => (sp && sp.from >= x && sp.to <= y ? [[x, sp.from], [sp.to, y]] : [[x, y]]) as [number, number][]);
    } else if (role === 'so') {
      const nb = nextBoundary(cx, cue.to, b);
      sp = findSpeaker(cx, cue.to, nb, 'first');
      const p = clStart - 1;
      if (p <= floor) return 0;
      ranges = [[floor, p]];
      // parenthetical "…, so X, …": the content goes on after it
      if (nb < b && cx.tokens[nb].text === ',' && words(cx, nb + 1, b) >= 2) ranges.push(...contentRanges(cx, nb + 1, b));
    } else if (role === 'lead') {
      const prev = last as Draft | null;
      if (prev && si - prev.sentence <= 2) sp = null;
      ranges = contentRanges(cx, cue.to, b);
      const made = ranges.filter(([x, y]) => y > x);
      if (!made.length || !made.every(([x, y]) => free(x, y))) return 0;
      const n = drafts.length;
      emit({ type: 'indirect', ranges: made, cue, speaker: prev && si - prev.sentence <= 2 ? prev.speaker : null,
        actor: prev && si - prev.sentence <= 2 ? prev.actor : null, sentence: si, at: cue.from });
      return drafts.length > n ? b : 0;
    } else if (role === 'impersonal' || role === 'noun') {
      const nextTok = clEnd + 1;
      sp = role === 'impersonal' ? mentionIn(cx, clStart, cue.from) ?? (v2 ? documentIn(cx, clStart, clEnd) : null) : findSpeaker(cx, clStart, cue.from, 'last');
      if (!v2 && role === 'noun') ranges = contentRanges(cx, cue.to + 1, b);
      else if (hasAfter && !relativeStart(cx, nextTok, b)) ranges = contentRanges(cx, nextTok, b);
      else if (role === 'impersonal' && beforeOk) ranges = [[floor, clStart - 1]];
      else return 0;
    }
    ranges = ranges.filter(([x, y]) => y > x);
    if (!ranges.length || !ranges.every(([x, y]) => free(x, y))) return 0;
    const { span, actor } = speakerOf(sp);
    const n = drafts.length;
    emit({ type: 'indirect', ranges, cue, speaker: span, actor, via, sentence: si, at: cue.from });
    return drafts.length > n ? Math.max(...ranges.map((r) => r[1])) + 1 : 0;
  }


  for (si = 0; si < doc.sentences.length; si++) {
    if (doc.sentences[si].header) continue;
    [a, b] = cx.sentTok[si];
    if (b <= a) continue;
    const before = drafts.length;
    cues = findCues(cx, a, b);
    viaCues.clear();
    floor = a;
    // "Nach Angaben X stellte Y klar, …": the phrase relays the verb's statement (kept as via)
    for (const c of cues) {
      if (c.kind !== 'phrase' || c.role !== 'source-after') continue;
      const verb = cues.find((v) => v.kind !== 'phrase' && v.from > c.to && nextBoundary(cx, c.to, v.from) === v.from);
      if (verb) viaCues.add(c);
    }
    for (const cue of cues) {
      if (viaCues.has(cue) || !free(cue.from, cue.to)) continue;
      const made = applyCue(cue);
      if (made) floor = Math.max(floor, made);
    }

    // German Konjunktiv right after a quote: the same speaker carries on
    if (drafts.length === before && g.reportedMood && last) {
      const prev = last as Draft;
      const pPrev = doc.sentences[prev.sentence].paragraph ?? 0;
      const pHere = doc.sentences[si].paragraph ?? 0;
      const samePara = pPrev === pHere || (pHere === pPrev + 1 && (doc.sentences[si - 1]?.paragraph ?? 0) === pPrev);
      const lastSent = cx.tokens[prev.ranges[prev.ranges.length - 1][1] - 1]?.sentence ?? prev.sentence;
      if (si - lastSent === 1 && samePara && free(a, b) && words(cx, a, b) >= 3 &&
          hasKonj(cx, a, b, pPrev === pHere) &&
          !subordinateOnly(a, b, pPrev === pHere)) {
        // a run of Konjunktiv sentences after the first continuation is one quote
        if ((prev.type === 'free-indirect' || prev.type === 'mixed') && prev.cue === null && prev.sentence === si - 1) {
          extendRun(prev);
          continue;
        }
        emit({ type: 'free-indirect', ranges: [[a, b]], cue: null, speaker: prev.speaker, actor: prev.actor, sentence: si, at: a });
      }
    }
    // any other sentence in Konjunktiv I is reported speech too; its speaker is the recent one, if any
    if (drafts.length === before && g.reportedMood && free(a, b) && words(cx, a, b) >= 4 && hasKonj(cx, a, b, false) && !subordinateOnly(a, b)) {
      const prev = last as Draft | null;
      const near = prev && si - prev.sentence <= 3 && Math.abs((doc.sentences[prev.sentence].paragraph ?? 0) - (doc.sentences[si].paragraph ?? 0)) <= 1;
      if (prev && near && (prev.type === 'free-indirect' || prev.type === 'mixed') && prev.cue === null && prev.sentence === si - 1) {
        extendRun(prev);
        continue;
      }
      let speaker = near ? prev.speaker : null;
      let actor = near ? prev.actor : null;
      if (!near) ({ span: speaker, actor } = subjectBefore(si, speaker, actor));
      emit({ type: 'free-indirect', ranges: [[a, b]], cue: null, speaker, actor, sentence: si, at: a });
    }
    // German reportative "soll … getan haben": reported without a cue
    if (drafts.length === before && g.reportedMood && free(a, b) && reportative(a, b)) {
      const prev = last as Draft | null;
      const near = prev && si - prev.sentence <= 2;
      let speaker = near ? prev.speaker : null;
      let actor = near ? prev.actor : null;
      if (!near) ({ span: speaker, actor } = subjectBefore(si, speaker, actor));
      emit({ type: 'free-indirect', ranges: [[a, b]], cue: null, speaker, actor, sentence: si, at: a });
    }
    // "X soll … tun" in a main clause right after a quote: what the source said is to happen (free-indirect)
    if (drafts.length === before && g.reportedMood && last && free(a, b) && words(cx, a, b) >= 4 && mainSoll(a, b)) {
      const prev = last as Draft;
      const lastSent = cx.tokens[prev.ranges[prev.ranges.length - 1][1] - 1]?.sentence ?? prev.sentence;
      const para = Math.abs((doc.sentences[prev.sentence].paragraph ?? 0) - (doc.sentences[si].paragraph ?? 0));
      if (si - lastSent <= SOLL_REACH && para <= 1) emit({ type: 'free-indirect', ranges: [[a, b]], cue: null, speaker: prev.speaker, actor: prev.actor, sentence: si, at: a });
    }
    // quoted segments no cue took: direct quotes of the speaker before them
    {
      for (let k = a; k < b; k++) {
        const s = cx.inQuote[k];
        if (s < 0 || claimed[k]) continue;
        let e = k;
        while (e < cx.tokens.length && cx.inQuote[e] === s) e++;
        const w = words(cx, k, e);
        const prevDraft = last as Draft | null;
        const near = prevDraft && si - prevDraft.sentence <= 3 &&
          Math.abs((doc.sentences[prevDraft.sentence].paragraph ?? 0) - (doc.sentences[si].paragraph ?? 0)) <= 1;
        let punct = false;
        for (let j = k + 1; j < e - 1; j++) if (/^[.!?,;:]$/.test(cx.tokens[j].text)) punct = true;
        if (w >= 4 && (punct || w >= 10) && free(k, e)) {
          let speaker = near ? prevDraft.speaker : null;
          let actor = near ? prevDraft.actor : null;
          // "Teamchef X stellt sich vor seinen Fahrer: „…“": the subject before the colon speaks
          const intro = k > a && cx.tokens[k - 1].text === ':' ? personIn(a, k - 1) ?? findSpeaker(cx, a, k - 1, 'first') : null;
          if (intro) ({ span: speaker, actor } = speakerOf(intro));
          else if (!near) {
            // the person named in this sentence, else in the sentence before (same paragraph)
            const prevSent = si > 0 && doc.sentences[si - 1].paragraph === doc.sentences[si].paragraph && !doc.sentences[si - 1].header;
            const p = personIn(a, b) ?? (prevSent ? personIn(cx.sentTok[si - 1][0], cx.sentTok[si - 1][1]) : null);
            if (p) ({ span: speaker, actor } = speakerOf(p));
          }
          emit({ type: 'direct', ranges: [[k, e]], cue: null, speaker, actor, sentence: si, at: k });
        }
        k = e - 1;
      }
    }
  }
  return drafts.map((d, k) => toQuote(cx, d, k));
}

/** A span with its text (a module function: no closure per quote). */
function textSpan(text: string, s: Span): TextSpan {
  return { start: s.start, end: s.end, text: text.slice(s.start, s.end) };
}

/** Contract quote of a draft. */
function toQuote(cx: QuoteContext, d: Draft, k: number): Quote {
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
