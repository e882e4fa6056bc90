/**
 * Rule 6, inflected nationality adjectives (languages with NameGrammar.nationalityAdjectiveStem:
 * German) in any case, capitalised or not (`chinesischen`,
 * `US-amerikanische`): MISC with kind `demonym` and the country (demonym nouns and capitalised
 * adjectives that are listed come from the gazetteer rule).
 *
 * @example
 * // "mit seinem chinesischen Amtskollegen" → MISC "chinesischen", country CHN
 */
import { germanAdjectiveCountry } from '../german.js';
import type { NerRule } from './types.js';

export const demonymRule: NerRule = {
  name: 'demonym',
  description: 'inflected nationality adjectives (German): MISC tied to the country',
  apply(s, i) {
    const u = s.units[i];
    const stem = s.d.names.nationalityAdjectiveStem;
    if (stem === null || !u.text.includes(stem)) return -1;
    const c = germanAdjectiveCountry(s.d, u.text);
    if (c === null) return -1;
    s.push({ start: u.start, end: u.end, type: 'MISC', kind: 'demonym', ...(c ? { country: c } : {}) });
    return i + 1;
  },
};
