/**
 * Finds date expressions in the tokens of a document and resolves them against the article
 * date, as precise as the text says ("2025-09-09", "2025-10", "2026"). Token patterns, with
 * the vocabulary from lexicons (see date-lexicon.ts):
 *   [preposition] [qualifier] core, where core is one of
 *   day month [year] ("9. September 2025", "9 September"), month day [, year] ("Sept. 9, 2025"),
 *   month year, month (only after a preposition or qualifier: "im Mai", "Ende Oktober"),
 *   year (only after a preposition, qualifier or year noun: "seit 2019", "Anfang 2026"),
 *   [modifier] weekday ("am Freitag", "last Friday"), relative day ("gestern"),
 *   modifier period ("vergangene Woche", "earlier this month"), weekend ("am Wochenende"),
 *   "vor drei Jahren" / "three years ago", numeric dates ("9.9.2025", "2025-09-09").
 * Decisions (docs/language.md): a bare weekday is the most recent one (the article day itself
 * included) unless the clause is future; a week is given as the month of its Thursday; the
 * weekend as its Saturday; a day or month without year takes the nearest year.
 *
 * @example
 * // tokens of "Er kam am 9. September." with article date 2025-09-25
 * findDates(text, tokens, lower, ranges, 'de', '2025-09-25').dates; // [{ text: 'am 9. September', value: '2025-09-09', ... }]
 */
import type { DateMention, Lang } from '../../contract/schema.js';
import type { Token } from '../../doc/doc.js';
import { packOf } from '../packs.js';
import { dateLexicon, type DateLexicon } from './date-lexicon.js';
import { articleValue, numberWordValue } from '../amounts/numbers.js';
import { isUnitStart } from '../amounts/find-amounts.js';
import { dayOf, parseDay } from './calendar.js';
import { resolveDate, type Resolution, type Tense } from './resolve-date.js';

interface Core {
  end: number;
  res: Resolution;
  /** only a date after a preposition or a qualifier ("im Mai", "seit 2019") */
  needsPrefix?: boolean;
  /** only a date after a qualifier ("Ende des Jahres") */
  needsQualifier?: boolean;
}

/** What findDates returns: the dates and which tokens they cover (for the amounts finder). */
export interface FoundDates {
  dates: DateMention[];
  covered: Uint8Array;
}

const ORDINAL_SUFFIX = new Set(['st', 'nd', 'rd', 'th']);
const CLAUSE_BREAK = new Set([',', ';', ':', '–', '—', '(', ')', '»', '«', '„', '“', '"']);

class Scanner {
  constructor(
    readonly text: string,
    readonly tokens: Token[],
    readonly low: string[],
    readonly lang: string,
    readonly lex: DateLexicon,
  ) {
    const g = packOf(lang).grammar;
    this.ordinalDot = g.ordinalDot;
    this.monthDay = g.dateOrder === 'month-day';
  }

  /** a dot after a number makes it an ordinal ("am 9.9."; the pack's grammar) */
  readonly ordinalDot: boolean;
  /** numeric dates and month names put the month first ("9/25/2025", "September 9") */
  readonly monthDay: boolean;

  adjacent(a: number, b: number): boolean {
    return this.tokens[a].end === this.tokens[b].start;
  }

  capitalised(i: number): boolean {
    const c = this.tokens[i].text.charAt(0);
    return c !== c.toLowerCase();
  }

  /** Month number of token i when it is a capitalised month name or abbreviation. */
  monthAt(i: number, to: number): number | null {
    if (i >= to || this.tokens[i].kind !== 'word' || !this.capitalised(i)) return null;
    return this.lex.months.get(this.low[i]) ?? null;
  }

  /** Integer value of token i when it is a plain number (no separators) of at most `digits` digits. */
  intAt(i: number, to: number, digits: number): number | null {
    if (i >= to || this.tokens[i].kind !== 'num') return null;
    const t = this.tokens[i].text;
    if (t.length > digits || !/^\d+$/.test(t)) return null;
    return Number(t);
  }

  yearAt(i: number, to: number): number | null {
    const y = this.intAt(i, to, 4);
    return y !== null && this.tokens[i].text.length === 4 && y >= 1000 && y <= 2999 ? y : null;
  }

  /** A count: digits or a number word. */
  countAt(i: number, to: number): number | null {
    if (i >= to) return null;
    if (this.tokens[i].kind === 'num') return this.intAt(i, to, 3);
    return numberWordValue(this.low[i], this.lang) ?? articleValue(this.low[i], this.lang);
  }

