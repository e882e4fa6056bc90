/**
 * How sure the engine is of an event, 0..1 (docs/events.md, "Confidence"): the product of what each
 * part of the finding contributes. Participants: a named actor (person, organisation, state) is
 * surest, an unnamed agent (police, protesters) less, a bare noun phrase least; a side known only by
 * its country in between. Date: a date of the text or an article-dated current report is surer than
 * none. Pattern strength: a trigger of several words (a phrase pattern) is surer than one word.
 *
 * @example
 * eventConfidence(doc, event); // 0.81
 */
import type { Event } from '../contract/schema.js';
import type { Doc } from '../pipeline/doc.js';

/** Weight of a participant by how it is named. */
function sideWeight(doc: Doc, ids: string[], country: string | null): number {
  const a = ids.length ? doc.actors.find((x) => x.id === ids[0]) : undefined;
  if (!a) return country ? 0.7 : 0.4;
  const named = a.mentions.some((m) => doc.mentions.find((x) => x.id === m)?.type !== 'MISC');
  if (named || a.type === 'GPE') return 1;
  // unnamed: an agent noun with a sector (police, army, government) or a bare phrase
  return a.sector ? 0.8 : 0.55;
}

const BASIS: Record<string, number> = { text: 1, article: 0.9, none: 0.8 };

/** Confidence of `e` (rounded to two decimals). */
export function eventConfidence(doc: Doc, e: Event): number {
  const trigger = /\s/.test(e.trigger.text) ? 1 : 0.95;
  const c = sideWeight(doc, e.source, e.sourceCountry) * sideWeight(doc, e.target, e.targetCountry)
    * BASIS[e.dateBasis ?? 'none'] * trigger;
  return Math.round(c * 100) / 100;
}
