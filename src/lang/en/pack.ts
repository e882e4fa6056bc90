/**
 * The English language pack: lexicons in lexicons/en/, and the traits in which English differs
 * (lower-case nouns after determiners, subject-verb clauses with "that", no reported-speech mood,
 * "-ed"/"-ing" participle clauses, "3,000" numerals, month before day, hyphenated number words).
 *
 * @example
 * import { en } from './en/pack.js';
 * en.grammar.dateOrder; // 'month-day'
 */
import { stemmer } from '@orama/stemmers/english';
import type { LanguagePack } from '../pack.js';
import { englishNumberWord } from './numbers.js';

export const en = {
  code: 'en',
  name: 'English',
  iso3: 'eng',
  lexicons: {
    required: ['abbreviations', 'months', 'weekdays', 'number-words', 'quote-cues', 'quote-phrases', 'speaker-words',
      'content-openers', 'subordinators', 'relative-pronouns', 'ner-roles', 'event-patterns'],
  },
  grammar: {
    capitalisedNouns: false,
    clauseOrder: 'subject-verb',
    reportedMood: false,
    nameGenitiveS: false,
    postnominalOf: 'of',
    quoteMarkEndsClause: 'always',
    passiveParticiple: () => false,
    // "Asked about it, …", "Speaking to reporters, …"
    openingParticiple: (w: string) => /(ed|ing)$/.test(w),
    thousandsSeparator: ',',
    ordinalDot: false,
    dateOrder: 'month-day',
    numberAdjectiveEndings: null,
    numberWord: englishNumberWord,
    // Snowball stemmer (@orama/stemmers), for full-text search
    stem: stemmer,
    countryNameLangs: ['en', 'de'],
  },
  // names
  names: {
    nationalityLocale: 'en',
    nationalityAdjectiveStem: null,
    demonymPluralS: ['an', 'i'],
    smallTownCountries: [],
    morphology: null,
  },
  // events (src/lang/event-grammar.ts)
  events: {
    morphology: null,
    verbBracket: false,
    nominalEvents: false,
    storyContext: false,
    phraseParticipants: true,
    coordinatedPartners: 'reciprocal',
    hyphenCompounds: false,
    demonymNoun: null,
    // "criticized", "taken", "shown", "caught"
    participle: (w: string) => /(ed|en|wn|ght)$/.test(w),
    bareParticiple: () => false,
    // the auxiliary stands shortly before the participle ("was sharply criticized")
    passiveAux: { before: 3, after: false },
    commaInfinitive: null,
  },
} as const satisfies LanguagePack;
