/**
 * Sentence rule "cues": every cue of the sentence (cues.ts) in order, each read by
 * cue-clause.ts (verbs) or attribution-phrase.ts (phrases). An attribution phrase right before a
 * cue verb only relays the verb's statement ("Nach Angaben X stellte Y klar, …") and is kept as
 * the quote's `via`.
 *
 * @example
 * cueRule.apply(run); // quotes of the sentence's cues
 */
import { nextBoundary } from '../clause.js';
import { findCues } from '../cues.js';
import type { SentenceRule } from '../rules.js';
import { applyCue } from './cue-clause.js';

export const cueRule: SentenceRule = {
  name: 'cues',
  description: 'a cue verb or attribution phrase and its clause: content before or after it, the previous sentence, or a reported act',
  apply(run) {
    const { cx, a, b } = run;
    run.cues = findCues(cx, a, b);
    run.viaCues.clear();
    // (indexed loops: a for-of not yet optimised allocates an iterator and a result per step)
    const cues = run.cues;
    for (let k = 0; k < cues.length; k++) {
      const c = cues[k];
      if (c.kind !== 'phrase' || c.role !== 'source-after') continue;
      const verb = run.cues.find((v) => v.kind !== 'phrase' && v.from > c.to && nextBoundary(cx, c.to, v.from) === v.from);
      if (verb) run.viaCues.add(c);
    }
    for (let k = 0; k < cues.length; k++) {
      const cue = cues[k];
      if (run.viaCues.has(cue) || !run.free(cue.from, cue.to)) continue;
      const made = applyCue(run, cue);
      if (made) run.floor = Math.max(run.floor, made);
    }
  },
};
