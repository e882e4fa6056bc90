/**
 * Rule "cue clause": a cue verb (cues.ts) and the clause around it. Reads where the content is —
 * one of the readings in content-before.ts, content-after.ts, previous-sentence.ts and
 * reported-act.ts — finds the speaker before or after the verb and the addressee, and emits the
 * quote. Verb-second languages (German) and subject-verb languages (English) read the clause
 * differently (the pack's grammar.clauseOrder); attribution phrases go to attribution-phrase.ts.
 *
 * @example
 * const end = applyCue(run, cue); // token index after the quote made, or 0
 */
import type { QuoteType, Span } from '../../contract/schema.js';
import { isBoundary, isMark } from '../context.js';
import type { Cue } from '../cues.js';
import { clauseLike, clauseStart, contentEnd, hasKonj, hasQuoted, hasWord, nextBoundary, relativeStart, sourcePhrase, subordinate, words } from '../clause.js';
import type { QuoteRun } from '../run.js';
import { documentIn, findSpeaker, phraseSpan, type SpeakerPhrase } from '../speaker.js';
import { applyPhrase } from './attribution-phrase.js';
import { contentAfterRanges } from './content-after.js';
import { contentBeforeRanges } from './content-before.js';
import { previousSentenceRanges } from './previous-sentence.js';
import { reportedActRanges } from './reported-act.js';

/** Where the content of a cue verb is. */
export type CueReading = 'content-before' | 'content-after' | 'previous-sentence' | 'reported-act';

/** The cue clause as the readings see it (token indexes into doc.tokens). */
export interface CueClause {
  cue: Cue;
  /** end of the cue including a separable particle */
  cueEnd: number;
  /** the clause around the cue: [clStart, clEnd), clEnd = the boundary after it (or the sentence end) */
  clStart: number;
  clEnd: number;
  /** where content before the cue starts (the run's floor) */
  prevFrom: number;
  /** where content after the cue clause may start */
  contentFrom: number;
  speaker: SpeakerPhrase | null;
  addressee?: Span;
}

