/**
 * Reading "content after the cue": the clause after the cue clause is the content — "X sagte,
 * (dass) …", "X sagte: „…“", "X said (that) …", "X told reporters that …" (chosen in
 * cue-clause.ts). The content starts after a speaker or addressee that follows the verb; an
 * adverbial clause ("weil …") or a consequence ("so dass") is no content; a speech act whose
 * content is neither in Konjunktiv nor opened by a complementiser is reported.
 *
 * @example
 * contentAfterRanges(run, clause); // { ranges: [[after 'dass', sentence end]], type: 'indirect' }
 */
import type { QuoteType } from '../../contract/schema.js';
import { contentRanges, hasKonj } from '../clause.js';
import type { ReadingRanges } from './cue-clause.js';

export const contentAfterRanges: ReadingRanges = (run, c) => {
  const { cx, b } = run;
  const { cue, cueEnd, speaker: sp, addressee } = c;
  let contentFrom = c.contentFrom;
  if (contentFrom === cueEnd && sp && sp.from >= cueEnd) contentFrom = sp.to;
  // English "X told reporters that …": the addressee is not content
  if (addressee) {
    const ai = run.tokenAt(addressee.end);
    if (ai > contentFrom && ai < b) contentFrom = ai;
  }
  if (cx.lx.subordinators.has(cx.low[contentFrom]) && cue.kind !== 'act') return null;
  if (cx.low[contentFrom] === 'so' && cx.low[contentFrom + 1] === 'dass') return null; // a consequence, not speech
  const ranges = contentRanges(cx, contentFrom, b);
  const end = ranges[ranges.length - 1][1];
  let type: QuoteType = 'indirect';
  if (cue.kind === 'act' && !hasKonj(cx, contentFrom, end, false) && !cx.lx.contentOpeners.has(cx.low[contentFrom])) type = 'reported';
  return { ranges, type };
};
