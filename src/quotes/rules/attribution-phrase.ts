/**
 * Rule "attribution phrase": phrases of lexicons/<code>/quote-phrases.tsv by their role —
 * source after ("laut X", "nach Angaben von X", "according to X"), source before ("X zufolge"),
 * own ("nach eigenen Angaben"), "…, so X", a lead ("Demnach …", carrying the recent speaker),
 * impersonal ("hieß es") and quote nouns ("die Behauptung, …", "the claim that …").
 *
 * @example
 * applyPhrase(run, cue, clStart, clEnd, hasAfter, beforeOk); // token index after the quote, or 0
 */
import type { Span } from '../../contract/schema.js';
import type { Cue } from '../cues.js';
import { contentEnd, contentRanges, nextBoundary, relativeStart, sourceBefore, sourcePhrase, words } from '../clause.js';
import type { QuoteRun } from '../run.js';
import { documentIn, findSpeaker, mentionIn, type SpeakerPhrase } from '../speaker.js';

/** Applies an attribution phrase; returns the token index after its quote, or 0 when none came out. */
export function applyPhrase(run: QuoteRun, cue: Cue, clStart: number, clEnd: number, hasAfter: boolean, beforeOk: boolean, via?: Span): number {
  const { cx, a, b, floor, si } = run;
  const v2 = cx.lx.grammar.clauseOrder === 'verb-second';
  const end = contentEnd(cx, cue.to, b);
  let ranges: [number, number][] = [];
  let sp: SpeakerPhrase | null = null;
  const role = cue.role;
  if (role === 'source-after' || role === 'source-before') {
    const [s0, s1] = role === 'source-after' ? sourcePhrase(cx, cue.to, b) : sourceBefore(cx, cue.from, clStart);
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
    const prev = run.last;
    const near = prev !== null && si - prev.sentence <= 2;
    ranges = contentRanges(cx, cue.to, b);
    const made = ranges.filter(([x, y]) => y > x);
    if (!made.length || !made.every(([x, y]) => run.free(x, y))) return 0;
    const n = run.drafts.length;
    run.emit({ type: 'indirect', ranges: made, cue, speaker: near ? prev.speaker : null, actor: near ? prev.actor : null, sentence: si, at: cue.from, rule: 'attribution-phrase' });
    return run.drafts.length > n ? b : 0;
  } else if (role === 'impersonal' || role === 'noun') {
    const nextTok = clEnd + 1;
    sp = role === 'impersonal' ? mentionIn(cx, clStart, cue.from) ?? (v2 ? documentIn(cx, clStart, clEnd) : null) : findSpeaker(cx, clStart, cue.from, 'last');
    if (!v2 && role === 'noun') ranges = contentRanges(cx, cue.to + 1, b);
    else if (hasAfter && !relativeStart(cx, nextTok, b)) ranges = contentRanges(cx, nextTok, b);
    else if (role === 'impersonal' && beforeOk) ranges = [[floor, clStart - 1]];
    else return 0;
  }
  ranges = ranges.filter(([x, y]) => y > x);
  if (!ranges.length || !ranges.every(([x, y]) => run.free(x, y))) return 0;
  const { span, actor } = run.speakerOf(sp);
  return run.emitAfter({ type: 'indirect', ranges, cue, speaker: span, actor, via, sentence: si, at: cue.from, rule: 'attribution-phrase' });
}
