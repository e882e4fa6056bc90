/**
 * Sentence rules "free indirect" (languages with a reported-speech mood, grammar.reportedMood):
 * - Konjunktiv continuation: a sentence in Konjunktiv right after a quote, in the same paragraph,
 *   carries on its speaker ("Die Lage sei ernst, sagte X. Man werde alles tun."); a run of such
 *   sentences after the first continuation is one quote;
 * - Konjunktiv sentence: any other sentence with a main clause in Konjunktiv I is reported speech;
 *   its speaker is the recent one (within three sentences), else the subject of the sentence before.
 *
 * @example
 * konjunktivContinuation.apply(run); // 'next-sentence' when the sentence joined the run before
 */
import { hasKonj, subordinateOnly, words } from '../clause.js';
import type { SentenceRule } from '../rules.js';

export const konjunktivContinuation: SentenceRule = {
  name: 'konjunktiv-continuation',
  description: 'a Konjunktiv sentence right after a quote carries on its speaker (free-indirect)',
  apply(run) {
    const { cx, doc, a, b, si } = run;
    const prev = run.last;
    if (run.drafts.length !== run.before || !cx.lx.grammar.reportedMood || !prev) return;
    const pPrev = doc.sentences[prev.sentence].paragraph ?? 0;
    const pHere = doc.sentences[si].paragraph ?? 0;
    const samePara = pPrev === pHere || (pHere === pPrev + 1 && (doc.sentences[si - 1]?.paragraph ?? 0) === pPrev);
    const lastSent = cx.tokens[prev.ranges[prev.ranges.length - 1][1] - 1]?.sentence ?? prev.sentence;
    if (si - lastSent === 1 && samePara && run.free(a, b) && words(cx, a, b) >= 3 &&
        hasKonj(cx, a, b, pPrev === pHere) &&
        !subordinateOnly(cx, a, b, pPrev === pHere)) {
      // a run of Konjunktiv sentences after the first continuation is one quote
      if ((prev.type === 'free-indirect' || prev.type === 'mixed') && prev.cue === null && prev.sentence === si - 1) {
        run.extendRun(prev);
        return 'next-sentence';
      }
      run.emit({ type: 'free-indirect', ranges: [[a, b]], cue: null, speaker: prev.speaker, actor: prev.actor, sentence: si, at: a, rule: 'konjunktiv-continuation' });
    }
  },
};

export const konjunktivSentence: SentenceRule = {
  name: 'konjunktiv-sentence',
  description: 'a sentence with a main clause in Konjunktiv I is reported speech of the recent speaker (free-indirect)',
  apply(run) {
    const { cx, doc, a, b, si } = run;
    if (run.drafts.length !== run.before || !cx.lx.grammar.reportedMood || !run.free(a, b) || words(cx, a, b) < 4 ||
      !hasKonj(cx, a, b, false) || subordinateOnly(cx, a, b)) return;
    const prev = run.last;
    const near = prev && si - prev.sentence <= 3 && Math.abs((doc.sentences[prev.sentence].paragraph ?? 0) - (doc.sentences[si].paragraph ?? 0)) <= 1;
    if (prev && near && (prev.type === 'free-indirect' || prev.type === 'mixed') && prev.cue === null && prev.sentence === si - 1) {
      run.extendRun(prev);
      return 'next-sentence';
    }
    let speaker = near ? prev.speaker : null;
    let actor = near ? prev.actor : null;
    if (!near) ({ span: speaker, actor } = run.subjectBefore(si, speaker, actor));
    run.emit({ type: 'free-indirect', ranges: [[a, b]], cue: null, speaker, actor, sentence: si, at: a, rule: 'konjunktiv-sentence' });
  },
};
