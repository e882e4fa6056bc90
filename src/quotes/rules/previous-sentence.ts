/**
 * Reading "previous sentence": an anaphoric cue clause ("Das berichtete X.", "Dies sagte X, …")
 * takes the sentence before as its content (chosen in cue-clause.ts).
 *
 * @example
 * previousSentenceRanges(run, clause); // { ranges: [[first, end] of the sentence before], type: 'indirect' }
 */
import type { ReadingRanges } from './cue-clause.js';

export const previousSentenceRanges: ReadingRanges = (run) => {
  const [pa, pb] = run.cx.sentTok[run.si - 1];
  return { ranges: [[pa, pb]], type: 'indirect' };
};
