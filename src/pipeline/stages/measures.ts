/**
 * Stage `measures`: dates resolved against the article date (doc.dates) and amounts with
 * normalised units (doc.amounts), from the tokens of the segment stage.
 *
 * @example
 * createPipeline(['header', 'segment', 'measures']).run(doc); doc.dates; doc.amounts;
 */
import type { Stage } from '../stage.js';
import type { Doc } from '../../doc/doc.js';
import { findDates } from '../../lang/dates/find-dates.js';
import { findAmounts } from '../../lang/amounts/find-amounts.js';
import { sentenceTokenStarts } from '../../doc/sentence-tokens.js';
import { tokenLower } from '../../doc/token-lower.js';

/** Fills doc.dates and doc.amounts. */
export function measureDoc(doc: Doc): void {
  const { tokens, text, lang } = doc;
  const low = tokenLower(tokens);
  const starts = sentenceTokenStarts(tokens, doc.sentences.length);
  const ranges: [number, number][] = [];
  for (let s = 0; s < doc.sentences.length; s++) if (starts[s + 1] > starts[s]) ranges.push([starts[s], starts[s + 1]]);
  const { dates, covered } = findDates(text, tokens, low, ranges, lang, doc.date);
  doc.dates = dates;
  doc.amounts = findAmounts(text, tokens, low, ranges, lang, covered);
}

/** The `measures` stage (registered in src/pipeline/registry.ts). */
export const measures: Stage = {
  name: 'measures',
  description: 'dates (resolved against the article date, as precise as the text) and amounts with units',
  requires: ['text', 'lang', 'date', 'sentences', 'tokens'],
  assigns: ['dates', 'amounts'],
  amends: [],
  run: measureDoc,
};
