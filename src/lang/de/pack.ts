/**
 * The German language pack: lexicons in lexicons/de/, and the traits in which German differs
 * (capitalised nouns, verb-second clauses, Konjunktiv as the mood of reported speech, "ge…t"
 * participles, "3.000" numerals, day before month, one-word number compounds).
 *
 * @example
 * import { de } from './de/pack.js';
 * de.grammar.numberWord('dreiundzwanzig', words); // 23
 */
import { stemmer } from '@orama/stemmers/german';
import type { LanguagePack } from '../pack.js';
import { germanNumberWord } from './numbers.js';

export const de = {
  code: 'de',
  name: 'German',
  iso3: 'deu',
  lexicons: {
    required: ['abbreviations', 'months', 'weekdays', 'number-words', 'quote-cues', 'quote-phrases', 'speaker-words', 'konjunktiv',
      'content-openers', 'subordinators', 'relative-pronouns', 'ner-roles', 'event-patterns'],
  },
  grammar: {
    capitalisedNouns: true,
    clauseOrder: 'verb-second',
    reportedMood: true,
    nameGenitiveS: true,
    postnominalOf: null,
    quoteMarkEndsClause: 'after-punctuation',
    // "geschätzt", "gemeldet", "genannt", "gesprochen"
    passiveParticiple: (w: string) => /^ge.+(t|en)$/.test(w),
    openingParticiple: () => false,
    thousandsSeparator: '.',
    ordinalDot: true,
    dateOrder: 'day-month',
    numberAdjectiveEndings: 'e|en|er|es|em',
    numberWord: germanNumberWord,
    // Snowball stemmer (@orama/stemmers), for full-text search
    stem: stemmer,
    countryNameLangs: ['de', 'en'],
  },
  // names
  names: {
    nationalityLocale: 'de',
    // "chinesisch" → "chinesischen", "Deutsche"
    nationalityAdjectiveStem: 'isch',
    // Germany, Austria, Switzerland
    demonymPluralS: [],
    smallTownCountries: ['DEU', 'AUT', 'CHE'],
    // src/lang/de/morph (german-pos-dict), by name: src/lang/morphologies.ts
    morphology: 'de',
  },
} as const satisfies LanguagePack;
