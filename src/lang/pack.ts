/**
 * A language pack: everything Lagebild knows about one language, behind one interface. The
 * engines (segmentation, dates, amounts, mentions, quotes, actors, events) never test a language
 * code; they ask the pack of the document's language:
 * - `lexicons`: the manifest of `lexicons/<code>/*.tsv` files (required ones must exist, optional
 *   ones read as empty when absent), loaded once per language by src/lang/lexicon.ts;
 * - `grammar`: named traits and functions for what truly differs between languages (noun shape,
 *   clause structure, reported-speech mood, passive participle, numerals, date order, ...).
 * A third language is a folder `src/lang/<code>/` with a pack.ts and a folder `lexicons/<code>/`
 * (see docs/architecture.md "Adding a language").
 *
 * @example
 * import { packOf } from './packs.js';
 * packOf('de').grammar.capitalisedNouns; // true
 */
import type { NameGrammar } from './name-grammar.js';
import type { EventGrammar } from './event-grammar.js';

/** Lookup of a number word in the pack's `number-words` lexicon, by role (one, teen, ten, half, ...). */
export type NumberWordLookup = (lowerWord: string, roles: readonly string[]) => number | null;

/** Number words of the `number-words` lexicon that a pack's numberWord() may consult. */
export interface NumberWords {
  lookup: NumberWordLookup;
  /** entries of role `half` ("einhalb" → 0.5), longest match first is not required */
  halves(): readonly [string, number][];
}

/** The grammar traits and functions of a language (only what truly differs between languages). */
export interface Grammar {
  /**
   * Noun shape: nouns are written with a capital letter (German). A capitalised word after another
   * word is then a noun (not a verb or name start), a quote noun ("die Behauptung") must be
   * capitalised, and a lower-case word ending like an inflected adjective belongs to a noun phrase.
   * Without it (English) a determiner before a word marks it as a noun ("the call").
   */
  readonly capitalisedNouns: boolean;
  /**
   * Clause structure. 'verb-second' (German): the finite verb stands second, the subject may
   * follow it ("…, sagte X"), content clauses open with a complementiser, a colon, a quote or a
   * clause in reported-speech mood, and a reported speech act is reported with its whole sentence.
   * 'subject-verb' (English): the subject precedes the verb ("X said that …"), content follows the
   * complementiser of `content-openers`, and a reported act is the rest of its clause.
   */
  readonly clauseOrder: 'verb-second' | 'subject-verb';
  /**
   * Reported-speech mood (German Konjunktiv I/II, forms in lexicon `konjunktiv`): sentences in it
   * carry reported speech without a cue (free-indirect), and the verbatim fragments of a
   * reported quote are direct quotes of their own.
   */
  readonly reportedMood: boolean;
  /**
   * A closing quotation mark ends a clause 'always' (English: `"…," she said`) or only
   * 'after-punctuation' inside the quote (German: `„…?“ fragte sie`, while `„…“, sagte sie` has
   * its comma after the mark).
   */
  readonly quoteMarkEndsClause: 'always' | 'after-punctuation';
  /** Names take a genitive "-s" without apostrophe ("Trumps Besuch", "Chinas Haltung"). */
  readonly nameGenitiveS: boolean;
  /**
   * The word that links a head noun to a following name in organisation and place names
   * ("Bank of England", "University of Oxford"), or null when names are built otherwise.
   */
  readonly postnominalOf: string | null;
  /** True for a passive participle that cannot be a cue verb's finite form ("geschätzt" in "wird … geschätzt"). */
  passiveParticiple(lowerWord: string): boolean;
  /** True for a participle opening a sentence as an adverbial clause ("Asked about it, …"). */
  openingParticiple(lowerWord: string): boolean;
  /** The thousands separator of numerals ("." in German 3.000, "," in English 3,000). */
  readonly thousandsSeparator: '.' | ',';
  /** A dot after a number makes it an ordinal ("im 3. Quartal", "am 9.9."). */
  readonly ordinalDot: boolean;
  /** Order of day and month in numeric dates and after a month name: 'day-month' (25/9/2025) or 'month-day' (9/25/2025, "September 9"). */
  readonly dateOrder: 'day-month' | 'month-day';
  /**
   * Endings of an adjective built from a number and a unit stem ("zweistündige": stem from
   * `duration-stems` plus one of these endings), as a regular-expression alternation; null when
   * the language writes such adjectives apart ("two-hour").
   */
  readonly numberAdjectiveEndings: string | null;
  /** Value of a (lower-case) cardinal number word, compounds included; null when it is none. */
  numberWord(lowerWord: string, words: NumberWords): number | null;
  /**
   * Languages (ISO 639-1) whose official country names (i18n-iso-countries) name a state in this
   * language's text, in the order tried (a German text also names states in English).
   */
  readonly countryNameLangs: readonly string[];
  /**
   * Search stem of a lower-case word (full-text search: "Zölle" and "Zoll" meet), or absent when the
   * language has no stemmer (the word is then its own stem).
   */
  stem?(lowerWord: string): string;
}

/** The lexicon files of a pack. Names are file names under the pack's folder without `.tsv`. */
export interface LexiconManifest {
  /** files that must exist: a missing one is an error naming it when the pack is registered */
  readonly required: readonly string[];
  /** files read as empty when absent (default: every lexicon an engine reads, src/lang/manifest.ts) */
  readonly optional?: readonly string[];
}

/** What a language folder exports: the definition of its pack. */
export interface LanguagePack {
  /** ISO 639-1 code, the `lang` of articles and results */
  readonly code: string;
  /** English name, used in messages ("neither German nor English") */
  readonly name: string;
  /** ISO 639-3 code franc-min reports for the language (detection), or null when not detectable */
  readonly iso3: string | null;
  /** folder of the lexicon files (default: lexicons/<code>/ of the repository) */
  readonly lexiconDir?: string;
  readonly lexicons: LexiconManifest;
  readonly grammar: Grammar;
  // names
  /** how the language writes names (nationality adjectives, small towns, morphology); absent: NO_NAME_GRAMMAR (src/lang/name-grammar.ts) */
  readonly names?: NameGrammar;
  // events
  /** traits and morphology of the events engine (src/lang/event-grammar.ts); absent: NO_EVENT_GRAMMAR */
  readonly events?: EventGrammar;
}
