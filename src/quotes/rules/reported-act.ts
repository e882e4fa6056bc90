/**
 * Reading "reported act": a speech act reported without a content clause — "X warnte vor Y",
 * "X forderte die Regierung zum Handeln auf", "X urged restraint" (chosen in cue-clause.ts). In a
 * verb-second language the whole sentence is the report; in a subject-verb language the rest of
 * the cue clause after the verb (and its speaker), split around a separable particle.
 *
 * @example
 * reportedActRanges(run, clause); // { ranges: [[floor, sentence end]], type: 'reported' }
 */
import type { ReadingRanges } from './cue-clause.js';

export const reportedActRanges: ReadingRanges = (run, c) => {
  if (run.cx.lx.grammar.clauseOrder === 'verb-second') return { ranges: [[run.floor, run.b]], type: 'reported' };
  const { cue, cueEnd, clEnd, speaker: sp } = c;
  let from = cueEnd;
  if (sp && sp.from >= cueEnd) from = sp.to;
  const parts: [number, number][] = [];
  for (let k = from; k < clEnd; k++) if (k === cue.particle) { parts.push([from, k]); from = k + 1; }
  parts.push([from, clEnd]);
  return { ranges: parts.filter(([x, y]) => y > x), type: 'reported' };
};
