/**
 * Sentence rules for the reportative modal (German "soll"/"sollen", grammar.reportedMood):
 * - perfect: "X soll … getan haben" is reported without a cue, by the recent speaker (within two
 *   sentences) or the subject of the sentence before;
 * - main clause: "X soll … tun" in a main clause within two sentences after a quote says what its
 *   source said is to happen.
 * Both free-indirect.
 *
 * @example
 * reportativePerfect.apply(run);
 */
import type { QuoteContext } from '../context.js';
import { isBoundary } from '../context.js';
import { relativeStart, subordinate, words } from '../clause.js';
import type { SentenceRule } from '../rules.js';

/** How many sentences after a quote a main clause with "soll" still continues it. */
const SOLL_REACH = 2;

/** "soll(en)" with a perfect infinitive closing the sentence ("soll … geholfen haben"). */
export function reportative(cx: QuoteContext, x: number, y: number): boolean {
  let e = y - 1;
  while (e > x && cx.tokens[e].kind === 'punct') e--;
  if (cx.low[e] !== 'haben' && cx.low[e] !== 'sein') return false;
  for (let k = x; k < e; k++) if ((cx.low[k] === 'soll' || cx.low[k] === 'sollen') && cx.inQuote[k] < 0) return true;
  return false;
}

/** True when "soll"/"sollen" stands outside quotes in a main clause of [x, y). */
export function mainSoll(cx: QuoteContext, x: number, y: number): boolean {
  let sub = false;
  for (let k = x; k < y; k++) {
    if (k === x || isBoundary(cx, k - 1)) sub = subordinate(cx, cx.low[k]) || relativeStart(cx, k, y);
    if (!sub && cx.inQuote[k] < 0 && (cx.low[k] === 'soll' || cx.low[k] === 'sollen')) return true;
  }
  return false;
}

export const reportativePerfect: SentenceRule = {
  name: 'reportative-perfect',
  description: '"X soll … getan haben": reported without a cue (free-indirect)',
  apply(run) {
    const { cx, a, b, si } = run;
    if (run.drafts.length !== run.before || !cx.lx.grammar.reportedMood || !run.free(a, b) || !reportative(cx, a, b)) return;
    const prev = run.last;
    const near = prev && si - prev.sentence <= 2;
    let speaker = near ? prev.speaker : null;
    let actor = near ? prev.actor : null;
    if (!near) ({ span: speaker, actor } = run.subjectBefore(si, speaker, actor));
    run.emit({ type: 'free-indirect', ranges: [[a, b]], cue: null, speaker, actor, sentence: si, at: a, rule: 'reportative-perfect' });
  },
};

export const reportativeMainClause: SentenceRule = {
  name: 'reportative-main-clause',
  description: '"X soll … tun" in a main clause right after a quote: what its source said is to happen (free-indirect)',
  apply(run) {
    const { cx, doc, a, b, si } = run;
    const prev = run.last;
    if (run.drafts.length !== run.before || !cx.lx.grammar.reportedMood || !prev || !run.free(a, b) || words(cx, a, b) < 4 || !mainSoll(cx, a, b)) return;
    const lastSent = cx.tokens[prev.ranges[prev.ranges.length - 1][1] - 1]?.sentence ?? prev.sentence;
    const para = Math.abs((doc.sentences[prev.sentence].paragraph ?? 0) - (doc.sentences[si].paragraph ?? 0));
    if (si - lastSent <= SOLL_REACH && para <= 1) run.emit({ type: 'free-indirect', ranges: [[a, b]], cue: null, speaker: prev.speaker, actor: prev.actor, sentence: si, at: a, rule: 'reportative-main-clause' });
  },
};
