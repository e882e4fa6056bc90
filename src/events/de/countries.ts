/**
 * Countries of German event participants the text does not tie to a state: an unnamed group ("die
 * Polizei", "Demonstranten"), a person or an organisation without a known country takes the
 * country of the place the event happens in ("in Kairo") or else the story's country
 * (storyCountry); international organisations (sector IGO, or listed in
 * lexicons/registry/international.tsv: courts, NGOs, missions) keep null. A German event without a
 * recipient (a protest, a state of emergency) is directed at that country too: the coding
 * guidelines code it as the country where it happens.
 *
 * @example
 * fillCountry(ctx, actorId, 'EGY'); // 'EGY' for "die Polizei" in a report from Kairo
 */
import { internationalOrg } from '../../registry/international.js';
import type { EventContext } from '../slots.js';

/** The participant's country, or `fallback` for an actor that has none and is no international organisation. */
export function fillCountry(ctx: EventContext, actor: string | null, country: string | null, fallback: string | null): string | null {
  if (country) return country;
  if (!actor) return null;
  const a = ctx.actorById.get(actor);
  // international organisations and their officials, international courts and NGOs (coded IGO)
  if (!a || a.sector === 'IGO' || a.country === 'IGO' || (a.type !== 'PER' && internationalOrg(a.name))) return null;
  return fallback;
}
