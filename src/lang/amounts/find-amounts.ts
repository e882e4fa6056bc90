/**
 * Finds amounts in the tokens of a document: numbers in German and English notation and number
 * words, with an optional scale ("Mrd.", "billion"), unit after them ("Prozent", "Euro",
 * "Jährchen") or currency before them ("$3 billion"), ranges ("zwei bis drei", "zwischen 10 und
 * 20 Prozent", "2-3") and duration adjectives ("zweistündige", "two-hour", "24-stündigen").
 * Units are normalised (lexicons/<lang>/units.tsv): percent, EUR, USD, year, hour, person, ...
 * Tokens already covered by a date are skipped (no amount for the 2025 of "22. September 2025");
 * so are German ordinals ("im 3. Quartal"), bare years and clock times.
 *
 * @example
 * findAmounts(text, tokens, lower, ranges, 'de', covered);
 * // "145 Prozent" → { value: 145, unit: 'percent' }; "3 Mrd. Euro" → { value: 3e9, unit: 'EUR' }
 */
import type { Amount, Lang } from '../../contract/schema.js';
import type { Token } from '../../doc/doc.js';
import { compiled, lexicon } from '../lexicon.js';
import { packOf } from '../packs.js';
import { articleValueIn, numberWords, numberWordValueIn, parseNumeral, scaleValue, scaleValueIn, type NumberWordTable } from './numbers.js';

interface AmountLexicon {
  /** unit phrases (token lists, lower case), longest first, with unit and whether it may precede */
  units: { words: string[]; unit: string; pre: boolean }[];
  unitFirst: Set<string>;
  /** adjective of number word + stem + ending ("zweistündige"; the pack's numberAdjectiveEndings) */
  stemPattern: RegExp | null;
  stems: Map<string, string>;
  rangeTo: Set<string>;
  rangeOpen: Map<string, string>;
}

function amountLexicon(lang: string): AmountLexicon {
  return compiled(lang, 'amounts', buildAmountLexicon);
}

function buildAmountLexicon(lang: string): AmountLexicon {
  const endings = packOf(lang).grammar.numberAdjectiveEndings;
  const units = lexicon(lang, 'units')
    .map(([form, unit, pos]) => ({ words: form.split(' '), unit, pre: pos === 'both' }))
    .sort((x, y) => y.words.length - x.words.length);
  const stems = new Map<string, string>(lexicon(lang, 'duration-stems').map((r) => [r[0], r[1]]));
  const stemList = [...stems.keys()].map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const rangeTo = new Set<string>();
  const rangeOpen = new Map<string, string>();
  for (const [w, role, partner] of lexicon(lang, 'range-words')) {
    if (role === 'between') rangeOpen.set(w, partner);
    else rangeTo.add(w);
  }
  return {
    units,
    unitFirst: new Set(units.map((u) => u.words[0])),
    stemPattern: endings !== null && stemList.length ? new RegExp(`(${stemList.join('|')})(${endings})?$`) : null,
    stems,
    rangeTo,
    rangeOpen,
  };
}

interface Quantity {
  end: number;
  value: number | [number, number];
  unit: string | null;
  /** the number came from a word without unit of value 1 ("one", "ein") */
  weak: boolean;
}

class AmountScanner {
  readonly lex: AmountLexicon;
  /** the number words, looked up once per document (not once per word) */
  readonly numbers: NumberWordTable;
  /** a dot after a number makes it an ordinal (the pack's grammar) */
  readonly ordinalDot: boolean;
  constructor(
    readonly tokens: Token[],
    readonly low: string[],
    readonly lang: string,
    readonly covered: Uint8Array,
  ) {
    this.lex = amountLexicon(lang);
    this.numbers = numberWords(lang);
    this.ordinalDot = packOf(lang).grammar.ordinalDot;
  }

  adjacent(a: number, b: number): boolean {
    return this.tokens[a].end === this.tokens[b].start;
  }

  /** [unit, token count] of a unit phrase starting at j. */
  unitAt(j: number, to: number, preOnly = false): [string, number] | null {
    if (j >= to || this.covered[j] || !this.lex.unitFirst.has(this.low[j])) return null;
    for (const u of this.lex.units) {
      if (preOnly && !u.pre) continue;
      if (j + u.words.length > to) continue;
      let ok = true;
      for (let x = 0; x < u.words.length && ok; x++) ok = this.low[j + x] === u.words[x];
      if (ok) return [u.unit, u.words.length];
    }
    return null;
  }

