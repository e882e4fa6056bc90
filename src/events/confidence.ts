/**
 * How sure the engine is of an event, 0..1 (docs/events.md, "PLOVER coding", 10): the product of what
 * each part of the finding contributes.
 * - Participants, by how each side is named: a named actor or a state 1, a typed collective (police,
 *   protesters: an unnamed agent with a sector) 0.8, a country only 0.7, words that name no actor
 *   (`sourceText`/`targetText`) 0.5, nothing 0.4.
 * - Date basis: a date of the text 1, the article date of a current report 0.9, none 0.8.
 * - Pattern strength (`patternKind`): a construction of two or more words ("imposed ... sanctions",
 *   "held talks with") 1; a single verb 0.9; a single noun ("Angriff", a capitalised trigger) or a
 *   trigger found through its lemma or compound head (no form pattern matches the word) 0.8.
 *
 * @example
 * eventConfidence(doc, event); // 0.9
 */
import type { Event } from '../contract/schema.js';
import { sentenceTokenRange } from '../doc/sentence-tokens.js';
import type { Doc } from '../doc/doc.js';
import { tokenIndexAt } from '../doc/spans.js';
import { tokenLower } from '../doc/token-lower.js';
import { matchAt, patterns } from './patterns.js';

/** How the trigger was found. */
export type PatternKind = 'construction' | 'verb' | 'noun' | 'lemma';

/** Strength of each kind of pattern. */
export const PATTERN_STRENGTH: Record<PatternKind, number> = { construction: 1, verb: 0.9, noun: 0.8, lemma: 0.8 };

/** Weight of one side of the event by how it is named. */
function sideWeight(doc: Doc, ids: string[], country: string | null, words: unknown): number {
  const a = ids.length ? doc.actors.find((x) => x.id === ids[0]) : undefined;
  if (!a) return country ? 0.7 : words ? 0.5 : 0.4;
  const named = a.type !== 'MISC' || a.mentions.some((m) => doc.mentions.find((x) => x.id === m)?.type !== 'MISC');
  if (a.sector && a.mentions.every((m) => doc.mentions.find((x) => x.id === m)?.type === 'MISC')) return 0.8;
  return named ? 1 : 0.8;
}

const BASIS: Record<string, number> = { text: 1, article: 0.9, none: 0.8 };

/**
 * The kind of pattern that found the event at trigger token `t`: the language's form pattern that
 * matches there (longest first, as the events stage matches), by its number of elements and the case
 * of the trigger; `lemma` when no form pattern matches (German lemma and compound-head triggers).
 */
export function patternKind(doc: Doc, t: number, words: readonly string[] = tokenLower(doc.tokens)): PatternKind {
  const [, to] = sentenceTokenRange(doc, doc.tokens[t].sentence);
  const m = matchAt(patterns(doc.lang), words as string[], t, new Uint8Array(doc.tokens.length), to);
  if (!m) return 'lemma';
  if (m.at.length > 1) return 'construction';
  return /^\p{Lu}/u.test(doc.tokens[t].text) ? 'noun' : 'verb';
}

/** Confidence of `e` (rounded to two decimals); `words` are the document's lower-cased tokens when at hand. */
export function eventConfidence(doc: Doc, e: Event, words?: readonly string[]): number {
  const t = Math.min(tokenIndexAt(doc, e.trigger.start), doc.tokens.length - 1);
  const strength = t >= 0 ? PATTERN_STRENGTH[patternKind(doc, t, words)] : 1;
  const c = sideWeight(doc, e.source, e.sourceCountry, e.sourceText) * sideWeight(doc, e.target, e.targetCountry, e.targetText)
    * BASIS[e.dateBasis ?? 'none'] * strength;
  return Math.round(c * 100) / 100;
}
