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
import {
  analyse, canBeObject, firstLemmaIn, canBeSubject, isAdverb, isFinite3s, isNounPhraseWord, isParticiple, nounHeadStart, separableLemma, wordClass,
} from './morph/index.js';

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
    // src/lang/de/morph (german-pos-dict), called through arrows as for events below
    morphology: {
      wordClass: (lower: string) => wordClass(lower),
      isAdverb: (lower: string) => isAdverb(lower),
      isFinite3s: (lower: string) => isFinite3s(lower),
      isParticiple: (lower: string) => isParticiple(lower),
      isNounPhraseWord: (lower: string) => isNounPhraseWord(lower),
    },
  },
  // events (src/lang/event-grammar.ts); the morphology is called through arrows: the pack and the
  // morphology's loader import each other through the lexicon loader
  events: {
    morphology: {
      analyse: (form: string, sentenceStart?: boolean) => analyse(form, sentenceStart),
      firstLemmaIn: <T>(form: string, sentenceStart: boolean, table: ReadonlyMap<string, T>) => firstLemmaIn(form, sentenceStart, table),
      nounHeadStart: (form: string) => nounHeadStart(form),
      separableLemma: (stem: string, particle: string) => separableLemma(stem, particle),
      isParticiple: (lower: string) => isParticiple(lower),
      nounPhraseWord: (lower: string) => isNounPhraseWord(lower),
      canBeSubject: (words: readonly string[], verb: string | null) => canBeSubject(words, verb),
      canBeObject: (words: readonly string[]) => canBeObject(words),
    },
    verbBracket: true,
    nominalEvents: true,
    storyContext: true,
    phraseParticipants: false,
    // (as in English: "Die Gewerkschaften und die Opposition demonstrierten" is no protest of one against the other)
    coordinatedPartners: 'reciprocal',
    hyphenCompounds: true,
    // "Amerikaner", "Russen" are persons; "Deutsche", "Chinesische" open a name
    demonymNoun: (w: string) => /er$|en$/.test(w),
    // "gefordert", "kritisiert", "verurteilt", "festgenommen" (particle + "ge")
    participle: (w: string, particles: readonly string[]) => /^ge\p{L}+(t|en)$/u.test(w) || /iert$/.test(w) || /^(be|ver|er|ent|zer)\p{L}+t$/u.test(w)
      || particles.some((p) => w.length > p.length + 4 && w.startsWith(p) && w.startsWith('ge', p.length) && /(t|en)$/.test(w)),
    // "beschossen", "vertrieben" (strong participles without "ge-")
    bareParticiple: (w: string) => /^(be|ver|er|ent|zer)\p{L}+en$/u.test(w),
    // the auxiliary is the finite verb before the middle field, or follows the participle; the middle
    // field of a news sentence often holds a date, a place and an object ("wurden am Mittwoch in der
    // Nähe des Bahnhofs sechs Menschen erschossen"): anywhere in the clause, up to 24 tokens
    passiveAux: { before: 24, after: true },
    // "zu verlegen", or the particle verb with "zu" inside ("freizulassen", "abzuziehen")
    commaInfinitive: (prev: string, w: string) => prev === 'zu' || /^\p{Ll}+zu\p{Ll}+en$/u.test(w),
  },
} as const satisfies LanguagePack;