/** Applies one cue; returns the token index after its quote, or 0 when none came out. */
export function applyCue(run: QuoteRun, cue: Cue): number {
  const { cx, doc, a, b, floor } = run;
  const g = cx.lx.grammar;
  const v2 = g.clauseOrder === 'verb-second';
  const si = run.si;
  const cueEnd = Math.max(cue.to, cue.particle + 1);
  const clStart = clauseStart(cx, cue.from, a);
  const clEnd = nextBoundary(cx, cueEnd, b);
  const bound = clEnd < b ? cx.tokens[clEnd].text : '';
  // attribution phrases in the pre-part relay the statement (kept as `via`)
  let via: Span | undefined;
  let preFrom = clStart;
  for (const other of run.cues) {
    if (other === cue || other.kind !== 'phrase' || other.role !== 'source-after') continue;
    if (other.from >= clStart && other.to <= cue.from) {
      const [s0, s1] = sourcePhrase(cx, other.to, cue.from);
      via = { start: cx.tokens[other.from].start, end: cx.tokens[Math.max(s1, other.to) - 1].end };
      run.viaCues.add(other);
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

  if (cue.kind === 'phrase') return applyPhrase(run, cue, clStart, clEnd, hasAfter, beforeOk, via);
  // a verb in an adverbial clause ("Als wollte er dies bestätigen, …") introduces nothing
  if (subordinate(cx, cx.low[clStart])) return 0;
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
  let reading: CueReading | null = null;
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
    const beforeSpeech = beforeOk && (hasKonj(cx, prevFrom, clStart, true) || hasQuoted(cx, prevFrom, clStart));
    const preferBefore = (!strong || (beforeSpeech && !hasKonj(cx, nextTok, nextClauseEnd, false))) && clauseLike(cx, prevFrom, clStart - 1);
    // "Hans Muster, der dort arbeitet, wies … zurück": a relative clause right before the cue is no content
    const lastPre = clStart > prevFrom + 1 ? clauseStart(cx, clStart - 1, prevFrom) : prevFrom;
    const relBefore = lastPre > prevFrom && relativeStart(cx, lastPre, clStart);
    if (beforeOk && inverted && !opens && preferBefore && !relBefore && !(hasAfter && cue.kind === 'act' && cue.particle >= 0)) reading = 'content-before';
    else if (anaphor && cx.lx.relatives.has(next) && si > 0 && !doc.sentences[si - 1].header) reading = 'previous-sentence';
    else if (strong) reading = 'content-after';
    else if (dassAt >= 0) {
      reading = 'content-after';
      contentFrom = dassAt;
    } else if (weak) reading = 'content-after';
    else if (anaphor && si > 0 && !doc.sentences[si - 1].header) reading = 'previous-sentence';
    // a reported speech act without a content clause ("X warnte vor Y"); plain speech verbs need content
    else if ((cue.kind === 'act' || cue.kind === 'cite' || (cue.kind === 'speech' && (cue.particle >= 0 || cx.low[cue.to] === 'von' || cx.low[cue.to] === 'auf' || hasWord(cx, cue.to, clEnd, 'mit'))) || ((cue.kind === 'name' || cue.kind === 'speech') && hasWord(cx, clStart, clEnd, 'als')) || (cue.kind === 'name' && hasQuoted(cx, cue.to, clEnd))) && clEnd - cue.to - (cue.particle >= 0 ? 1 : 0) >= 2) reading = 'reported-act';
  } else {
    let that = -1;
    for (let k = cueEnd; k < Math.min(b, cueEnd + 8); k++) {
      if (cx.lx.complementisers.has(cx.low[k]) && cx.inQuote[k] < 0) { that = k; break; }
      if (isBoundary(cx, k) || cx.tokens[k].text === '.') break;
    }
    const rest = words(cx, cueEnd, clEnd);
    if (that >= 0 && words(cx, that + 1, b) >= 2) {
      reading = 'content-after';
      contentFrom = that + 1;
    } else if (beforeOk && rest <= 5) reading = 'content-before';
    else if (hasAfter && (bound === ':' || cx.inQuote[nextTok] >= 0) && rest <= 4) reading = 'content-after';
    else if (rest >= 2 && (cue.kind === 'speech' || cue.kind === 'thought' || cue.kind === 'evidence')) {
      reading = 'content-after';
      contentFrom = cueEnd;
    } else if (rest >= 1) {
      reading = 'reported-act';
    }
  }
  if (!reading) return 0;
  // speaker: verb-second puts it before the verb or right after it; subject-verb before (or "said X")
  const pre = findSpeaker(cx, preFrom, cue.from, 'last');
  const postTo = cue.particle >= 0 ? cue.particle : reading === 'content-after' && contentFrom === cueEnd ? cueEnd : clEnd;
  const post = findSpeaker(cx, cue.to, postTo, 'first');
  let sp: SpeakerPhrase | null;
  if (v2) {
    sp = reading === 'content-before' || reading === 'previous-sentence' || cue.kind === 'cite' ? (post ?? pre) : (pre ?? post);
    // "Hans Muster, der dort arbeitet, wies den Vorwurf zurück": the verb opens its clause after a
    // relative clause or apposition; the subject stands before them, not after the verb
    if (!pre && (reading === 'reported-act' || reading === 'content-after') && cue.from === clStart && clStart > floor) {
      const head = findSpeaker(cx, floor, clStart - 1, 'first');
      if (head && head.mention >= 0) sp = head;
    }
    // "Ein Sprecher der Polizei, Lars Beringer, sagte, …": the speaker stands before the apposition comma
    if (!sp && clStart > floor && reading !== 'content-before') sp = findSpeaker(cx, floor, clStart - 1, 'first');
  } else sp = pre ?? (cx.low[cue.from].endsWith('ing') && clStart > a ? findSpeaker(cx, floor, clStart, 'first') : null) ?? post;
  if (cue.kind === 'impersonal' && sp && sp.mention < 0) sp = null;
  if (cue.kind === 'impersonal' && !sp && v2) sp = documentIn(cx, clStart, clEnd);
  let addressee: Span | undefined;
  // the addressee: after a preposition ("gegenüber der Zeitung"), or the object of the verb ("told reporters")
  let addrAt = -1;
  for (let k = cueEnd; k < clEnd && addrAt < 0; k++) if (cx.lx.addresseePreps.has(cx.low[k])) addrAt = k;
  const verb = cx.low[cue.from];
  if (addrAt < 0 && cx.lx.addresseeVerbs.some((v) => (v.prefix ? verb.startsWith(v.word) : verb === v.word))) addrAt = cueEnd - 1;
  if (addrAt >= 0) {
    const ad = findSpeaker(cx, addrAt + 1, reading === 'content-after' && contentFrom > addrAt ? Math.min(contentFrom, clEnd) : clEnd, 'first');
    if (ad && ad !== sp && !(sp && ad.from === sp.from)) addressee = phraseSpan(cx, ad);
  }
  const clause: CueClause = { cue, cueEnd, clStart, clEnd, prevFrom, contentFrom, speaker: sp, addressee };
  const made = READINGS[reading](run, clause);
  if (!made) return 0;
  const { ranges, type } = made;
  if (!ranges.length || !ranges.every(([x, y]) => run.free(x, y))) return 0;
  const { span, actor } = run.speakerOf(sp);
  return run.emitAfter({ type, ranges, cue, speaker: span, actor, via, addressee, sentence: si, at: cue.from, rule: reading });
}

/** The content ranges and quote type of a reading, or null when it makes no quote. */
export type ReadingRanges = (run: QuoteRun, c: CueClause) => { ranges: [number, number][]; type: QuoteType } | null;

const READINGS: Record<CueReading, ReadingRanges> = {
  'content-before': contentBeforeRanges,
  'content-after': contentAfterRanges,
  'previous-sentence': previousSentenceRanges,
  'reported-act': reportedActRanges,
};
