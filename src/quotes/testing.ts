/**
 * Test helper of the quote rule tables: runs the stages up to quotes on a text written for a test
 * and gives each quote as one compact reading `rule: type | content | cue | speaker`.
 *
 * @example
 * quoteReadings('„Wir bleiben“, sagte Anna Berg.', 'de');
 * // ['content-before: direct | „Wir bleiben“ | sagte | Anna Berg']
 */
import { createDoc } from '../doc/doc.js';
import { createPipeline } from '../pipeline/pipeline.js';
import type { Lang } from '../contract/schema.js';
import { explainQuotes } from './extract.js';

const upToActors = createPipeline(['header', 'segment', 'mentions', 'actors']);

/** The compact readings of the quotes of `text` (article date 2025-09-25). */
export function quoteReadings(text: string, lang: Lang): string[] {
  const doc = upToActors.run(createDoc({ id: 't', text, lang, date: '2025-09-25' }));
  return explainQuotes(doc).map(({ quote: q, rule }) =>
    `${rule}: ${q.type} | ${q.text} | ${q.cue?.text ?? '-'} | ${q.speaker?.text ?? '-'}`);
}

/** One row of a rule table: language, a text written for the test, the readings expected (in order). */
export type QuoteRow = [lang: Lang, text: string, expected: string[]];

/** The rows whose readings differ from the expected ones, as messages (empty when all match). */
export function tableMismatches(rows: readonly QuoteRow[]): string[] {
  const out: string[] = [];
  for (const [lang, text, expected] of rows) {
    const got = quoteReadings(text, lang);
    if (JSON.stringify(got) !== JSON.stringify(expected)) out.push(`${text}\n  expected ${JSON.stringify(expected)}\n  got      ${JSON.stringify(got)}`);
  }
  return out;
}
