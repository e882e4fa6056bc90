/**
 * Word lists of the events engine from a pack's optional lexicons, compiled once per language
 * (src/lang/lexicon.ts `compiled`): a lexicon the pack's folder lacks reads as empty.
 *
 * @example
 * optionalSet('de', 'coordinators').has('und'); // true
 * optionalColumn('de', 'event-prepositions', 2).get('zwischen'); // 'between'
 */
import { compiled, hasLexicon, lexicon } from '../lang/lexicon.js';

/** First column of an optional lexicon of `lang`, as a set. */
export function optionalSet(lang: string, name: string): Set<string> {
  return compiled(lang, `events:${name}:set`, () => new Set(hasLexicon(lang, name) ? lexicon(lang, name).map((r) => r[0]) : []));
}

/** First column → column `col` ('' when empty) of an optional lexicon of `lang`. */
export function optionalColumn(lang: string, name: string, col: number): Map<string, string> {
  return compiled(lang, `events:${name}:col${col}`, () => new Map(hasLexicon(lang, name) ? lexicon(lang, name).map((r) => [r[0], r[col] ?? '']) : []));
}