  weekdayAt(i: number, to: number): number | null {
    if (i >= to || this.tokens[i].kind !== 'word' || !this.capitalised(i)) return null;
    return this.lex.weekdays.get(this.low[i]) ?? null;
  }

  /** day [.] [st|th] [of] month [year] starting at a number. */
  dayMonth(i: number, to: number): Core | null {
    const d = this.intAt(i, to, 2);
    if (d === null || d < 1 || d > 31) return null;
    let j = i + 1;
    if (j < to && this.low[j] === '.' && this.adjacent(i, j)) j++;
    else if (j < to && ORDINAL_SUFFIX.has(this.low[j]) && this.adjacent(i, j)) {
      j++;
      if (j < to && this.low[j] === 'of') j++;
    }
    const m = this.monthAt(j, to);
    if (m === null) return null;
    j++;
    const y = this.yearAt(j, to);
    if (y !== null) return { end: j + 1, res: { kind: 'day', y, m, d } };
    return { end: j, res: { kind: 'dm', m, d } };
  }

  numericDate(i: number, to: number): Core | null {
    const t = this.tokens[i].text;
    const dm = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
    if (dm) return dayOf(+dm[3], +dm[2], +dm[1]) !== null ? { end: i + 1, res: { kind: 'day', y: +dm[3], m: +dm[2], d: +dm[1] } } : null;
    // "am 9.9." (German day.month.): only after a preposition, "9.9" alone is a decimal.
    const short = this.ordinalDot ? /^(\d{1,2})\.(\d{1,2})$/.exec(t) : null;
    if (short && i + 1 < to && this.low[i + 1] === '.' && this.adjacent(i, i + 1)) {
      const [d, m] = [+short[1], +short[2]];
      if (m >= 1 && m <= 12 && d >= 1 && d <= 31) {
        const y = this.yearAt(i + 2, to);
        if (y !== null && dayOf(y, m, d) !== null) return { end: i + 3, res: { kind: 'day', y, m, d } };
        return { end: i + 2, res: { kind: 'dm', m, d }, needsPrefix: true };
      }
    }
    // 2025-09-09 and 9/25/2025 (English) or 25/9/2025 (German) come as five adjacent tokens.
    if (i + 4 < to && this.tokens[i + 1].text === this.tokens[i + 3].text && (this.low[i + 1] === '-' || this.low[i + 1] === '/')
      && this.adjacent(i, i + 1) && this.adjacent(i + 1, i + 2) && this.adjacent(i + 2, i + 3) && this.adjacent(i + 3, i + 4)) {
      const a = this.intAt(i, to, 4);
      const b = this.intAt(i + 2, to, 2);
      const c = this.intAt(i + 4, to, 4);
      if (a === null || b === null || c === null) return null;
      let y: number;
      let m: number;
      let d: number;
      if (this.low[i + 1] === '-' && this.tokens[i].text.length === 4) [y, m, d] = [a, b, c];
      else if (this.low[i + 1] === '/' && this.tokens[i + 4].text.length === 4) {
        y = c;
        [m, d] = this.monthDay ? [a, b] : [b, a];
      } else return null;
      return dayOf(y, m, d) !== null ? { end: i + 5, res: { kind: 'day', y, m, d } } : null;
    }
    return null;
  }

  /** month [day [st] [, year]] | month year | month (needs a prefix). */
  monthFirst(i: number, to: number): Core | null {
    const m = this.monthAt(i, to);
    if (m === null) return null;
    let j = i + 1;
    // "May's cabinet": a possessive makes the month a name.
    if (j < to && (this.low[j] === "'s" || this.low[j] === '’s')) return null;
    const y = this.yearAt(j, to);
    if (y !== null) return { end: j + 1, res: { kind: 'month', y, m } };
    // "September 9" is English; in German a number after a month is not its day ("im Mai 20 Tote").
    const d = this.monthDay ? this.intAt(j, to, 2) : null;
    if (d !== null && d >= 1 && d <= 31) {
      j++;
      if (j < to && ORDINAL_SUFFIX.has(this.low[j]) && this.adjacent(j - 1, j)) j++;
      if (j + 1 < to && this.low[j] === ',') {
        const y2 = this.yearAt(j + 1, to);
        if (y2 !== null) return { end: j + 2, res: { kind: 'day', y: y2, m, d } };
      }
      const y3 = this.yearAt(j, to);
      if (y3 !== null) return { end: j + 1, res: { kind: 'day', y: y3, m, d } };
      return { end: j, res: { kind: 'dm', m, d } };
    }
    return { end: i + 1, res: { kind: 'm', m }, needsPrefix: true };
  }

