/**
 * Numbers as written in German and English news: digits with thousands and decimal separators
 * ("1,5", "3.000", "1.5", "3,000", "1.000.000") and number words ("zwei", "dreiundzwanzig",
 * "dreihundertfünfzig", "twenty-three"), from lexicons/<lang>/number-words.tsv.
 *
 * @example
 * parseNumeral('3.000', 'de'); // 3000
 * numberWordValue('dreiundzwanzig', 'de'); // 23
 */
import type { Lang } from '../../contract/schema.js';
import { compiled, lexicon } from '../lexicon.js';
import type { LanguagePack, NumberWords } from '../pack.js';
import { packOf } from '../packs.js';

/**
 * Value of a digit string in the notation of `lang`. A separator followed by exactly three digits
 * is a thousands separator when it is the language's grouping mark (the pack's thousandsSeparator:
 * "." in German, "," in English) or when it occurs more than once; otherwise it is the decimal mark.
 *
 * @example
 * parseNumeral('1,5', 'de'); // 1.5
 * parseNumeral('3,000', 'en'); // 3000
 * parseNumeral('1.5', 'de'); // 1.5
 */
export function parseNumeral(text: string, lang: Lang | string): number | null {
  // most numbers in news are plain digits ("2025", "14"): no pattern, no separator list
  if (isPlainDigits(text)) return Number(text);
  if (!/^\d+(?:[.,]\d+)*$/.test(text)) return null;
  const seps = text.replace(/\d/g, '');
  if (seps.length === 0) return Number(text);
  const groups = text.split(/[.,]/);
  const group = packOf(lang).grammar.thousandsSeparator;
  const last = groups[groups.length - 1];
  const lastSep = seps[seps.length - 1];
  const allSame = seps.split('').every((c) => c === seps[0]);
  const inner = groups.slice(1, -1).every((g) => g.length === 3);
  // Thousands only: one kind of separator, every group of three digits.
  if (allSame && inner && last.length === 3 && (seps.length > 1 || lastSep === group)) {
    return Number(groups.join(''));
  }
  // Otherwise the last separator is the decimal mark and the others group thousands.
  if (!inner) return null;
  if (!allSame && seps.slice(0, -1).includes(lastSep)) return null;
  return Number(`${groups.slice(0, -1).join('')}.${last}`);
}

/** Whether `text` is one or more ASCII digits and nothing else. */
function isPlainDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** One entry of the number-word lexicon. */
export interface NumberWord {
  value: number;
  role: string;
}

/** The number words of one pack, compiled (see numberWords: a scanner holds it for a document). */
export interface NumberWordTable {
  words: Map<string, NumberWord[]>;
  /** last three letters of every cardinal word: a fast filter for German compounds */
  tails: Set<string>;
  /**
   * 1 at tailHash() of every three-letter tail: a word whose hash is 0 here has no tail, found
   * without cutting its last three letters into a new string (most words of a text)
   */
  tailBits: Uint8Array;
  /** the pack's grammar (its numberWord reads compounds) */
  grammar: LanguagePack['grammar'];
  /** half suffixes ("einhalb" → 0.5), built at first use */
  halves?: [string, number][];
  /** what the pack's numberWord() consults */
  reader: NumberWords;
}

const TAIL_HASH_SIZE = 1 << 16;

/** Hash of the last three code units of `w` (its length `n` at least 3), below TAIL_HASH_SIZE. */
function tailHash(w: string, n: number): number {
  return (w.charCodeAt(n - 3) * 961 + w.charCodeAt(n - 2) * 31 + w.charCodeAt(n - 1)) & (TAIL_HASH_SIZE - 1);
}

/** Whether the last three letters of `w` (the whole word when shorter) are a cardinal's tail. */
function hasTail(t: NumberWordTable, w: string): boolean {
  const n = w.length;
  if (n >= 3 && t.tailBits[tailHash(w, n)] === 0) return false;
  return t.tails.has(w.slice(-3));
}

function table(lang: string): NumberWordTable {
  return compiled(lang, 'number-words', buildTable);
}

