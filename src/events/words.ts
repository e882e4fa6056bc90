/**
 * Word lists of the events engine from a pack's optional lexicons, compiled once per language
 * (src/lang/lexicon.ts `compiled`): a lexicon the pack's folder lacks reads as empty.
 *
 * @example
 * optionalSet('de', 'coordinators').has('und'); // true
 * optionalColumn('de', 'event-prepositions', 2).get('zwischen'); // 'between'
 */
import { compiled, hasLexicon, lexicon } from '../lang/lexicon.js';

/**
 * The compiled-cache key and builder of each (lexicon, column), made once per name: these are
 * asked per token, and a template-literal key and a closure per call were allocation and hashing
 * on every call. Bounded by the lexicon names the code asks for.
 */
interface Builder<T> { key: string; build: (lang: string) => T }
const setBuilders = new Map<string, Builder<Set<string>>>();
const columnBuilders = new Map<string, Builder<Map<string, string>>[]>();

/** First column of an optional lexicon of `lang`, as a set. */
export function optionalSet(lang: string, name: string): Set<string> {
  let b = setBuilders.get(name);
  if (!b) {
    b = { key: `events:${name}:set`, build: (l) => new Set(hasLexicon(l, name) ? lexicon(l, name).map((r) => r[0]) : []) };
    setBuilders.set(name, b);
  }
  return compiled(lang, b.key, b.build);
}

/** First column → column `col` ('' when empty) of an optional lexicon of `lang`. */
export function optionalColumn(lang: string, name: string, col: number): Map<string, string> {
  let cols = columnBuilders.get(name);
  if (!cols) columnBuilders.set(name, (cols = []));
  let b = cols[col];
  if (!b) {
    b = { key: `events:${name}:col${col}`, build: (l) => new Map(hasLexicon(l, name) ? lexicon(l, name).map((r) => [r[0], r[col] ?? '']) : []) };
    cols[col] = b;
  }
  return compiled(lang, b.key, b.build);
}