  /** A duration adjective in one token: "zweistündige", "two-hour". */
  adjective(i: number): Quantity | null {
    const w = this.low[i];
    if (this.lex.stemPattern) {
      if (w.length < 7 || !w.includes('ig')) return null;
      const m = this.lex.stemPattern.exec(w);
      if (!m || m.index < 3) return null;
      const n = numberWordValueIn(this.numbers, w.slice(0, m.index));
      if (n === null) return null;
      return { end: i + 1, value: n, unit: this.lex.stems.get(m[1]) ?? null, weak: false };
    }
    const dash = w.indexOf('-');
    if (dash <= 0) return null;
    // "twenty-three-year" or "two-hour": the number is everything before the unit part.
    for (let k = w.lastIndexOf('-'); k > 0; k = w.lastIndexOf('-', k - 1)) {
      const unit = this.lex.stems.get(w.slice(k + 1));
      if (!unit) continue;
      const n = numberWordValueIn(this.numbers, w.slice(0, k));
      return n === null ? null : { end: i + 1, value: n, unit, weak: false };
    }
    return null;
  }

  /** A bare number at i (digits or number word), or null. */
  number(i: number, to: number): { value: number; word: boolean } | null {
    if (i >= to || this.covered[i]) return null;
    const t = this.tokens[i];
    if (t.kind === 'num') {
      // German ordinal "3." inside the sentence ("im 3. Quartal").
      if (this.ordinalDot && i + 2 < to && this.low[i + 1] === '.' && this.adjacent(i, i + 1)) return null;
      const v = parseNumeral(t.text, this.lang);
      return v === null ? null : { value: v, word: false };
    }
    if (t.kind !== 'word') return null;
    const v = numberWordValueIn(this.numbers, this.low[i]);
    return v === null ? null : { value: v, word: true };
  }

  /** number [range] [scale] [unit], starting at i. */
  quantity(i: number, to: number, preUnit: string | null): Quantity | null {
    const adj = preUnit ? null : this.adjective(i);
    if (adj) return adj;
    const first = this.number(i, to);
    let value: number | [number, number];
    let j = i + 1;
    let weak = false;
    if (!first) {
      // "ein Jahr", "a year", "one hour": an article counts only before a unit.
      const art = this.tokens[i].kind === 'word' ? articleValueIn(this.numbers, this.low[i]) : null;
      // Only a unit word: "a $9.1 million loan" is no "a $".
      const u = art !== null && j < to && this.tokens[j].kind === 'word' ? this.unitAt(j, to) : null;
      if (art === null || !u || u[0] === 'person') return null;
      return { end: j + u[1], value: art, unit: u[0], weak: false };
    }
    value = first.value;
    weak = first.word && first.value === 1;
    // "10-year", "24-stündigen": number, hyphen and a unit word written together.
    if (j + 1 < to && this.low[j] === '-' && this.adjacent(i, j) && this.adjacent(j, j + 1)) {
      const w = this.low[j + 1];
      const m = this.lex.stemPattern?.exec(w);
      const unit = m && m.index === 0 ? this.lex.stems.get(m[1]) : this.lex.stems.get(w);
      if (unit) return { end: j + 2, value: first.value, unit, weak: false };
    }
    if (j + 1 < to && this.lex.rangeTo.has(this.low[j]) && !this.covered[j]) {
      // "$10,000 to $20,000": the currency may be repeated before the second number.
      let k = j + 1;
      const again = preUnit ? this.unitAt(k, to, true) : null;
      if (again && again[0] === preUnit) k += again[1];
      const second = this.number(k, to);
      if (second && second.value > first.value) {
        value = [first.value, second.value];
        j = k + 1;
        weak = false;
      }
    }
    return this.tail(j, to, value, preUnit, weak);
  }

  /** [scale] [unit] after the number(s) ending before j. */
  tail(j: number, to: number, value: number | [number, number], preUnit: string | null, weak: boolean): Quantity | null {
    let v = value;
    if (j < to && !this.covered[j]) {
      const scale = scaleValueIn(this.numbers, this.low[j], preUnit !== null);
      if (scale !== null) {
        v = Array.isArray(v) ? [scaled(v[0], scale), scaled(v[1], scale)] : scaled(v, scale);
        j++;
      }
    }
    let unit = preUnit;
    if (!unit) {
      const u = this.unitAt(j, to);
      if (u) {
        unit = u[0];
        j += u[1];
      }
    }
    return { end: j, value: v, unit, weak };
  }
}

function scaled(v: number, scale: number): number {
  return Number((v * scale).toPrecision(15));
}

const YEAR = /^\d{4}$/;

const JOINERS = new Set([':', '-', '/']);

