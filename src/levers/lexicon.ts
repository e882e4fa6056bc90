/**
 * The lever lexicons of a language, compiled once per process: instrument cues, goods, directions,
 * background cues, share words and target/holder prepositions (lexicons/<lang>/lever-*.tsv,
 * docs/levers.md).
 *
 * @example
 * const lex = leverLexicon('de');
 * lex.cues.exact.has('zölle'); // true
 */
import type { LeverDirection, LeverInstrument } from '../contract/schema.js';
import { LEVER_DIRECTIONS, LEVER_INSTRUMENTS } from '../contract/schema.js';
import { hasLexicon, lexicon } from '../lang/lexicon.js';
import { compilePatterns, type LeverPatternSet } from './patterns.js';

/** What an instrument cue says. */
export interface CueValue {
  /** null for a blocking row ("abhängig gemacht") */
  instrument: LeverInstrument | null;
  /** for dependence: which side the subject is */
  subject: 'holder' | 'dependent';
  /** only with a percent or share amount in the clause */
  needsShare: boolean;
  /** a purchase stop: of a firm's products it is a boycott */
  purchase: boolean;
  /** the cue is a noun: a country name right before it is its target ("the China embargo") */
  noun: boolean;
}

export interface DirectionValue {
  direction: LeverDirection;
  /** a verb reporting the act itself */
  act: boolean;
}

export interface LeverLexicon {
  cues: LeverPatternSet<CueValue>;
  goods: LeverPatternSet<string>;
  directions: LeverPatternSet<DirectionValue>;
  background: LeverPatternSet<true>;
  /** fraction words ("drittel" → 1/3) */
  shares: Map<string, number>;
  /** preposition → instruments whose target it introduces ("*" = all measures) */
  targetPreps: Map<string, Set<string>>;
  /** prepositions introducing the holder of a dependence */
  holderPreps: Set<string>;
  /** prepositions introducing a passive's agent, the imposer ("sanctions imposed by Washington") */
  agentPreps: Set<string>;
  /** negation words (the `negated` rows of lexicons/<lang>/event-status.tsv, shared with the events) */
  negation: LeverPatternSet<true>;
  /** function words by role (lexicons/<lang>/lever-function-words.tsv): and, possessive, genitive, not-only */
  words: Record<'and' | 'possessive' | 'genitive' | 'not-only', Set<string>>;
}

const cache = new Map<string, LeverLexicon>();

function rows(lang: string, name: string): string[][] {
  return hasLexicon(lang, name) ? lexicon(lang, name) : [];
}

const INSTRUMENTS = new Set<string>(LEVER_INSTRUMENTS);
const DIRECTIONS = new Set<string>(LEVER_DIRECTIONS);

/** The compiled lever lexicon of `lang` (empty sets for a language without lever files). */
export function leverLexicon(lang: string): LeverLexicon {
  let lex = cache.get(lang);
  if (lex) return lex;
  const cues = compilePatterns<CueValue>(rows(lang, 'lever-instruments'), ([, inst, flags]) => {
    if (inst !== 'none' && !INSTRUMENTS.has(inst)) throw new Error(`lexicons/${lang}/lever-instruments.tsv: unknown instrument "${inst}"`);
    const f = new Set((flags ?? '').split(',').map((x) => x.trim()));
    return {
      instrument: inst === 'none' ? null : (inst as LeverInstrument),
      subject: f.has('subj=holder') ? 'holder' : 'dependent',
      needsShare: f.has('share'),
      purchase: f.has('purchase'),
      noun: f.has('noun'),
    };
  });
  const goods = compilePatterns<string>(rows(lang, 'lever-goods'), (r) => r[1] || null);
  const directions = compilePatterns<DirectionValue>(rows(lang, 'lever-directions'), ([, d, act]) => {
    if (!DIRECTIONS.has(d)) throw new Error(`lexicons/${lang}/lever-directions.tsv: unknown direction "${d}"`);
    return { direction: d as LeverDirection, act: act === 'yes' };
  });
  const background = compilePatterns<true>(rows(lang, 'lever-background'), () => true);
  const shares = new Map(rows(lang, 'lever-shares').map(([w, v]) => [w, Number(v)] as [string, number]));
  const targetPreps = new Map<string, Set<string>>();
  const holderPreps = new Set<string>();
  const agentPreps = new Set<string>();
  for (const [prep, role, insts] of rows(lang, 'lever-roles')) {
    if (role === 'holder') holderPreps.add(prep);
    else if (role === 'agent') agentPreps.add(prep);
    else if (role === 'target') {
      const s = targetPreps.get(prep) ?? new Set<string>();
      for (const x of (insts ?? '*').split(',')) s.add(x.trim());
      targetPreps.set(prep, s);
    }
  }
  const negation = compilePatterns<true>(rows(lang, 'event-status').filter((r) => r[1] === 'negated'), () => true);
  const words: LeverLexicon['words'] = { and: new Set(), possessive: new Set(), genitive: new Set(), 'not-only': new Set() };
  for (const [w, role] of rows(lang, 'lever-function-words')) {
    if (!(role in words)) throw new Error(`lexicons/${lang}/lever-function-words.tsv: unknown role "${role}"`);
    words[role as keyof LeverLexicon['words']].add(w);
  }
  lex = { cues, goods, directions, background, shares, targetPreps, holderPreps, agentPreps, negation, words };
  cache.set(lang, lex);
  return lex;
}

/** Whether `prep` introduces the target of `instrument`. */
export function isTargetPrep(lex: LeverLexicon, prep: string | null, instrument: string): boolean {
  if (!prep) return false;
  const s = lex.targetPreps.get(prep);
  return !!s && (s.has('*') && instrument !== 'dependence' || s.has(instrument));
}
