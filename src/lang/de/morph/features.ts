/**
 * The bit layout of one morphological reading (a 32-bit feature word), shared by the compiler
 * (compile.ts) and the reader (lexicon.ts). One reading = lemma id + feature word + particle id.
 *
 * - bits 0–2: part of speech (POS_*: noun, verb, adjective, article, determiner, pronoun, adverb).
 * - nouns, adjectives, articles, determiners, pronouns: bits 3–18 are the case × gender/number
 *   readings, bit `3 + case * 4 + gnp` (case NOM 0, GEN 1, DAT 2, AKK 3; gnp M 0, F 1, N 2, plural 3).
 *   Agreement inside a noun phrase is the AND of these masks (`cgnMask`). Bit 19 (ADJ_PRED) marks
 *   the uninflected adjective ("groß").
 * - verbs: bits 3–26 are the finite readings, bit `3 + tense * 6 + number * 3 + (person - 1)`
 *   (tense PRES 0, PAST 1, KONJ1 2, KONJ2 3; number singular 0, plural 1); bits 27–31 the
 *   non-finite forms (infinitive, present participle, past participle, imperative, zu-infinitive).
 *
 * @example
 * const f = POS_NOUN | cgnBit(CASE_NOM, GNP_F); // "Regierung" as nominative feminine singular
 * (f & POS_MASK) === POS_NOUN; // true
 */
/** Version of the layout and of the compiler's rules: part of the index's cache key. */
export const FORMAT_VERSION = 1;

export const POS_MASK = 7;
export const POS_NOUN = 1;
export const POS_VERB = 2;
export const POS_ADJ = 3;
export const POS_ART = 4;
export const POS_DET = 5;
export const POS_PRON = 6;
/** Uninflected words from lexicons/de/morph-closed.tsv (the packages hold none): adverbs, and with ADV_FUNCTION prepositions and conjunctions. */
export const POS_ADV = 7;
/** On a POS_ADV reading: a preposition or conjunction, not an adverb. */
export const ADV_FUNCTION = 1 << 3;
export const POS_NAMES = ['', 'NOUN', 'VERB', 'ADJ', 'ART', 'DET', 'PRON', 'ADV'] as const;

export const CASE_NOM = 0;
export const CASE_GEN = 1;
export const CASE_DAT = 2;
export const CASE_AKK = 3;
export const CASE_NAMES = ['nom', 'gen', 'dat', 'akk'] as const;
export const GNP_M = 0;
export const GNP_F = 1;
export const GNP_N = 2;
export const GNP_P = 3;
export const GNP_NAMES = ['m', 'f', 'n', 'p'] as const;

/** The 16 case × gender/number bits (nouns, adjectives, articles, determiners, pronouns). */
export const CGN_MASK = 0xffff << 3;
export const ADJ_PRED = 1 << 19;

export function cgnBit(kase: number, gnp: number): number {
  return 1 << (3 + kase * 4 + gnp);
}

/** Bits of every gender/number for one case (`caseMask(CASE_AKK)`). */
export function caseMask(kase: number): number {
  return 0xf << (3 + kase * 4);
}

export const TENSE_PRES = 0;
export const TENSE_PAST = 1;
export const TENSE_KONJ1 = 2;
export const TENSE_KONJ2 = 3;
export const TENSE_NAMES = ['pres', 'past', 'konj1', 'konj2'] as const;

/** The finite bit of tense/mood × number (0 singular, 1 plural) × person (1–3). */
export function finiteBit(tense: number, number: number, person: number): number {
  return 1 << (3 + tense * 6 + number * 3 + (person - 1));
}

/** Bits of every person and number for one tense/mood. */
export function tenseMask(tense: number): number {
  return 0x3f << (3 + tense * 6);
}

export const FINITE_MASK = 0xffffff << 3;
export const VERB_INF = 1 << 27;
export const VERB_PART1 = 1 << 28;
export const VERB_PART2 = 1 << 29;
export const VERB_IMP = 1 << 30;
export const VERB_ZU = (1 << 31) >>> 0;

/** FNV-1a's 32-bit offset basis and prime (hashForm; the lexicon's filters hash alike). */
export const FNV_BASIS = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** FNV-1a over the UTF-16 code units of `s` from `start` to `end`; `fold` 1 lower-cases, 2 upper-cases the first one. */
export function hashForm(s: string, start: number, fold: number, end = s.length): number {
  let h = FNV_BASIS;
  for (let i = start; i < end; i++) {
    let c = s.charCodeAt(i);
    if (i === start && fold !== 0) c = foldChar(c, fold);
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  return h >>> 0;
}

/** Lower-case (fold 1) or upper-case (fold 2) one Latin-1 letter. */
export function foldChar(c: number, fold: number): number {
  if (fold === 1) {
    if ((c >= 65 && c <= 90) || (c >= 192 && c <= 222 && c !== 215)) return c + 32;
  } else if (fold === 2) {
    if ((c >= 97 && c <= 122) || (c >= 224 && c <= 254 && c !== 247)) return c - 32;
  }
  return c;
}
