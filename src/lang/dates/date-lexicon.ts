/**
 * Date vocabulary of one language, compiled once per process from lexicons/<lang>/: months,
 * weekdays, relative days, modifiers ("vergangene", "next"), period words, qualifiers ("Ende",
 * "late"), prepositions kept in the span ("am", "since"), year nouns, "ago" words and future cues.
 *
 * @example
 * dateLexicon('de').months.get('september'); // 9
 */
import type { Lang } from '../../contract/schema.js';
import { compiled, lexicon } from '../lexicon.js';

/** A period a relative expression counts in. */
export type Period = 'day' | 'week' | 'weekend' | 'month' | 'year';

/** The compiled date vocabulary of one language. */
export interface DateLexicon {
  /** lower-case month name or abbreviation → 1..12 */
  months: Map<string, number>;
  /** lower-case weekday → ISO 1..7 */
  weekdays: Map<string, number>;
  /** lower-case words that can start a date (a fast filter before the patterns are tried) */
  starters: Set<string>;
  /** lower-case relative day word → [offset in days, only lower case?] */
  relativeDays: Map<string, [number, boolean]>;
  /** modifier word → [offset, needs a qualifier before it] */
  modifiers: Map<string, [number, boolean]>;
  /** one-word relative periods ("vorjahr" → year -1, "heuer" → year 0) */
  relativePeriods: Map<string, [Period, number]>;
  periods: Map<string, Period>;
  /** singular period words: only these follow a modifier ("vergangene Woche", not "vergangenen Wochen") */
  singularPeriods: Map<string, Period>;
  /** multi-word phrases as token lists */
  qualifiers: string[][];
  prepositions: string[][];
  /** prepositions that put the date before the article date ("seit", "since"), joined by spaces */
  pastPrepositions: Set<string>;
  /** prepositions that only introduce days and weekends ("at the"), joined by spaces */
  dayOnlyPrepositions: Set<string>;
  /** names containing a date expression ("Welt am Sonntag"), as token lists, longest first */
  names: string[][];
  /** words before a weekday that make it part of a name ("the Sunday Times") */
  weekdayBlockers: Set<string>;
  /** future cues ("wird", "is expected to") by their first word, longest first within each (the clause test looks up only the cues a word can open) */
  futureCuesByFirst: Map<string, string[][]>;
  /** future cues that are modal verbs ("soll", "will"), joined by spaces */
  modalCues: Set<string>;
  /** finite past-tense forms ("war", "was") that make a clause past */
  pastCues: Set<string>;
  /** perfect-infinitive auxiliaries ("haben", "worden") that make a modal clause past */
  perfectAuxiliaries: Set<string>;
  yearNouns: Set<string>;
  /** conjunctions that start a new clause for the future test */
  clauseOpeners: Set<string>;
  agoBefore: Set<string>;
  agoAfter: Set<string>;
}

/** The phrases grouped by first word, keeping their order within each group. */
function byFirstWord(list: string[][]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const p of list) {
    const group = out.get(p[0]);
    if (group) group.push(p);
    else out.set(p[0], [p]);
  }
  return out;
}

function phrases(lang: string, name: string): string[][] {
  // Longest phrases first so that "bis zum" wins over "bis".
  return lexicon(lang, name).map((r) => r[0].split(' ')).sort((a, b) => b.length - a.length);
}

/** The compiled date vocabulary for `lang` (built once per pack). */
export function dateLexicon(lang: Lang | string): DateLexicon {
  return compiled(lang, 'dates', buildDateLexicon);
}

function buildDateLexicon(lang: string): DateLexicon {
  const months = new Map<string, number>();
  for (const [m, n] of lexicon(lang, 'months')) months.set(m.toLowerCase(), Number(n));
  const weekdays = new Map<string, number>();
  const dayParts = lexicon(lang, 'day-parts').map((r) => r[0]);
  for (const [w, n] of lexicon(lang, 'weekdays')) {
    weekdays.set(w.toLowerCase(), Number(n));
    // German compounds name the weekday too: "Freitagabend", "Montagmorgen".
    for (const part of dayParts) weekdays.set(w.toLowerCase() + part, Number(n));
  }
  const relativeDays = new Map<string, [number, boolean]>();
  for (const [w, off, c] of lexicon(lang, 'relative-days')) relativeDays.set(w, [Number(off), c === 'lower']);
  const modifiers = new Map<string, [number, boolean]>();
  for (const [w, off, flags] of lexicon(lang, 'date-modifiers')) modifiers.set(w, [Number(off), (flags ?? '').includes('q')]);
  const relativePeriods = new Map<string, [Period, number]>();
  for (const [w, p, off] of lexicon(lang, 'relative-periods')) relativePeriods.set(w, [p as Period, Number(off)]);
  const periods = new Map<string, Period>();
  const singularPeriods = new Map<string, Period>();
  for (const [w, p, plural] of lexicon(lang, 'date-periods')) {
    periods.set(w, p as Period);
    if (plural !== 'pl') singularPeriods.set(w, p as Period);
  }
  const agoBefore = new Set<string>();
  const agoAfter = new Set<string>();
  for (const [w, pos] of lexicon(lang, 'date-ago')) (pos === 'after' ? agoAfter : agoBefore).add(w);
  const yearNouns = new Set(lexicon(lang, 'year-nouns').map((r) => r[0]));
  const starters = new Set<string>([...months.keys(), ...weekdays.keys(), ...relativeDays.keys(), ...modifiers.keys(), ...relativePeriods.keys(),
    ...agoBefore, ...yearNouns, ...[...periods].filter(([, p]) => p === 'weekend').map(([w]) => w)]);
  return {
    months,
    weekdays,
    starters,
    relativeDays,
    relativePeriods,
    modifiers,
    periods,
    singularPeriods,
    qualifiers: phrases(lang, 'date-qualifiers'),
    prepositions: phrases(lang, 'date-prepositions'),
    pastPrepositions: new Set(lexicon(lang, 'date-prepositions').filter((r) => r[1] === 'past').map((r) => r[0])),
    dayOnlyPrepositions: new Set(lexicon(lang, 'date-prepositions').filter((r) => r[2] === 'day').map((r) => r[0])),
    weekdayBlockers: new Set(lexicon(lang, 'date-blockers').map((r) => r[0])),
    names: phrases(lang, 'date-names'),
    futureCuesByFirst: byFirstWord(phrases(lang, 'future-cues')),
    modalCues: new Set(lexicon(lang, 'future-cues').filter((r) => r[1] === 'modal').map((r) => r[0])),
    perfectAuxiliaries: new Set(lexicon(lang, 'perfect-auxiliaries').map((r) => r[0])),
    pastCues: new Set(lexicon(lang, 'past-cues').map((r) => r[0])),
    yearNouns,
    clauseOpeners: new Set(lexicon(lang, 'clause-openers').map((r) => r[0])),
    agoBefore,
    agoAfter,
  };
}