  /** weekday [, [den|the] explicit date]. */
  weekday(i: number, to: number, off: number | null): Core | null {
    const wd = this.weekdayAt(i, to);
    if (wd === null) return null;
    let j = i + 1;
    if (j < to && this.low[j] === ',') {
      let k = j + 1;
      if (k < to && (this.low[k] === 'den' || this.low[k] === 'dem' || this.low[k] === 'the')) k++;
      const explicit = this.intAt(k, to, 2) !== null ? this.dayMonth(k, to) : this.monthFirst(k, to);
      if (explicit && !explicit.needsPrefix) return explicit.res.kind === 'day' || explicit.res.kind === 'dm' ? { ...explicit } : null;
      j = i + 1;
    }
    return { end: j, res: { kind: 'weekday', wd, off } };
  }

  core(i: number, to: number): Core | null {
    const t = this.tokens[i];
    const w = this.low[i];
    if (t.kind === 'num') {
      return this.numericDate(i, to) ?? this.dayMonth(i, to) ?? this.agoAfter(i, to) ?? this.bareYear(i, to);
    }
    if (t.kind !== 'word') return null;
    if (!this.lex.starters.has(w)) {
      if (w.startsWith('mid-')) return this.mid(i, w);
      // "three years ago" starts with a number word.
      if (this.lex.agoAfter.size && i + 2 < to && this.lex.agoAfter.has(this.low[i + 2])) return this.agoAfter(i, to);
      return null;
    }
    const mod = this.lex.modifiers.get(w);
    if (mod) {
      const [off, needsQualifier] = mod;
      const wd = this.weekday(i + 1, to, off);
      if (wd && !needsQualifier) return wd;
      const p = i + 1 < to ? this.lex.singularPeriods.get(this.low[i + 1]) : undefined;
      if (p && p !== 'day') return { end: i + 2, res: { kind: 'period', period: p, off }, needsQualifier };
      return null;
    }
    const relPeriod = this.lex.relativePeriods.get(w);
    if (relPeriod) return { end: i + 1, res: { kind: 'period', period: relPeriod[0], off: relPeriod[1] } };
    const rel = this.lex.relativeDays.get(w);
    if (rel && (!rel[1] || t.text === w)) return { end: i + 1, res: { kind: 'relday', off: rel[0] } };
    if (this.lex.agoBefore.has(w)) {
      const n = this.countAt(i + 1, to);
      const p = i + 2 < to ? this.lex.periods.get(this.low[i + 2]) : undefined;
      if (n !== null && p && p !== 'weekend') return { end: i + 3, res: { kind: 'ago', period: p, n } };
    }
    if (this.lex.yearNouns.has(w)) {
      const y = this.yearAt(i + 1, to);
      if (y !== null) return { end: i + 2, res: { kind: 'year', y } };
    }
    if (this.lex.periods.get(w) === 'weekend') return { end: i + 1, res: { kind: 'period', period: 'weekend', off: null }, needsPrefix: true };
    return this.monthFirst(i, to) ?? this.weekday(i, to, null) ?? this.agoAfter(i, to);
  }

  /** "mid-October", "mid-2026" (one token). */
  mid(i: number, w: string): Core | null {
    const rest = w.slice(4);
    const m = this.lex.months.get(rest);
    if (m) return { end: i + 1, res: { kind: 'm', m } };
    if (/^\d{4}$/.test(rest)) return { end: i + 1, res: { kind: 'year', y: Number(rest) } };
    return null;
  }

  /** "three years ago": count period ago. */
  agoAfter(i: number, to: number): Core | null {
    if (this.lex.agoAfter.size === 0 || i + 2 >= to) return null;
    const n = this.countAt(i, to);
    const p = this.lex.periods.get(this.low[i + 1]);
    if (n === null || !p || p === 'weekend' || !this.lex.agoAfter.has(this.low[i + 2])) return null;
    return { end: i + 3, res: { kind: 'ago', period: p, n } };
  }

  bareYear(i: number, to: number): Core | null {
    const y = this.yearAt(i, to);
    if (y === null || y < 1800 || y > 2200) return null;
    // "um 2025 Euro" is an amount.
    if (i + 1 < to && isUnitStart(this.low[i + 1], this.lang)) return null;
    return { end: i + 1, res: { kind: 'year', y }, needsPrefix: true };
  }

  /** Length of a phrase from `list` that ends just before token `k` and starts at or after `min`. */
  phraseBefore(list: string[][], k: number, min: number): number {
    for (const p of list) {
      const s = k - p.length;
      if (s < min) continue;
      let ok = true;
      for (let x = 0; x < p.length && ok; x++) ok = this.low[s + x] === p[x];
      if (ok) return p.length;
    }
    return 0;
  }

