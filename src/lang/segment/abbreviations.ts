/**
 * Abbreviation knowledge for sentence splitting and tokenising, compiled once per language from
 * lexicons/<lang>/abbreviations.tsv, sentence-starters.tsv, ordinal-cues.tsv and months.tsv.
 *
 * @example
 * const rules = segmentRules('de');
 * rules.abbreviations.get('vgl.'); // 'inline'
 */
import type { Lang } from '../../contract/schema.js';
import { compiled, lexicon } from '../lexicon.js';

/** inline: never ends a sentence ("Dr.", "vgl."); final: may end one ("usw.", "Inc."). */
export type AbbreviationKind = 'inline' | 'final';

/** Compiled lookup tables the sentence splitter and tokenizer need for one language. */
export interface SegmentRules {
  /** abbreviation with its period → kind */
  abbreviations: Map<string, AbbreviationKind>;
  /** capitalised words that typically open a sentence */
  starters: Set<string>;
  /** lower-case words after which "<number>." is an ordinal */
  ordinalCues: Set<string>;
  /** month names and abbreviations (as written) */
  months: Set<string>;
  /** length of the longest key of `abbreviations`: longer words are not looked up */
  longestAbbreviation: number;
}

/** The compiled rules for a language (built at first use, once per pack). */
export function segmentRules(lang: Lang | string): SegmentRules {
  return compiled(lang, 'segment', buildSegmentRules);
}

function buildSegmentRules(lang: string): SegmentRules {
  const abbreviations = new Map<string, AbbreviationKind>();
  for (const [a, kind] of lexicon(lang, 'abbreviations')) {
    abbreviations.set(a, kind === 'final' ? 'final' : 'inline');
  }
  // Month abbreviations end a sentence only before a sentence opener ("am 9. Sept. 2025" and
  // "Sept. 9" go on, "… bis Ende Sept. Danach …" ends).
  const months = new Set<string>();
  for (const [m] of lexicon(lang, 'months')) {
    months.add(m);
    if (m.endsWith('.') && !abbreviations.has(m)) abbreviations.set(m, 'final');
  }
  let longestAbbreviation = 0;
  for (const a of abbreviations.keys()) if (a.length > longestAbbreviation) longestAbbreviation = a.length;
  return {
    abbreviations,
    longestAbbreviation,
    starters: new Set(lexicon(lang, 'sentence-starters').map((x) => x[0])),
    ordinalCues: new Set(lexicon(lang, 'ordinal-cues').map((x) => x[0])),
    months,
  };
}

/**
 * Kind of the abbreviation `word` (which includes its final period), also trying the form with a
 * lower-case first letter ("Vgl." at a sentence start), or undefined.
 *
 * @example
 * abbreviationKind(segmentRules('en'), 'Mr.'); // 'inline'
 */
export function abbreviationKind(rules: SegmentRules, word: string): AbbreviationKind | undefined {
  // lower-casing the first letter never shortens a word: a word longer than every key matches none
  if (word.length > rules.longestAbbreviation) return undefined;
  const k = rules.abbreviations.get(word);
  if (k) return k;
  const lower = word.charAt(0).toLowerCase() + word.slice(1);
  return lower === word ? undefined : rules.abbreviations.get(lower);
}
