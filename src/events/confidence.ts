/**
 * How sure the engine is of an event, 0..1 (docs/events.md, "PLOVER coding", 10): the product of what
 * each part of the finding contributes.
 * - Participants, by how each side is named: a named actor or a state 1, a typed collective (police,
 *   protesters: an unnamed agent with a sector) 0.8, a country only 0.7, words that name no actor
 *   (`sourceText`/`targetText`) 0.5, nothing 0.4.
 * - Date basis: a date of the text 1, the article date of a current report 0.9, none 0.8.
 * - Pattern strength: the words named the specific act (the event has a mode, or its type has none)
 *   1, else 0.9.
 *
 * @example
 * eventConfidence(doc, event); // 0.9
 */
import type { Event } from '../contract/schema.js';
import type { Doc } from '../pipeline/doc.js';
import { plover } from '../plover/index.js';

/** Weight of one side of the event by how it is named. */
function sideWeight(doc: Doc, ids: string[], country: string | null, words: unknown): number {
  const a = ids.length ? doc.actors.find((x) => x.id === ids[0]) : undefined;
  if (!a) return country ? 0.7 : words ? 0.5 : 0.4;
  const named = a.type !== 'MISC' || a.mentions.some((m) => doc.mentions.find((x) => x.id === m)?.type !== 'MISC');
  if (a.sector && a.mentions.every((m) => doc.mentions.find((x) => x.id === m)?.type === 'MISC')) return 0.8;
  return named ? 1 : 0.8;
}

const BASIS: Record<string, number> = { text: 1, article: 0.9, none: 0.8 };

/** Confidence of `e` (rounded to two decimals). */
export function eventConfidence(doc: Doc, e: Event): number {
  const specific = e.mode || !(plover().modes.get(e.type)?.length) ? 1 : 0.9;
  const c = sideWeight(doc, e.source, e.sourceCountry, e.sourceText) * sideWeight(doc, e.target, e.targetCountry, e.targetText)
    * BASIS[e.dateBasis ?? 'none'] * specific;
  return Math.round(c * 100) / 100;
}