  /**
   * Tense of the clause around token i (between commas, colons, dashes, quotes and before a
   * subordinating conjunction): 1 with a future cue, -1 with a past-tense form, else 0.
   */
  tense(i: number, from: number, to: number): Tense {
    const openers = this.lex.clauseOpeners;
    let l = i;
    while (l > from && !CLAUSE_BREAK.has(this.low[l - 1]) && !openers.has(this.low[l])) l--;
    let r = i;
    while (r < to && !CLAUSE_BREAK.has(this.low[r]) && !openers.has(this.low[r])) r++;
    let modal = false;
    let past = false;
    for (let p = l; p < r; p++) {
      if (this.lex.pastCues.has(this.low[p])) past = true;
      // only the cues that start with this word can match here (same order as the full list)
      const cues = this.lex.futureCuesByFirst.get(this.low[p]);
      if (cues === undefined) continue;
      for (const cue of cues) {
        if (p + cue.length > r) continue;
        let ok = true;
        for (let x = 0; x < cue.length && ok; x++) ok = this.low[p + x] === cue[x];
        if (!ok) continue;
        if (cue.length !== 1 || !this.lex.modalCues.has(cue[0])) return 1;
        modal = true;
      }
    }
    // "Er soll am Freitag gesagt haben": a modal with a perfect infinitive reports the past.
    if (modal) {
      for (let p = l; p < r; p++) if (this.lex.perfectAuxiliaries.has(this.low[p])) return -1;
      return 1;
    }
    return past ? -1 : 0;
  }

}

/** Whether tokens [k, end) lie inside one of the `names` ("Welt am Sonntag", "Good Friday"). */
function insideName(low: string[], names: string[][], k: number, end: number, from: number, to: number): boolean {
  for (const n of names) {
    // Every placement of the name that covers [k, end).
    for (let s = Math.max(from, end - n.length); s <= k && s + n.length <= to; s++) {
      let ok = true;
      for (let x = 0; x < n.length && ok; x++) ok = low[s + x] === n[x];
      if (ok) return true;
    }
  }
  return false;
}


/**
 * Dates in the token ranges of `sentenceRanges` ([from, to) pairs into `tokens`), resolved
 * against `articleDate` (relative ones are dropped when it is null).
 */
export function findDates(text: string, tokens: Token[], low: string[], sentenceRanges: [number, number][],
  lang: Lang | string, articleDate: string | null): FoundDates {
  const lex = dateLexicon(lang);
  const ref = articleDate ? parseDay(articleDate) : null;
  const sc = new Scanner(text, tokens, low, lang, lex);
  const covered = new Uint8Array(tokens.length);
  const dates: DateMention[] = [];
  for (const [from, to] of sentenceRanges) {
    let min = from;
    for (let i = from; i < to; i++) {
      const core = sc.core(i, to);
      if (!core) continue;
      let k = i;
      const q = sc.phraseBefore(lex.qualifiers, k, min);
      k -= q;
      const p = sc.phraseBefore(lex.prepositions, k, min);
      k -= p;
      const prep = p ? low.slice(k, k + p).join(' ') : '';
      const dayOnly = p > 0 && lex.dayOnlyPrepositions.has(prep);
      const kind = core.res.kind;
      if (core.needsPrefix && q === 0 && (p === 0 || (dayOnly && kind !== 'period'))) continue;
      if (core.needsQualifier && q === 0) continue;
      if (kind === 'weekday' && core.res.off === null && p === 0 && q === 0 && i > from && lex.weekdayBlockers.has(low[i - 1])) continue;
      if (kind === 'weekday' && dayOnly) continue;
      // "am 24. März (Samstag)": the weekday only repeats the date before it.
      if (kind === 'weekday' && k > from + 1 && low[k - 1] === '(' && dates.length && dates[dates.length - 1].end === tokens[k - 2].end) continue;
      if (insideName(low, lex.names, k, core.end, from, to)) continue;
      const past = p > 0 && lex.pastPrepositions.has(prep);
      const value = resolveDate(core.res, ref, () => (past ? -1 : sc.tense(i, from, to)));
      if (value === null) {
        i = core.end - 1;
        continue;
      }
      const start = tokens[k].start;
      const end = tokens[core.end - 1].end;
      dates.push({ start, end, text: text.slice(start, end), value });
      for (let x = k; x < core.end; x++) covered[x] = 1;
      min = core.end;
      i = core.end - 1;
    }
  }
  return { dates, covered };
}
