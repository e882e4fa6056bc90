/**
 * Stage `quotes`: direct, indirect, mixed, reported and free-indirect quotes with cue, speaker,
 * speaker actor (and, where the text says so, the relaying source `via` and the `addressee`).
 * Rules in src/quotes/extract.ts and docs/quotes.md; never reads header sentences.
 *
 * @example
 * createPipeline(['header', 'segment', 'mentions', 'actors', 'quotes']).run(doc); doc.quotes;
 */
import type { Stage } from '../stage.js';
import { extractQuotes } from '../../quotes/extract.js';

export const quotes: Stage = {
  name: 'quotes',
  description: 'direct, indirect, mixed, reported and free-indirect quotes with cue, speaker and speaker actor',
  requires: ['text', 'lang', 'bodyStart', 'sentences', 'tokens', 'mentions', 'mentionInfo', 'actors'],
  assigns: ['quotes'],
  amends: [],
  run(doc) {
    doc.quotes = extractQuotes(doc);
  },
};
