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
import { hasLexicon, lexicon } from '../lexicon.js';

/**
 * Value of a digit string in the notation of `lang`. A separator followed by exactly three digits
 * is a thousands separator when it is the language's grouping mark ("." in German, "," in
 * English) or when it occurs more than once; otherwise it is the decimal mark.
 *
 * @example
 * parseNumeral('1,5', 'de'); // 1.5
 * parseNumeral('3,000', 'en'); // 3000
 * parseNumeral('1.5', 'de'); // 1.5
 */
export function parseNumeral(text: string, lang: Lang | string): number | null {
  if (!/^\d+(?:[.,]\d+)*$/.test(text)) return null;
  const seps = text.replace(/\d/g, '');
  if (seps.length === 0) return Number(text);
  const groups = text.split(/[.,]/);
  const group = lang === 'en' ? ',' : '.';
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

/** One entry of the number-word lexicon. */
export interface NumberWord {
  value: number;
  role: string;
}

interface NumberWordTable {
  words: Map<string, NumberWord[]>;
  /** last three letters of every cardinal word: a fast filter for German compounds */
  tails: Set<string>;
  /** half suffixes ("einhalb" → 0.5), built at first use */
  halves?: [string, number][];
}

const tables = new Map<string, NumberWordTable>();

function table(lang: string): NumberWordTable {
  let t = tables.get(lang);
  if (t) return t;
  const words = new Map<string, NumberWord[]>();
  if (hasLexicon(lang, 'number-words')) {
    for (const [w, v, role] of lexicon(lang, 'number-words')) {
      const list = words.get(w) ?? [];
      list.push({ value: Number(v), role });
      words.set(w, list);
    }
  }
  const tails = new Set<string>();
  for (const [w, list] of words) if (list.some((e) => e.role !== 'article' && e.role !== 'scale')) tails.add(w.slice(-3));
  t = { words, tails };
  tables.set(lang, t);
  return t;
}

// role lists of the lookups, allocated once (not per call: lookups run on every word token)
const R_SCALE: readonly string[] = ['scale'];
const R_SCALE_CURRENCY: readonly string[] = ['scale', 'scale-currency'];
const R_ARTICLE: readonly string[] = ['article'];
const R_CARDINAL: readonly string[] = ['one', 'teen', 'ten'];
const R_ONES: readonly string[] = ['one', 'one-compound'];
const R_TEN: readonly string[] = ['ten'];
const R_ONE: readonly string[] = ['one'];

function lookup(lang: string, w: string, roles: readonly string[]): number | null {
  const list = table(lang).words.get(w);
  if (!list) return null;
  for (const e of list) if (roles.includes(e.role)) return e.value;
  return null;
}

/** The multiplier of a scale word ("Mrd." → 1e9, "billion" → 1e9), or null. */
export function scaleValue(lowerWord: string, lang: Lang | string, afterCurrency = false): number | null {
  return lookup(lang, lowerWord, afterCurrency ? R_SCALE_CURRENCY : R_SCALE);
}

/** The value of an article-like number word ("ein", "eine", "a", "one") usable before a unit. */
export function articleValue(lowerWord: string, lang: Lang | string): number | null {
  return lookup(lang, lowerWord, R_ARTICLE);
}

function halfSuffixes(lang: string): [string, number][] {
  const t = table(lang);
  if (!t.halves) {
    t.halves = [];
    for (const [w, list] of t.words) for (const e of list) if (e.role === 'half') t.halves.push([w, e.value]);
  }
  return t.halves;
}

function below100De(s: string, lang: string): number | null {
  const direct = lookup(lang, s, R_CARDINAL);
  if (direct !== null) return direct;
  const u = s.indexOf('und');
  if (u <= 0) return null;
  const one = lookup(lang, s.slice(0, u), R_ONES);
  const ten = lookup(lang, s.slice(u + 3), R_TEN);
  return one !== null && ten !== null && one < 10 ? one + ten : null;
}

function below1000De(s: string, lang: string): number | null {
  const h = s.indexOf('hundert');
  if (h < 0) return below100De(s, lang);
  const left = s.slice(0, h);
  const right = s.slice(h + 7);
  const l = left ? lookup(lang, left, R_ONES) : 1;
  const r = right ? below100De(right, lang) : 0;
  return l !== null && r !== null ? l * 100 + r : null;
}

function germanWord(s: string, lang: string): number | null {
  // "zweieinhalb" = 2.5: a whole number followed by a half suffix from the lexicon.
  for (const [half, value] of halfSuffixes(lang)) {
    if (s.length > half.length && s.endsWith(half)) {
      const whole = germanWord(s.slice(0, -half.length), lang);
      return whole === null ? null : whole + value;
    }
  }
  const t = s.indexOf('tausend');
  if (t < 0) return below1000De(s, lang);
  const left = s.slice(0, t);
  const right = s.slice(t + 7);
  const l = left ? below1000De(left, lang) : 1;
  const r = right ? below1000De(right, lang) : 0;
  return l !== null && r !== null ? l * 1000 + r : null;
}

function englishWord(s: string, lang: string): number | null {
  const direct = lookup(lang, s, R_CARDINAL);
  if (direct !== null) return direct;
  const dash = s.indexOf('-');
  if (dash <= 0) return null;
  const ten = lookup(lang, s.slice(0, dash), R_TEN);
  const one = lookup(lang, s.slice(dash + 1), R_ONE);
  return ten !== null && one !== null ? ten + one : null;
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
  if (lowerWord.length < 2) return null;
  const t = table(lang);
  if (!t.tails.has(lowerWord.slice(-3)) && !lowerWord.includes('-')) return null;
  return lang === 'de' ? germanWord(lowerWord, lang) : englishWord(lowerWord, lang);
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