/**
 * The number words of `lang`, for a caller that reads many words of one document: the `...In`
 * functions below take it instead of the language, so a word costs no pack lookup.
 */
export function numberWords(lang: Lang | string): NumberWordTable {
  return table(lang);
}

function buildTable(lang: string): NumberWordTable {
  const words = new Map<string, NumberWord[]>();
  for (const [w, v, role] of lexicon(lang, 'number-words')) {
    const list = words.get(w) ?? [];
    list.push({ value: Number(v), role });
    words.set(w, list);
  }
  const tails = new Set<string>();
  for (const [w, list] of words) if (list.some((e) => e.role !== 'article' && e.role !== 'scale')) tails.add(w.slice(-3));
  const tailBits = new Uint8Array(TAIL_HASH_SIZE);
  for (const tail of tails) if (tail.length === 3) tailBits[tailHash(tail, 3)] = 1;
  const t: NumberWordTable = {
    words,
    tails,
    tailBits,
    grammar: packOf(lang).grammar,
    reader: {
      lookup: (x, roles) => lookupIn(words, x, roles),
      halves: () => (t.halves ??= [...words].flatMap(([w, list]) => list.filter((e) => e.role === 'half').map((e): [string, number] => [w, e.value]))),
    },
  };
  return t;
}

// role lists of the lookups, allocated once (not per call: lookups run on every word token)
const R_SCALE: readonly string[] = ['scale'];
const R_SCALE_CURRENCY: readonly string[] = ['scale', 'scale-currency'];
const R_ARTICLE: readonly string[] = ['article'];

function lookupIn(words: Map<string, NumberWord[]>, w: string, roles: readonly string[]): number | null {
  const list = words.get(w);
  if (!list) return null;
  for (const e of list) if (roles.includes(e.role)) return e.value;
  return null;
}

/** The multiplier of a scale word ("Mrd." → 1e9, "billion" → 1e9), or null. */
export function scaleValue(lowerWord: string, lang: Lang | string, afterCurrency = false): number | null {
  return scaleValueIn(table(lang), lowerWord, afterCurrency);
}

/** scaleValue with the table of numberWords(lang). */
export function scaleValueIn(t: NumberWordTable, lowerWord: string, afterCurrency = false): number | null {
  return lookupIn(t.words, lowerWord, afterCurrency ? R_SCALE_CURRENCY : R_SCALE);
}

/** The value of an article-like number word ("ein", "eine", "a", "one") usable before a unit. */
export function articleValue(lowerWord: string, lang: Lang | string): number | null {
  return lookupIn(table(lang).words, lowerWord, R_ARTICLE);
}

/** articleValue with the table of numberWords(lang). */
export function articleValueIn(t: NumberWordTable, lowerWord: string): number | null {
  return lookupIn(t.words, lowerWord, R_ARTICLE);
}

/**
 * Value of a (lower-case) cardinal number word, German compounds included; null when the word is
 * not a number word. Articles ("ein", "a") are not counted here, see articleValue().
 *
 * @example
 * numberWordValue('zweihundertfünfzig', 'de'); // 250
 * numberWordValue('twenty-three', 'en'); // 23
 */
export function numberWordValue(lowerWord: string, lang: Lang | string): number | null {
  return numberWordValueIn(table(lang), lowerWord);
}

/** numberWordValue with the table of numberWords(lang). */
export function numberWordValueIn(t: NumberWordTable, lowerWord: string): number | null {
  if (lowerWord.length < 2) return null;
  if (!hasTail(t, lowerWord) && !lowerWord.includes('-')) return null;
  return t.grammar.numberWord(lowerWord, t.reader);
}

/**
 * Splits a German word into a leading number word and the rest ("zweistündige" → [2, "stündige"]),
 * trying the longest number prefix first; null when it does not start with a number word.
 */
export function numberPrefix(lowerWord: string, lang: Lang | string): [number, string] | null {
  for (let i = lowerWord.length - 1; i >= 3; i--) {
    const v = numberWordValue(lowerWord.slice(0, i), lang);
    if (v !== null) return [v, lowerWord.slice(i)];
  }
  return null;
}
