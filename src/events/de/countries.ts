/**
 * Countries of German event participants the text does not tie to a state: an unnamed group ("die
 * Polizei", "Demonstranten"), a person or an organisation without a known country takes the
 * country of the place the event happens in ("in Kairo") or else the story's country
 * (storyCountry); international organisations (sector IGO, or listed in
 * lexicons/registry/international.tsv: courts, NGOs, missions) keep null. A German event without a
 * recipient (a protest, a state of emergency) is directed at that country too: the coding
 * guidelines code it as the country where it happens.
 *
 * A group noun right before "in"/"aus" and a town the recogniser missed ("die Behörden in Khartum")
 * takes the town's country (seatCountry; lexicons/de/event-seat-prepositions.tsv).
 *
 * @example
 * fillCountry(ctx, actorId, 'EGY'); // 'EGY' for "die Polizei" in a report from Kairo
 * seatCountry(doc, i, to); // 'SDN' when the tokens after i are "in Khartum"
 */
import type { Doc } from '../../doc/doc.js';
import { eventGrammar } from '../../lang/event-grammar.js';
import { packOf } from '../../lang/packs.js';
import { internationalOrg } from '../../registry/international.js';
import { geocode } from '../places.js';
import type { EventContext } from '../slots.js';
import { optionalSet } from '../words.js';

/** The participant's country, or `fallback` for an actor that has none and is no international organisation. */
export function fillCountry(ctx: EventContext, actor: string | null, country: string | null, fallback: string | null): string | null {
  if (country) return country;
  if (!actor) return null;
  const a = ctx.actorById.get(actor);
  // international organisations and their officials, international courts and NGOs (coded IGO)
  if (!a || a.sector === 'IGO' || a.country === 'IGO' || (a.type !== 'PER' && internationalOrg(a.name))) return null;
  return fallback;
}

/**
 * The country of the town named right after token `last` by a seat preposition ("die Behörden in
 * Khartum", "die Polizei in Iserlohn") when that town is a capitalised word the morphology does not
 * know as a word and the gazetteer places (capitals, states, cities); else null. The caller uses it
 * only where the recogniser found no name there.
 */
export function seatCountry(doc: Doc, last: number, to: number): string | null {
  if (last + 2 >= to) return null;
  const p = doc.tokens[last + 1];
  const w = doc.tokens[last + 2];
  if (!optionalSet(doc.lang, 'event-seat-prepositions').has(p.text.toLowerCase()) || !/^\p{Lu}\p{Ll}{2,}$/u.test(w.text)) return null;
  const morph = eventGrammar(packOf(doc.lang)).morphology;
  if (morph && morph.analyse(w.text).length) return null;
  return geocode(w.text, doc.lang).country;
}
