/**
 * What the mention recogniser (src/ner/) asks of a language beyond its lexicons: how it writes
 * nationality adjectives, which locale of i18n-nationality holds them, which countries' small
 * towns its news names, and a morphology that says whether a word is known (and as what). A pack
 * sets `names` (src/lang/pack.ts); a pack without it gets `NO_NAME_GRAMMAR`: nationality
 * adjectives only from its `ner-demonyms` lexicon, large cities only, no morphology.
 *
 * The other name traits are in `Grammar`: `capitalisedNouns` (a capitalised word may be a
 * common noun: the recogniser asks the noun shape — stop lists with inflections, noun suffixes,
 * compound heads — before it takes a capitalised word for a name), `nameGenitiveS`
 * ("Erfurts", "Trumps") and `postnominalOf` ("Bank of England").
 *
 * @example
 * import { packOf } from './packs.js';
 * nameGrammarOf(packOf('de')).nationalityLocale; // 'de'
 */

/** The capitalised spelling has readings, all of them nouns ("Regierung", "Müller"). */
export const WORD_NOUN_ONLY = 1;
/** The capitalised spelling has some reading (noun, or a nominalised adjective or verb). */
export const WORD_KNOWN_CAPITALISED = 2;
/** The lower-case spelling has some reading. */
export const WORD_KNOWN_LOWER = 4;
/** Not in the lexicon, but a compound whose head is a noun of it ("Exportverbot"). */
export const WORD_COMPOUND = 8;
/** Not in the lexicon and no compound, but it probably is a noun by its ending. */
export const WORD_NOUN_ENDING = 16;

/**
 * A language's morphology as the recogniser uses it. All functions take a lower-case word and
 * allocate nothing (they are called for every capitalised word the recogniser has not seen).
 */
export interface NameMorphology {
  /** WORD_* flags of the word; 0: the lexicon knows neither spelling (in a text, a capitalised such word is likely a name) */
  wordClass(lower: string): number;
  /** an adverb (may stand between a verb and its subject: "vergab aber Börner") */
  isAdverb(lower: string): boolean;
  /** a finite verb form of the third person singular ("bestätigte") */
  isFinite3s(lower: string): boolean;
  /** a past participle ("ersetzt") */
  isParticiple(lower: string): boolean;
  /** a determiner or adjective that opens a noun phrase ("den", "heimischen") */
  isNounPhraseWord(lower: string): boolean;
}

/** The name traits of a language (see the file comment). */
export interface NameGrammar {
  /**
   * Locale file of the npm package i18n-nationality holding the language's nationality
   * adjectives (`i18n-nationality/langs/<locale>.json`), or null when the package has none.
   */
  readonly nationalityLocale: string | null;
  /**
   * Nationality adjectives are written in lower case and inflected from a stem ending in this
   * ("chinesisch" + "-en"; German "isch"): such stems are kept as stems and matched inflected
   * anywhere, capitalised inflected ones ("Deutsche") may open an organisation name. Null when
   * they are invariable capitalised words listed as names ("Chinese"; plural nouns "Britons").
   */
  readonly nationalityAdjectiveStem: string | null;
  /**
   * Endings of invariable nationality adjectives that form the plural noun with "-s" ("American"
   * → "Americans", "Israeli" → "Israelis"); empty when nationality adjectives are inflected.
   */
  readonly demonymPluralS: readonly string[];
  /**
   * ISO 3166 alpha-3 codes of the countries whose small towns (below 100,000 inhabitants) the
   * language's news names: their GeoNames towns join the gazetteer (those of 1,000–20,000 only
   * with a place-name ending of `ner-place-endings` and when no common noun).
   */
  readonly smallTownCountries: readonly string[];
  /**
   * The language's morphology (German: src/lang/de/morph), or null when it has none (no lexicon
   * evidence for or against names).
   */
  readonly morphology: NameMorphology | null;
}

/** Name traits of a pack that declares none. */
export const NO_NAME_GRAMMAR: NameGrammar = Object.freeze({
  nationalityLocale: null,
  nationalityAdjectiveStem: null,
  demonymPluralS: [],
  smallTownCountries: [],
  morphology: null,
});

/** The name traits of a pack (`NO_NAME_GRAMMAR` when it declares none). */
export function nameGrammarOf(pack: { readonly names?: NameGrammar }): NameGrammar {
  return pack.names ?? NO_NAME_GRAMMAR;
}