/** Whether the number at i is joined by ":", "-" or "/" (no spaces) to another number ("3:1", "9/11"). */
function joinedToNumber(tokens: Token[], low: string[], i: number, from: number, to: number): boolean {
  if (i + 2 < to && JOINERS.has(low[i + 1]) && tokens[i + 2].kind === 'num' && glued(tokens, i, i + 1) && glued(tokens, i + 1, i + 2)) return true;
  return i - 2 >= from && JOINERS.has(low[i - 1]) && tokens[i - 2].kind === 'num' && glued(tokens, i - 2, i - 1) && glued(tokens, i - 1, i);
}

/** Tokens a and b touch (no space between); a module function, not a closure per call. */
function glued(tokens: Token[], a: number, b: number): boolean {
  return tokens[a].end === tokens[b].start;
}

/**
 * Whether a lower-case word can start a unit ("euro", "prozent", "$"): a number before it is an
 * amount, not a year.
 *
 * @example
 * isUnitStart('euro', 'de'); // true
 */
export function isUnitStart(lowerWord: string, lang: Lang | string): boolean {
  return amountLexicon(lang).unitFirst.has(lowerWord) || scaleValue(lowerWord, lang) !== null;
}

/**
 * Amounts in the token ranges `sentenceRanges` ([from, to) into `tokens`), skipping tokens marked
 * in `covered` (dates).
 */
export function findAmounts(text: string, tokens: Token[], low: string[], sentenceRanges: [number, number][],
  lang: Lang | string, covered: Uint8Array): Amount[] {
  const sc = new AmountScanner(tokens, low, lang, covered);
  const out: Amount[] = [];
  for (const [from, to] of sentenceRanges) {
    for (let i = from; i < to; i++) {
      if (covered[i]) continue;
      const t = tokens[i];
      let start = i;
      let q: Quantity | null = null;
      const partner = t.kind === 'word' ? sc.lex.rangeOpen.get(low[i]) : undefined;
      if (partner !== undefined) {
        // "zwischen 10 und 20 Prozent", "between two and three years"
        // "between $30,000 and $60,000": a currency before either number.
        let ai = i + 1;
        const pu = sc.unitAt(ai, to, true);
        const pre = pu && ai + pu[1] < to && tokens[ai + pu[1]].kind === 'num' ? pu[0] : null;
        if (pu && pre) ai += pu[1];
        const a = sc.number(ai, to);
        let bi = ai + 2;
        if (pre && bi < to) {
          const pu2 = sc.unitAt(bi, to, true);
          if (pu2 && pu2[0] === pre) bi += pu2[1];
        }
        const b = a && bi < to && low[ai + 1] === partner ? sc.number(bi, to) : null;
        if (a && b && b.value > a.value) q = sc.tail(bi + 1, to, [a.value, b.value], pre, false);
        if (!q) continue;
      } else if (t.kind === 'punct' || t.kind === 'word') {
        const pre = sc.unitAt(i, to, true);
        if (pre && i + pre[1] < to && tokens[i + pre[1]].kind === 'num') {
          q = sc.quantity(i + pre[1], to, pre[0]);
        } else if (t.kind === 'word') {
          q = sc.quantity(i, to, null);
        }
      } else {
        q = sc.quantity(i, to, null);
      }
      if (!q) continue;
      const end = q.end;
      const last = tokens[end - 1];
      if (q.unit === null) {
        if (q.weak) continue;
        // "zwischen 1997 und 2001": a range of years is a period, not an amount.
        if (Array.isArray(q.value) && q.value.every((v) => Number.isInteger(v) && v >= 1800 && v <= 2100)) continue;
        // A bare four-digit number is a year; "14 Uhr" a time; "5G" part of a name.
        if (t.kind === 'num' && end === i + 1 && YEAR.test(t.text)) continue;
        if (end < to && (low[end] === 'uhr' || low[end] === 'a.m.' || low[end] === 'p.m.')) continue;
        if (end < to && tokens[end].kind === 'word' && sc.adjacent(end - 1, end)) continue;
        if (i > from && tokens[i - 1].kind === 'word' && sc.adjacent(i - 1, i) && t.kind === 'num') continue;
      }
      // Scores, clock times, ratios: "3:1", "14:30", "3-1" (not a range: the second is smaller), "9/11".
      if (partner === undefined && t.kind === 'num' && !Array.isArray(q.value) && q.unit === null && joinedToNumber(tokens, low, i, from, to)) continue;
      start = i;
      const s = tokens[start].start;
      out.push({ start: s, end: last.end, text: text.slice(s, last.end), value: q.value, unit: q.unit });
      i = end - 1;
    }
  }
  return out;
}
