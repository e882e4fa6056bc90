/**
 * The quote rules, in the order they run on each sentence. A rule reads the sentence of the run
 * (src/quotes/run.ts) and emits drafts; the uncued rules only act on a sentence no earlier rule
 * made a quote of (`run.before`), and a rule that joins the sentence to an earlier quote returns
 * 'next-sentence' to skip the rest. Which reading a cue gets (content before or after it, the
 * previous sentence, a reported act) is decided in rules/cue-clause.ts.
 *
 * @example
 * for (const r of SENTENCE_RULES) console.log(r.name, '—', r.description);
 */
import type { QuoteRun } from './run.js';
import { cueRule } from './rules/cues.js';
import { konjunktivContinuation, konjunktivSentence } from './rules/free-indirect.js';
import { reportativeMainClause, reportativePerfect } from './rules/reportative.js';
import { quotedSegments } from './rules/quoted-segments.js';

export interface SentenceRule {
  readonly name: string;
  readonly description: string;
  /** applies the rule to the run's current sentence; 'next-sentence' skips the remaining rules */
  apply(run: QuoteRun): void | 'next-sentence';
}

export const SENTENCE_RULES: readonly SentenceRule[] = Object.freeze([
  cueRule,
  konjunktivContinuation,
  konjunktivSentence,
  reportativePerfect,
  reportativeMainClause,
  quotedSegments,
]);
