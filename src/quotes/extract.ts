/**
 * The quotes of a document: direct, indirect, mixed, reported and free-indirect quotes with cue,
 * speaker and speaker actor. Sentences are read in order; on each the rules of src/quotes/rules.ts
 * run in their order:
 * - cues (rules/cues.ts): for each cue verb the clause around it decides where the content is —
 *   after the cue clause (rules/content-after.ts: "X sagte, (dass) …", "X said (that) …"), before
 *   it (rules/content-before.ts: "„…“, sagte X.", "…, X said."), the previous sentence
 *   (rules/previous-sentence.ts: "Das berichtete X."), or a reported act without content clause
 *   (rules/reported-act.ts: "X warnte vor …"); attribution phrases ("laut X", "according to X",
 *   "…, so X") in rules/attribution-phrase.ts;
 * - free indirect (rules/free-indirect.ts, rules/reportative.ts): sentences in the reported-speech
 *   mood without a cue carry on the recent speaker;
 * - quoted segments left over take the speaker before them (rules/quoted-segments.ts).
 * Content that touches a quoted segment grows to cover all of it (multi-sentence quotes); a
 * content mostly in quotation marks is direct, partly quoted is mixed (QuoteRun.emit).
 *
 * @example
 * const quotes = extractQuotes(doc); // Quote[] (contract shape plus optional via/addressee)
 */
import type { Quote } from '../contract/schema.js';
import type { Doc } from '../doc/doc.js';
import { quoteContext } from './context.js';
import { SENTENCE_RULES } from './rules.js';
import { QuoteRun, toQuote } from './run.js';

/** Builds the quotes of a document (see module comment). */
export function extractQuotes(doc: Doc): Quote[] {
  const run = runRules(doc);
  return run ? run.drafts.map((d, k) => toQuote(run.cx, d, k)) : [];
}

/**
 * The quotes of a document each with the rule that made it ("content-after", "konjunktiv-sentence",
 * "content-before/verbatim", ...): for tests and for reading why a quote came out.
 */
export function explainQuotes(doc: Doc): { quote: Quote; rule: string }[] {
  const run = runRules(doc);
  return run ? run.drafts.map((d, k) => ({ quote: toQuote(run.cx, d, k), rule: d.rule })) : [];
}

function runRules(doc: Doc): QuoteRun | null {
  if (!doc.tokens.length || !doc.sentences.length) return null;
  const run = new QuoteRun(quoteContext(doc));
  for (let si = 0; si < doc.sentences.length; si++) {
    if (doc.sentences[si].header) continue;
    // (no array destructuring: not yet optimised, it steps an iterator, allocating per step)
    const a = run.cx.sentTok[si][0];
    const b = run.cx.sentTok[si][1];
    if (b <= a) continue;
    run.si = si;
    run.a = a;
    run.b = b;
    run.floor = a;
    run.before = run.drafts.length;
    // (indexed: a for-of not yet optimised allocates an iterator and a result per step)
    for (let k = 0; k < SENTENCE_RULES.length; k++) if (SENTENCE_RULES[k].apply(run) === 'next-sentence') break;
  }
  return run;
}
