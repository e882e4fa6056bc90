/**
 * The coding cues of a language (lexicons/<lang>/coding-cues.tsv: cancel, sanction, discontinue,
 * background, attribute, participle), compiled once per language. A language without the file has none.
 *
 * @example
 * codingCues('de').find(words, 0, words.length); // [{ tag: 'background', first: 3, last: 4 }]
 */
import { hasLexicon, lexicon } from '../lang/lexicon.js';
import { compileCues, type CueMatcher } from './cues.js';

const cache = new Map<string, CueMatcher>();

export function codingCues(lang: string): CueMatcher {
  let m = cache.get(lang);
  if (!m) {
    m = compileCues(hasLexicon(lang, 'coding-cues') ? lexicon(lang, 'coding-cues') : []);
    cache.set(lang, m);
  }
  return m;
}
